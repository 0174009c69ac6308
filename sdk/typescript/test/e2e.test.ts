// End-to-end test of the TypeScript SDK against a live server (tests/sdk/env.sh sets it up):
// a badge class is created, a SIS (an API client with client credentials) awards a bundle with
// a request_id through a connection that loses the first answer (the SDK retries; same bundle,
// nothing new), a learner claims it, its Open Badges 3.0 credential is fetched (retried as a
// read) and verified, the awards paged through; a bad request surfaces its field violations, a
// wrong client secret is refused, a call without request_id is not repeated, retries stop after
// the policy's attempts, and TLS works.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { after, describe, test } from "node:test";

import { status } from "@grpc/grpc-js";

import { ApiError, ClientCredentials, EdubadgesClient, isRetryable, paginate } from "../src";
import { ApiClient, ApiClientKind, ApiClientServiceClient } from "../src/gen/edubadges/v1/api_client";
import { GetAssertionRequest } from "../src/gen/edubadges/v1/assertion";
import { AuthServiceClient, PrincipalKind } from "../src/gen/edubadges/v1/auth";
import { BadgeClass, BadgeClassServiceClient, BadgeClassType, CourseLanguage } from "../src/gen/edubadges/v1/badge_class";
import { AwardSource, Sector } from "../src/gen/edubadges/v1/common";
import { CredentialFormat, CredentialServiceClient, VerifyCredentialRequest } from "../src/gen/edubadges/v1/credential";
import {
  CreateDirectAwardBundleRequest,
  DirectAwardServiceClient,
  ListDirectAwardsRequest,
  RecipientIdentifierType,
} from "../src/gen/edubadges/v1/direct_award";
import { Faculty, FacultyServiceClient } from "../src/gen/edubadges/v1/faculty";
import { Institution, InstitutionServiceClient } from "../src/gen/edubadges/v1/institution";
import { Issuer, IssuerServiceClient } from "../src/gen/edubadges/v1/issuer";
import { Learner, LearnerServiceClient, TermsKind } from "../src/gen/edubadges/v1/learner";
import { Membership, Permission, StaffServiceClient } from "../src/gen/edubadges/v1/staff";
import { ListTagsRequest, Tag, TagServiceClient } from "../src/gen/edubadges/v1/tag";

const env = process.env;
const live = env.EDUBADGES_SERVER !== undefined;
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>');
const eppns = [0, 1, 2, 3, 4].map((i) => `student${i}@student.uu.nl`);
const text = (nl: string, en: string) => ({ nl, en });

/** Sends a command to tests/sdk/drop_proxy.py: "drop" arms it to cut the next answer of the server, "armed" tells how many cuts are still to come. */
function dropProxy(command: string): Promise<string> {
  const [host, port] = (env.EDUBADGES_DROP_CONTROL ?? "").split(":");
  return new Promise((resolve, reject) => {
    let answer = "";
    const socket = connect(Number(port), host, () => socket.write(`${command}\n`));
    socket.on("data", (data) => (answer += data.toString()));
    socket.on("end", () => resolve(answer.trim()));
    socket.on("error", reject);
  });
}

async function dropNextResponse(): Promise<void> {
  assert.equal(await dropProxy("drop"), "ok");
}

