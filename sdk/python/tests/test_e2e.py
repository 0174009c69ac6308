"""End-to-end test of the Python SDK against a live server (tests/sdk/env.sh sets it up):
a badge class is created, a SIS (an API client with client credentials) awards a bundle with
a request_id through a connection that loses the first answer (the SDK retries; same bundle,
nothing new), a learner claims it, its Open Badges 3.0 credential is fetched (retried as a
read) and verified, the awards paged through; a bad request surfaces its field violations, a
wrong client secret is refused, a call without request_id is not repeated, retries stop after
the policy's attempts, and TLS works."""
from __future__ import annotations

import json
import os
import socket
import unittest

import grpc

from edubadges.sdk import ApiError, Client, ClientCredentials, RetryPolicy, is_retryable, paginate
from edubadges.v1 import (api_client_pb2, api_client_pb2_grpc, assertion_pb2, auth_pb2,
                          auth_pb2_grpc, badge_class_pb2, badge_class_pb2_grpc, common_pb2,
                          credential_pb2, credential_pb2_grpc, direct_award_pb2,
                          direct_award_pb2_grpc, faculty_pb2, faculty_pb2_grpc, institution_pb2,
                          institution_pb2_grpc, issuer_pb2, issuer_pb2_grpc, learner_pb2,
                          learner_pb2_grpc, staff_pb2, staff_pb2_grpc, tag_pb2, tag_pb2_grpc)

ENV = os.environ
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>'
EPPNS = [f"student{i}@student.uu.nl" for i in range(5)]


def drop_proxy(command: str) -> str:
    """Sends a command to the drop proxy: "drop" arms it to cut the next answer of the
    server, "armed" tells how many cuts are still to come."""
    host, port = ENV["EDUBADGES_DROP_CONTROL"].rsplit(":", 1)
    with socket.create_connection((host, int(port))) as s, s.makefile("rw") as f:
        f.write(command + "\n")
        f.flush()
        return f.readline().strip()


def drop_next_response() -> None:
    assert drop_proxy("drop") == "ok"


def text(nl: str, en: str) -> common_pb2.LocalizedText:
    return common_pb2.LocalizedText(nl=nl, en=en)


