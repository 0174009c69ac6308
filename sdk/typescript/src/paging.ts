// paginate(): every item of an AIP List method, fetched page by page.

/**
 * Yields the items of every page: `list` is called with `request` (copied, its pageToken
 * replaced) until the last page; `items` picks a page's items from a response. A
 * nextPageToken the server had already sent (which would loop forever) throws an Error.
 *
 *   for await (const award of paginate(awards.listDirectAwards, request, (r) => r.directAwards)) { … }
 */
export async function* paginate<Req extends { pageToken: string }, Res extends { nextPageToken: string }, Item>(
  list: (request: Req) => Promise<Res>,
  request: Req,
  items: (response: Res) => Item[],
): AsyncGenerator<Item> {
  let page: Req = { ...request };
  const used = new Set([page.pageToken]);
  for (;;) {
    const response = await list(page);
    yield* items(response);
    const token = response.nextPageToken;
    if (!token) {
      return;
    }
    if (used.has(token)) {
      throw new Error(`the server repeated the page token ${JSON.stringify(token)}`);
    }
    used.add(token);
    page = { ...page, pageToken: token };
  }
}
