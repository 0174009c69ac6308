// The static document loader of the independent checks: the repository's bundled contexts
// (contexts/index.json) plus the documents given; a URL is looked up as it is, then without
// its fragment. Nothing is fetched from the network.
import fs from 'fs';

const root = new URL('../../', import.meta.url).pathname;

export function bundledContexts() {
  const index = JSON.parse(fs.readFileSync(root + 'contexts/index.json'));
  const documents = {};
  for (const [url, file] of Object.entries(index))
    documents[url] = JSON.parse(fs.readFileSync(root + 'contexts/' + file));
  return documents;
}

export function staticLoader(documents) {
  return async url => {
    const doc = documents[url] ?? documents[url.split('#')[0]];
    if (!doc) throw new Error('not in the static loader: ' + url);
    return {contextUrl: null, documentUrl: url, document: structuredClone(doc)};
  };
}
