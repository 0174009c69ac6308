// Independent verification of edubadges Open Badges 3.0 credentials, offline:
//  - @digitalbazaar/vc with DataIntegrityProof + eddsa-rdfc-2022 and a static document loader
//    (the repository's bundled contexts plus the documents our server publishes: controller
//    and key documents, signed status lists, JWK Sets), status by
//    @digitalbazaar/vc-bitstring-status-list;
//  - jose for VC-JWTs (the key from the issuer authority's JWK Set, typ JWT, nbf/exp);
//  - ajv (draft 2019-09, ajv-formats) against the OB 3.0 AchievementCredential schema;
//  - the Achievements served at the ids the credentials name: application/ld+json, the
//    object the credential embeds plus @context, every term defined (jsonld safe mode), valid
//    under the schema's Achievement, with an Image whose URL serves an image.
// Input: a case file {documents: {url: doc}, cases: [{name, credential, expect, at, ours,
// documents?, expectError?}],
// achievements: [{url, mediaType, document, embedded, imageMediaType}]}
// where expect is "valid", "invalid" or "revoked", at shifts the verification time by that
// many seconds, ours is our VerifyCredential's {verified, revoked} at that time, documents
// are more documents for this case's loader (given to ours too) and expectError a part of
// the reason vc must give. Prints one line per case and exits 1 when any verifier disagrees
// with the expectation (or ours with them).
import fs from 'fs';
import {isDeepStrictEqual} from 'util';
import jsonld from 'jsonld';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import * as jose from 'jose';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import {bundledContexts, staticLoader} from './loader.mjs';

const root = new URL('../../', import.meta.url).pathname;
const input = JSON.parse(fs.readFileSync(process.argv[2]));
const documents = Object.assign(bundledContexts(), input.documents);
const documentLoader = staticLoader(documents);

const ajv = new Ajv2019({strict: false, allErrors: true});
addFormats(ajv);
const schema = JSON.parse(fs.readFileSync(
  root + 'tests/fixtures/schemas/json/ob_v3p0_achievementcredential_schema.json'));
const validate = ajv.compile(schema);
const validateAchievement = ajv.getSchema(schema.$id + '#/$defs/Achievement');

const suite = new DataIntegrityProof({cryptosuite});

async function dataIntegrity(credential, now, extra) {
  const documentLoader = staticLoader({...documents, ...extra});
  const result = await vc.verifyCredential({
    credential, suite, documentLoader, now,
    checkStatus: async ({credential: c}) => checkStatus({credential: c, documentLoader, suite,
                                                       verifyBitstringStatusListCredential: true,
                                                       verifyMatchingIssuers: true})});
  const revoked = result.statusResult?.results?.some(r => r.status === true) ?? false;
  const error = result.error?.errors?.[0]?.message ?? result.error?.message ?? '';
  // a revoked credential verifies as a credential; its status says revoked
  return {verified: result.verified && !revoked, revoked, error};
}

async function jwt(compact, now) {
  const header = jose.decodeProtectedHeader(compact);
  const payload = jose.decodeJwt(compact);
  const authority = new URL(payload.iss).origin;
  const jwks = jose.createLocalJWKSet(documents[authority + '/.well-known/jwks.json']);
  try {
    await jose.jwtVerify(compact, jwks, {typ: 'JWT', issuer: payload.iss, algorithms: [header.alg],
                                           currentDate: now});
    return {verified: true, revoked: false, error: ''};
  } catch (e) {
    return {verified: false, revoked: false, error: e.code ?? e.message};
  }
}

let failures = 0;
for (const c of input.cases) {
  const isJwt = typeof c.credential === 'string';
  const now = new Date(Date.now() + 1000 * (c.at || 0));
  const theirs = isJwt ? await jwt(c.credential, now) : await dataIntegrity(c.credential, now, c.documents);
  const body = isJwt ? jose.decodeJwt(c.credential) : c.credential;
  const schemaOk = validate(body);
  const want = c.expect === 'valid';
  const problems = [];
  if (theirs.verified !== want) problems.push(`${isJwt ? 'jose' : 'vc'} says verified=${theirs.verified}`);
  if (c.expectError && !theirs.error.includes(c.expectError)) problems.push(`vc's reason is not "${c.expectError}"`);
  if (!isJwt && (c.expect === 'revoked') !== theirs.revoked) problems.push(`status list says revoked=${theirs.revoked}`);
  if (!schemaOk) problems.push('ajv: ' + ajv.errorsText(validate.errors));
  if (c.ours.verified !== theirs.verified) problems.push(`ours says verified=${c.ours.verified}`);
  if (!isJwt && c.ours.revoked !== theirs.revoked) problems.push(`ours says revoked=${c.ours.revoked}`);
  failures += problems.length ? 1 : 0;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${c.name}: ${isJwt ? 'jose' : 'vc'} verified=${theirs.verified}` +
              `${isJwt ? '' : ` revoked=${theirs.revoked}`}, ajv valid=${schemaOk}, ours verified=${c.ours.verified}` +
              `${theirs.error ? ` (${theirs.error})` : ''}${problems.length ? ' -- ' + problems.join('; ') : ''}`);
}
for (const a of input.achievements) {
  const problems = [];
  if (a.mediaType !== 'application/ld+json') problems.push(`served as ${a.mediaType}`);
  const {'@context': context, ...achievement} = a.document;
  if (!isDeepStrictEqual(achievement, a.embedded)) problems.push('not the Achievement the credential embeds');
  try {
    await jsonld.expand(a.document, {documentLoader, safe: true});
  } catch (e) {
    problems.push('jsonld (safe mode): ' + e.message);
  }
  if (!validateAchievement(achievement)) problems.push('ajv: ' + ajv.errorsText(validateAchievement.errors));
  if (achievement.image?.type !== 'Image' || !a.imageMediaType?.startsWith('image/'))
    problems.push(`image ${JSON.stringify(achievement.image)} served as ${a.imageMediaType}`);
  failures += problems.length ? 1 : 0;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} achievement ${a.url}: context ${JSON.stringify(context)}` +
              `${problems.length ? ' -- ' + problems.join('; ') : ''}`);
}
const total = input.cases.length + input.achievements.length;
console.log(`${total - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
