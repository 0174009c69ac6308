// Signs the 1EdTech OB 3.0 credential N times with @digitalbazaar/vc
// (eddsa-rdfc-2022, static document loader over the repo's bundled contexts)
// and prints credentials/s: the reference that sign-bench is compared with.
import fs from 'fs';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

const root = new URL('../../../', import.meta.url).pathname;
const index = JSON.parse(fs.readFileSync(root + 'contexts/index.json'));
const contexts = {};
for (const [url, file] of Object.entries(index))
  contexts[url] = JSON.parse(fs.readFileSync(root + 'contexts/' + file));
const documentLoader = async url => {
  if (contexts[url]) return {contextUrl: null, documentUrl: url, document: contexts[url]};
  throw new Error('unknown context ' + url);
};
const vectors = root + 'tests/fixtures/ob3-vectors/1edtech-obv3p0/';
const key = JSON.parse(fs.readFileSync(vectors + 'key.json'));
const credential = JSON.parse(fs.readFileSync(vectors + 'unsigned-credential.json'));
const keyPair = await Ed25519Multikey.from({
  id: key.verificationMethod, controller: key.controller,
  publicKeyMultibase: key.publicKeyMultibase, secretKeyMultibase: key.secretKeyMultibase});
const suite = new DataIntegrityProof({signer: keyPair.signer(), cryptosuite, date: '2010-01-01T19:23:24Z'});
const n = Number(process.argv[2] || 1000);
await vc.issue({credential: structuredClone(credential), suite, documentLoader}); // warm-up
const t0 = performance.now();
for (let i = 0; i < n; i++)
  await vc.issue({credential: structuredClone(credential), suite, documentLoader});
const s = (performance.now() - t0) / 1000;
console.log(`node sign: ${n} credentials in ${s.toFixed(3)} s = ${(n / s).toFixed(0)} credentials/s`);
