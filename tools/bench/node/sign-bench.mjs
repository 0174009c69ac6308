// Signs and then verifies a credential N times with @digitalbazaar/vc (DataIntegrityProof,
// eddsa-rdfc-2022, static document loader over the repo's bundled contexts plus the key's
// Multikey and controller documents) and prints credentials/s: the reference point that
// sign-bench is compared with.   node sign-bench.mjs N credential.json proof-options.json
import fs from 'fs';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

const root = new URL('../../../', import.meta.url).pathname;
const index = JSON.parse(fs.readFileSync(root + 'contexts/index.json'));
const documents = {};
for (const [url, file] of Object.entries(index))
  documents[url] = JSON.parse(fs.readFileSync(root + 'contexts/' + file));
const n = Number(process.argv[2] || 1000);
const credential = JSON.parse(fs.readFileSync(process.argv[3]));
const options = JSON.parse(fs.readFileSync(process.argv[4]));
const controller = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
const keyPair = await Ed25519Multikey.generate({id: options.verificationMethod, controller});
documents[keyPair.id] = {'@context': 'https://w3id.org/security/multikey/v1',
                         ...(await keyPair.export({publicKey: true, includeContext: false}))};
documents[controller] = {'@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
                         id: controller, assertionMethod: [keyPair.id]};
const documentLoader = async url => {
  if (documents[url]) return {contextUrl: null, documentUrl: url, document: documents[url]};
  throw new Error('unknown document ' + url);
};
const signer = new DataIntegrityProof({signer: keyPair.signer(), cryptosuite, date: options.created});
const verifier = new DataIntegrityProof({cryptosuite});
// proofs only, like sign-bench's verification: the status list is not looked at
const checkStatus = async () => ({verified: true});

const signed = await vc.issue({credential: structuredClone(credential), suite: signer, documentLoader}); // warm-up
const check = await vc.verifyCredential({credential: signed, suite: verifier, documentLoader, checkStatus});
if (!check.verified) throw check.error;
let t0 = performance.now();
for (let i = 0; i < n; i++)
  await vc.issue({credential: structuredClone(credential), suite: signer, documentLoader});
let s = (performance.now() - t0) / 1000;
console.log(`node sign: ${n} credentials in ${s.toFixed(3)} s = ${(n / s).toFixed(0)} credentials/s`);
t0 = performance.now();
for (let i = 0; i < n; i++) {
  const r = await vc.verifyCredential({credential: signed, suite: verifier, documentLoader, checkStatus});
  if (!r.verified) throw r.error;
}
s = (performance.now() - t0) / 1000;
console.log(`node verify: ${n} credentials in ${s.toFixed(3)} s = ${(n / s).toFixed(0)} credentials/s`);
