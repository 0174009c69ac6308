"""paginate(): every item of an AIP List method, fetched page by page (page_token)."""
from __future__ import annotations

from typing import Any, Callable, Iterator, TypeVar

from google.protobuf.message import Message

RequestT = TypeVar("RequestT", bound=Message)


def _items_field(response: Message) -> str:
    repeated = [f.name for f in response.DESCRIPTOR.fields
                if f.is_repeated and f.name != "next_page_token"]
    if len(repeated) != 1:
        raise TypeError(f"{response.DESCRIPTOR.full_name} is not a List response with one repeated field")
    return repeated[0]


def paginate(method: Callable[[RequestT], Any], request: RequestT, **call_options: Any) -> Iterator[Any]:
    """Yields the items of every page: method(request) is called again with each
    next_page_token until the last page. The request is copied, not changed. A
    next_page_token that was already used (a server that would send the iterator round in
    a circle) raises RuntimeError after the items of that page."""
    page = type(request)()
    page.CopyFrom(request)
    used = {page.page_token}  # type: ignore[attr-defined]
    while True:
        response = method(page, **call_options)
        yield from getattr(response, _items_field(response))
        token = response.next_page_token
        if not token:
            return
        if token in used:
            raise RuntimeError(f"{response.DESCRIPTOR.full_name}: the server repeated the page token {token!r}")
        used.add(token)
        page.page_token = token  # type: ignore[attr-defined]
