// paginate(): every item of an AIP List method, fetched page by page.

/**
 * Yields the items of every page: `list` is called with `request` (copied, its pageToken
 * replaced) until the last page; `items` picks a page's items from a response.
 *
 *   for await (const award of paginate(awards.listDirectAwards, request, (r) => r.directAwards)) { … }
 */
export async function* paginate<Req extends { pageToken: string }, Res extends { nextPageToken: string }, Item>(
  list: (request: Req) => Promise<Res>,
  request: Req,
  items: (response: Res) => Item[],
): AsyncGenerator<Item> {
  let page: Req = { ...request };
  for (;;) {
    const response = await list(page);
    yield* items(response);
    if (!response.nextPageToken) {
      return;
    }
    page = { ...page, pageToken: response.nextPageToken };
  }
}
