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
    next_page_token until the last page. The request is copied, not changed."""
    page = type(request)()
    page.CopyFrom(request)
    while True:
        response = method(page, **call_options)
        yield from getattr(response, _items_field(response))
        if not response.next_page_token:
            return
        page.page_token = response.next_page_token  # type: ignore[attr-defined]