@unittest.skipUnless("EDUBADGES_SERVER" in ENV, "needs a server: run through tests/e2e/sdk_python_test.sh")
class EndToEnd(unittest.TestCase):
    def setUp(self) -> None:
        self.client = Client(ENV["EDUBADGES_SERVER"], token=ENV["EDUBADGES_TOKEN"], tls=False)
        self.dropping = Client(ENV["EDUBADGES_DROP_SERVER"], token=ENV["EDUBADGES_TOKEN"], tls=False,
                               retry=RetryPolicy(max_attempts=5, initial_backoff=0.05))
        self.addCleanup(self.client.close)
        self.addCleanup(self.dropping.close)

    def test_field_violations_are_decoded(self) -> None:
        institutions = self.client.stub(institution_pb2_grpc.InstitutionServiceStub)
        with self.assertRaises(ApiError) as caught:
            institutions.CreateInstitution(institution_pb2.CreateInstitutionRequest(institution=institution_pb2.Institution(
                identifier="not a domain", sector=common_pb2.SECTOR_WO, country_code="XX")))
        error = caught.exception
        self.assertIsInstance(error, grpc.RpcError)
        self.assertEqual(error.code(), grpc.StatusCode.INVALID_ARGUMENT)
        self.assertEqual(error.reason, "INVALID_ARGUMENT")
        fields = [v.field for v in error.field_violations]
        self.assertEqual(fields, ["institution.identifier", "institution.display_name",
                                  "institution.description", "institution.country_code"])
        violation = error.violation("institution.country_code")
        assert violation is not None
        self.assertIn("ISO 3166-1", violation.description)
        self.assertEqual(len(error.request_id), 32)

    def test_retry_classification(self) -> None:
        bundle = direct_award_pb2.CreateDirectAwardBundleRequest
        self.assertTrue(is_retryable("/edubadges.v1.AssertionService/GetAssertion", assertion_pb2.GetAssertionRequest()))
        self.assertTrue(is_retryable("/edubadges.v1.DirectAwardService/CreateDirectAwardBundle", bundle(request_id="r1")))
        self.assertFalse(is_retryable("/edubadges.v1.DirectAwardService/CreateDirectAwardBundle", bundle()))
        self.assertFalse(is_retryable("/edubadges.v1.TagService/CreateTag", tag_pb2.CreateTagRequest()))

    def test_client_credentials_refused(self) -> None:
        with Client(ENV["EDUBADGES_SERVER"], tls=False,
                    token=ClientCredentials("AAAAAAAAAAAAAAAAAAAAAA", "not the secret")) as stranger:
            with self.assertRaises(ApiError) as caught:
                stranger.stub(auth_pb2_grpc.AuthServiceStub).GetCaller(auth_pb2.GetCallerRequest())
        self.assertEqual(caught.exception.code(), grpc.StatusCode.UNAUTHENTICATED)
        self.assertEqual(caught.exception.reason, "INVALID_CLIENT")

    def test_retries_stop_after_max_attempts(self) -> None:
        # Two answers cut, two attempts allowed: a third attempt would have gone through.
        drop_next_response()
        drop_next_response()
        with Client(ENV["EDUBADGES_DROP_SERVER"], token=ENV["EDUBADGES_TOKEN"], tls=False,
                    retry=RetryPolicy(max_attempts=2, initial_backoff=0.01)) as bounded:
            with self.assertRaises(ApiError) as caught:
                bounded.stub(institution_pb2_grpc.InstitutionServiceStub).GetInstitution(
                    institution_pb2.GetInstitutionRequest(name="institutions/AAAAAAAAAAAAAAAAAAAAAA"))
        self.assertEqual(caught.exception.code(), grpc.StatusCode.UNAVAILABLE)
        self.assertEqual(drop_proxy("armed"), "0")

    def test_award_flow(self) -> None:
        c, d = self.client, self.dropping
        institution = c.stub(institution_pb2_grpc.InstitutionServiceStub).CreateInstitution(
            institution_pb2.CreateInstitutionRequest(institution=institution_pb2.Institution(
                identifier="uu.nl", display_name=text("Universiteit Utrecht", "Utrecht University"),
                description=text("Universiteit", "University"), sector=common_pb2.SECTOR_WO,
                country_code="NL", direct_awarding_enabled=True, sis_integration_enabled=True, eppn_pattern=r".*@student\.uu\.nl")))
        faculty = c.stub(faculty_pb2_grpc.FacultyServiceStub).CreateFaculty(faculty_pb2.CreateFacultyRequest(
            faculty=faculty_pb2.Faculty(institution=institution.name, display_name=text("Bètawetenschappen", "Science"),
                                        description=text("Faculteit", "Faculty"))))
        issuer = c.stub(issuer_pb2_grpc.IssuerServiceStub).CreateIssuer(issuer_pb2.CreateIssuerRequest(
            issuer=issuer_pb2.Issuer(faculty=faculty.name, display_name=text("Informatica", "Computing"),
                                     description=text("Departement", "Department"),
                                     url=text("", "https://www.uu.nl/ics"), email="ics@uu.nl")))
        badge_class = c.stub(badge_class_pb2_grpc.BadgeClassServiceStub).CreateBadgeClass(
            badge_class_pb2.CreateBadgeClassRequest(badge_class=badge_class_pb2.BadgeClass(
                issuer=issuer.name, badge_class_type=badge_class_pb2.BADGE_CLASS_TYPE_EXTRA_CURRICULAR,
                display_name="Student Mentor", description="Mentored first-year students.",
                criteria="Eight mentor sessions.", image=common_pb2.Image(data=SVG),
                course_language=badge_class_pb2.COURSE_LANGUAGE_EN, award_non_validated_name_allowed=True)))
        self.assertFalse(badge_class.draft)
        learners = c.stub(learner_pb2_grpc.LearnerServiceStub)
        learner = learners.UpsertLearner(learner_pb2.UpsertLearnerRequest(learner=learner_pb2.Learner(
            eduid="eduid-python", email="student0@example.org", validated_name="Student Zero",
            accounts=[learner_pb2.InstitutionAccount(eppn=EPPNS[0], schac_home="uu.nl")])))
        learners.RecordConsent(learner_pb2.RecordConsentRequest(learner=learner.name, consent=learner_pb2.Consent(
            institution=institution.name, terms_kind=learner_pb2.TERMS_KIND_INFORMAL, terms_version=1)))

        # A SIS: an API client of the institution allowed to award, registered by the
        # operator; it exchanges its id and secret for a token (ClientCredentials).
        registered = c.stub(api_client_pb2_grpc.ApiClientServiceStub).CreateApiClient(
            api_client_pb2.CreateApiClientRequest(api_client=api_client_pb2.ApiClient(
                institution=institution.name, kind=api_client_pb2.API_CLIENT_KIND_SIS, display_name="Osiris")))
        c.stub(staff_pb2_grpc.StaffServiceStub).CreateMembership(staff_pb2.CreateMembershipRequest(
            membership=staff_pb2.Membership(member=registered.api_client.name, node=institution.name,
                                            permissions=[staff_pb2.PERMISSION_READ, staff_pb2.PERMISSION_AWARD])))
        sis = Client(ENV["EDUBADGES_DROP_SERVER"], tls=False, retry=RetryPolicy(max_attempts=5, initial_backoff=0.05),
                     token=ClientCredentials(registered.api_client.client_id, registered.client_secret))
        self.addCleanup(sis.close)
        caller = sis.stub(auth_pb2_grpc.AuthServiceStub).GetCaller(auth_pb2.GetCallerRequest())
        self.assertEqual((caller.kind, caller.name), (auth_pb2.PRINCIPAL_KIND_API_CLIENT, registered.api_client.name))

        # The SIS's bundle: its first answer is lost on the way back, the SDK retries, the
        # server answers the retry with the first result.
        request = direct_award_pb2.CreateDirectAwardBundleRequest(
            badge_class=badge_class.name, identifier_type=direct_award_pb2.RECIPIENT_IDENTIFIER_TYPE_EPPN,
            request_id="sis-python-0001",
            rows=[direct_award_pb2.DirectAwardRow(recipient=e, recipient_name=f"Student {i}") for i, e in enumerate(EPPNS)])
        sis_awards = sis.stub(direct_award_pb2_grpc.DirectAwardServiceStub)
        drop_next_response()
        bundle = sis_awards.CreateDirectAwardBundle(request)
        self.assertEqual(drop_proxy("armed"), "0")  # the first answer was cut
        self.assertEqual([r.error_reason for r in bundle.results], [""] * 5)
        self.assertEqual((bundle.source, bundle.creator), (common_pb2.AWARD_SOURCE_SIS, registered.api_client.name))
        again = sis_awards.CreateDirectAwardBundle(request)
        awards = c.stub(direct_award_pb2_grpc.DirectAwardServiceStub)
        self.assertEqual(again.name, bundle.name)
        self.assertEqual([r.direct_award for r in again.results], [r.direct_award for r in bundle.results])
        stored = awards.GetDirectAwardBundle(direct_award_pb2.GetDirectAwardBundleRequest(name=bundle.name))
        self.assertEqual((stored.counts.total, stored.counts.unaccepted), (5, 5))

        # Paging: five awards, two per page, in row order.
        listed = list(paginate(awards.ListDirectAwards,
                               direct_award_pb2.ListDirectAwardsRequest(bundle=bundle.name, page_size=2)))
        self.assertEqual([a.recipient for a in listed], EPPNS)
        self.assertEqual([a.name for a in listed], [r.direct_award for r in bundle.results])

        assertion = awards.ClaimDirectAward(direct_award_pb2.ClaimDirectAwardRequest(
            name=bundle.results[0].direct_award, learner=learner.name))
        self.assertEqual((assertion.badge_class, assertion.learner), (badge_class.name, learner.name))
        self.assertEqual(assertion.recipient_name, "Student 0")

        # The Open Badges 3.0 credential, fetched through a lost answer (a read: retried),
        # then verified by the server.
        drop_next_response()
        credential = d.stub(credential_pb2_grpc.CredentialServiceStub).GetOpenBadgeCredential(
            credential_pb2.GetOpenBadgeCredentialRequest(
                assertion=assertion.name, format=credential_pb2.CREDENTIAL_FORMAT_DATA_INTEGRITY))
        self.assertEqual(drop_proxy("armed"), "0")
        self.assertEqual(credential.assertion, assertion.name)
        document = json.loads(credential.credential)
        self.assertIn("OpenBadgeCredential", document["type"])
        self.assertEqual(document["credentialSubject"]["achievement"]["name"], "Student Mentor")
        self.assertEqual(document["proof"][0]["cryptosuite"], "eddsa-rdfc-2022")
        report = c.stub(credential_pb2_grpc.CredentialServiceStub).VerifyCredential(
            credential_pb2.VerifyCredentialRequest(credential=credential.credential))
        self.assertTrue(report.verified, report)
        self.assertFalse(report.revoked)

        # A create without request_id is not repeated: the caller sees UNAVAILABLE and the
        # server did it exactly once.
        drop_next_response()
        with self.assertRaises(ApiError) as caught:
            d.stub(tag_pb2_grpc.TagServiceStub).CreateTag(tag_pb2.CreateTagRequest(
                tag=tag_pb2.Tag(institution=institution.name, display_name="Honours")))
        self.assertEqual(caught.exception.code(), grpc.StatusCode.UNAVAILABLE)
        tags = list(paginate(c.stub(tag_pb2_grpc.TagServiceStub).ListTags,
                             tag_pb2.ListTagsRequest(institution=institution.name)))
        self.assertEqual([t.display_name for t in tags], ["Honours"])

        # TLS with the test CA and the name in the server's certificate.
        with open(ENV["EDUBADGES_TLS_CA"], "rb") as f:
            ca = f.read()
        with Client(ENV["EDUBADGES_TLS_SERVER"], token=ENV["EDUBADGES_TOKEN"], root_certificates=ca,
                    server_name=ENV["EDUBADGES_TLS_SERVER_NAME"]) as secure:
            found = secure.stub(institution_pb2_grpc.InstitutionServiceStub).GetInstitution(
                institution_pb2.GetInstitutionRequest(name=institution.name))
        self.assertEqual(found.identifier, "uu.nl")


if __name__ == "__main__":
    unittest.main()