describe("edubadges SDK end to end", { skip: live ? false : "needs a server: run through tests/e2e/sdk_typescript_test.sh" }, () => {
  const client = new EdubadgesClient(env.EDUBADGES_SERVER ?? "", { token: env.EDUBADGES_TOKEN, tls: false });
  const dropping = new EdubadgesClient(env.EDUBADGES_DROP_SERVER ?? "", {
    token: () => env.EDUBADGES_TOKEN ?? "",
    tls: false,
    retry: { maxAttempts: 5, initialBackoffMs: 50, maxBackoffMs: 1000, multiplier: 2 },
  });
  after(() => {
    client.close();
    dropping.close();
  });

  test("field violations are decoded", async () => {
    const institutions = client.service(InstitutionServiceClient);
    const error = await institutions
      .createInstitution({ institution: Institution.fromPartial({ identifier: "not a domain", sector: Sector.SECTOR_WO, countryCode: "XX" }) })
      .then(() => assert.fail("expected INVALID_ARGUMENT"), (e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, status.INVALID_ARGUMENT);
    assert.equal(error.reason, "INVALID_ARGUMENT");
    assert.deepEqual(
      error.fieldViolations.map((v) => v.field),
      ["institution.identifier", "institution.display_name", "institution.description", "institution.country_code"],
    );
    assert.match(error.violation("institution.country_code")?.description ?? "", /ISO 3166-1/);
    assert.equal(error.requestId.length, 32);
  });

  test("retry classification", () => {
    assert.ok(isRetryable("/edubadges.v1.AssertionService/GetAssertion", GetAssertionRequest.fromPartial({})));
    assert.ok(isRetryable("/edubadges.v1.DirectAwardService/CreateDirectAwardBundle", CreateDirectAwardBundleRequest.fromPartial({ requestId: "r1" })));
    assert.ok(!isRetryable("/edubadges.v1.DirectAwardService/CreateDirectAwardBundle", CreateDirectAwardBundleRequest.fromPartial({})));
    assert.ok(!isRetryable("/edubadges.v1.TagService/CreateTag", { tag: Tag.fromPartial({}) }));
  });

  test("a wrong client secret is refused", async () => {
    const stranger = new EdubadgesClient(env.EDUBADGES_SERVER ?? "", { token: new ClientCredentials("AAAAAAAAAAAAAAAAAAAAAA", "not the secret"), tls: false });
    try {
      const error = await stranger
        .service(AuthServiceClient)
        .getCaller({})
        .then(() => assert.fail("expected UNAUTHENTICATED"), (e: unknown) => e);
      assert.ok(error instanceof ApiError);
      assert.deepEqual([error.code, error.reason], [status.UNAUTHENTICATED, "INVALID_CLIENT"]);
    } finally {
      stranger.close();
    }
  });

  test("retries stop after maxAttempts", async () => {
    // Two answers cut, two attempts allowed: a third attempt would have gone through.
    await dropNextResponse();
    await dropNextResponse();
    const bounded = new EdubadgesClient(env.EDUBADGES_DROP_SERVER ?? "", {
      token: env.EDUBADGES_TOKEN,
      tls: false,
      retry: { maxAttempts: 2, initialBackoffMs: 10, maxBackoffMs: 1000, multiplier: 2 },
    });
    try {
      const error = await bounded
        .service(InstitutionServiceClient)
        .getInstitution({ name: "institutions/AAAAAAAAAAAAAAAAAAAAAA" })
        .then(() => assert.fail("expected UNAVAILABLE"), (e: unknown) => e);
      assert.ok(error instanceof ApiError);
      assert.equal(error.code, status.UNAVAILABLE);
      assert.equal(await dropProxy("armed"), "0");
    } finally {
      bounded.close();
    }
  });

  test("create, award with retries, claim, fetch, page", async (t) => {
    const institution = await client.service(InstitutionServiceClient).createInstitution({
      institution: Institution.fromPartial({
        identifier: "uu.nl", displayName: text("Universiteit Utrecht", "Utrecht University"), description: text("Universiteit", "University"),
        sector: Sector.SECTOR_WO, countryCode: "NL", directAwardingEnabled: true, sisIntegrationEnabled: true, eppnPattern: ".*@student\\.uu\\.nl",
      }),
    });
    const faculty = await client.service(FacultyServiceClient).createFaculty({
      faculty: Faculty.fromPartial({ institution: institution.name, displayName: text("Bètawetenschappen", "Science"), description: text("Faculteit", "Faculty") }),
    });
    const issuer = await client.service(IssuerServiceClient).createIssuer({
      issuer: Issuer.fromPartial({
        faculty: faculty.name, displayName: text("Informatica", "Computing"), description: text("Departement", "Department"),
        url: text("", "https://www.uu.nl/ics"), email: "ics@uu.nl",
      }),
    });
    const badgeClass = await client.service(BadgeClassServiceClient).createBadgeClass({
      badgeClass: BadgeClass.fromPartial({
        issuer: issuer.name, badgeClassType: BadgeClassType.BADGE_CLASS_TYPE_EXTRA_CURRICULAR, displayName: "Student Mentor",
        description: "Mentored first-year students.", criteria: "Eight mentor sessions.", image: { data: svg },
        courseLanguage: CourseLanguage.COURSE_LANGUAGE_EN, awardNonValidatedNameAllowed: true,
      }),
    });
    assert.equal(badgeClass.draft, false);
    const learners = client.service(LearnerServiceClient);
    const learner = await learners.upsertLearner({
      learner: Learner.fromPartial({
        eduid: "eduid-typescript", email: "student0@example.org", validatedName: "Student Zero",
        accounts: [{ eppn: eppns[0], schacHome: "uu.nl" }],
      }),
    });
    await learners.recordConsent({
      learner: learner.name,
      consent: { institution: institution.name, termsKind: TermsKind.TERMS_KIND_INFORMAL, termsVersion: 1 },
    });

    // A SIS: an API client of the institution allowed to award, registered by the operator;
    // it exchanges its id and secret for a token (ClientCredentials).
    const registered = await client.service(ApiClientServiceClient).createApiClient({
      apiClient: ApiClient.fromPartial({ institution: institution.name, kind: ApiClientKind.API_CLIENT_KIND_SIS, displayName: "Osiris" }),
    });
    const sisName = registered.apiClient?.name ?? "";
    await client.service(StaffServiceClient).createMembership({
      membership: Membership.fromPartial({ member: sisName, node: institution.name, permissions: [Permission.PERMISSION_READ, Permission.PERMISSION_AWARD] }),
    });
    const sis = new EdubadgesClient(env.EDUBADGES_DROP_SERVER ?? "", {
      token: new ClientCredentials(registered.apiClient?.clientId ?? "", registered.clientSecret),
      tls: false,
      retry: { maxAttempts: 5, initialBackoffMs: 50, maxBackoffMs: 1000, multiplier: 2 },
    });
    t.after(() => sis.close());
    const caller = await sis.service(AuthServiceClient).getCaller({});
    assert.deepEqual([caller.kind, caller.name], [PrincipalKind.PRINCIPAL_KIND_API_CLIENT, sisName]);

    // The SIS's bundle: its first answer is lost on the way back, the SDK retries, the server
    // answers the retry with the first result.
    const request = CreateDirectAwardBundleRequest.fromPartial({
      badgeClass: badgeClass.name, identifierType: RecipientIdentifierType.RECIPIENT_IDENTIFIER_TYPE_EPPN, requestId: "sis-typescript-0001",
      rows: eppns.map((recipient, i) => ({ recipient, recipientName: `Student ${i}` })),
    });
    const sisAwards = sis.service(DirectAwardServiceClient);
    await dropNextResponse();
    const bundle = await sisAwards.createDirectAwardBundle(request);
    assert.equal(await dropProxy("armed"), "0");
    assert.deepEqual(bundle.results.map((r) => r.errorReason), ["", "", "", "", ""]);
    assert.deepEqual([bundle.source, bundle.creator], [AwardSource.AWARD_SOURCE_SIS, sisName]);
    const again = await sisAwards.createDirectAwardBundle(request);
    const awards = client.service(DirectAwardServiceClient);
    assert.equal(again.name, bundle.name);
    assert.deepEqual(again.results.map((r) => r.directAward), bundle.results.map((r) => r.directAward));
    const stored = await awards.getDirectAwardBundle({ name: bundle.name });
    assert.deepEqual([stored.counts?.total, stored.counts?.unaccepted], [5, 5]);

    // Paging: five awards, two per page, in row order.
    const listed = [];
    for await (const award of paginate(awards.listDirectAwards, ListDirectAwardsRequest.fromPartial({ bundle: bundle.name, pageSize: 2 }), (r) => r.directAwards)) {
      listed.push(award);
    }
    assert.deepEqual(listed.map((a) => a.recipient), eppns);
    assert.deepEqual(listed.map((a) => a.name), bundle.results.map((r) => r.directAward));

    const assertion = await awards.claimDirectAward({ name: bundle.results[0].directAward, learner: learner.name });
    assert.deepEqual([assertion.badgeClass, assertion.learner, assertion.recipientName], [badgeClass.name, learner.name, "Student 0"]);

    // The Open Badges 3.0 credential, fetched through a lost answer (a read: retried), then
    // verified by the server.
    await dropNextResponse();
    const credential = await dropping
      .service(CredentialServiceClient)
      .getOpenBadgeCredential({ assertion: assertion.name, format: CredentialFormat.CREDENTIAL_FORMAT_DATA_INTEGRITY });
    assert.equal(await dropProxy("armed"), "0");
    assert.equal(credential.assertion, assertion.name);
    const document = JSON.parse(credential.credential);
    assert.ok(document.type.includes("OpenBadgeCredential"));
    assert.equal(document.credentialSubject.achievement.name, "Student Mentor");
    assert.equal(document.proof[0].cryptosuite, "eddsa-rdfc-2022");
    const report = await client.service(CredentialServiceClient).verifyCredential(VerifyCredentialRequest.fromPartial({ credential: credential.credential }));
    assert.equal(report.verified, true, JSON.stringify(report.checks));
    assert.equal(report.revoked, false);

    // A create without request_id is not repeated: the caller sees UNAVAILABLE and the
    // server did it exactly once.
    await dropNextResponse();
    const lost = await dropping
      .service(TagServiceClient)
      .createTag({ tag: Tag.fromPartial({ institution: institution.name, displayName: "Honours" }) })
      .then(() => assert.fail("expected UNAVAILABLE"), (e: unknown) => e);
    assert.ok(lost instanceof ApiError);
    assert.equal(lost.code, status.UNAVAILABLE);
    const tags = [];
    for await (const tag of paginate(client.service(TagServiceClient).listTags, ListTagsRequest.fromPartial({ institution: institution.name }), (r) => r.tags)) {
      tags.push(tag.displayName);
    }
    assert.deepEqual(tags, ["Honours"]);

    // TLS with the test CA and the name in the server's certificate.
    const secure = new EdubadgesClient(env.EDUBADGES_TLS_SERVER ?? "", {
      token: env.EDUBADGES_TOKEN,
      tls: { rootCerts: readFileSync(env.EDUBADGES_TLS_CA ?? ""), serverName: env.EDUBADGES_TLS_SERVER_NAME },
    });
    try {
      const found = await secure.service(InstitutionServiceClient).getInstitution({ name: institution.name });
      assert.equal(found.identifier, "uu.nl");
    } finally {
      secure.close();
    }
  });
});
