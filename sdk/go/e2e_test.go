package edubadges_test

// End-to-end test of the Go SDK against a live server (tests/sdk/env.sh sets it up): a badge
// class is created, a SIS (an API client with client credentials) awards a bundle with a
// request_id through a connection that loses the first answer (the SDK retries; same bundle,
// nothing new), a learner claims it, its Open Badges 3.0 credential is fetched (retried as a
// read) and verified, the awards paged through; a bad request surfaces its field violations,
// a wrong client secret is refused, a call without request_id is not repeated, retries stop
// after the policy's attempts, and TLS works.

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	edubadges "edubadges.nl/sdk/go"
	pb "edubadges.nl/sdk/go/gen/edubadges/v1"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>`

func env(t *testing.T, name string) string {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		t.Skipf("%s is not set: run through tests/e2e/sdk_go_test.sh", name)
	}
	return v
}

// dropProxy sends a command to tests/sdk/drop_proxy.py: "drop" arms it to cut the next
// answer of the server, "armed" tells how many cuts are still to come.
func dropProxy(t *testing.T, command string) string {
	t.Helper()
	conn, err := net.Dial("tcp", env(t, "EDUBADGES_DROP_CONTROL"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "%s\n", command)
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(line)
}

func dropNextResponse(t *testing.T) {
	t.Helper()
	if got := dropProxy(t, "drop"); got != "ok" {
		t.Fatalf("drop proxy: %q", got)
	}
}

func dial(t *testing.T, target string, opts ...edubadges.Option) *edubadges.Client {
	t.Helper()
	client, err := edubadges.Dial(target, append([]edubadges.Option{edubadges.WithToken(env(t, "EDUBADGES_TOKEN"))}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	return client
}

func text(nl, en string) *pb.LocalizedText { return &pb.LocalizedText{Nl: nl, En: en} }

// must(call(...))(t) is the result of a call that must succeed.
func must[T any](v T, err error) func(*testing.T) T {
	return func(t *testing.T) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func TestFieldViolations(t *testing.T) {
	ctx := context.Background()
	client := dial(t, env(t, "EDUBADGES_SERVER"), edubadges.WithPlaintext())
	_, err := pb.NewInstitutionServiceClient(client.Conn()).CreateInstitution(ctx, &pb.CreateInstitutionRequest{
		Institution: &pb.Institution{Identifier: "not a domain", Sector: pb.Sector_SECTOR_WO, CountryCode: "XX"}})
	var apiErr *edubadges.Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("want *edubadges.Error, got %T %v", err, err)
	}
	if status.Code(err) != codes.InvalidArgument || apiErr.Reason != "INVALID_ARGUMENT" {
		t.Fatalf("code %v reason %q", status.Code(err), apiErr.Reason)
	}
	var fields []string
	for _, v := range apiErr.FieldViolations {
		fields = append(fields, v.Field)
	}
	want := []string{"institution.identifier", "institution.display_name", "institution.description", "institution.country_code"}
	if !slices.Equal(fields, want) {
		t.Fatalf("violations %v, want %v", fields, want)
	}
	if v := apiErr.Violation("institution.country_code"); v == nil || !strings.Contains(v.Description, "ISO 3166-1") {
		t.Fatalf("country_code violation: %+v", v)
	}
	if len(apiErr.RequestID) != 32 {
		t.Fatalf("request id %q", apiErr.RequestID)
	}
}

func TestRetryClassification(t *testing.T) {
	cases := []struct {
		method string
		req    any
		want   bool
	}{
		{"/edubadges.v1.AssertionService/GetAssertion", &pb.GetAssertionRequest{}, true},
		{"/edubadges.v1.DirectAwardService/CreateDirectAwardBundle", &pb.CreateDirectAwardBundleRequest{RequestId: "r1"}, true},
		{"/edubadges.v1.DirectAwardService/CreateDirectAwardBundle", &pb.CreateDirectAwardBundleRequest{}, false},
		{"/edubadges.v1.TagService/CreateTag", &pb.CreateTagRequest{}, false},
	}
	for _, c := range cases {
		if got := edubadges.IsRetryable(c.method, c.req); got != c.want {
			t.Errorf("IsRetryable(%s, %v) = %v", c.method, c.req, got)
		}
	}
}

func TestClientCredentialsRefused(t *testing.T) {
	client, err := edubadges.Dial(env(t, "EDUBADGES_SERVER"), edubadges.WithPlaintext(),
		edubadges.WithClientCredentials("AAAAAAAAAAAAAAAAAAAAAA", "not the secret"))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	_, err = pb.NewAuthServiceClient(client.Conn()).GetCaller(context.Background(), &pb.GetCallerRequest{})
	var apiErr *edubadges.Error
	if !errors.As(err, &apiErr) || apiErr.Code != codes.Unauthenticated || apiErr.Reason != "INVALID_CLIENT" {
		t.Fatalf("want UNAUTHENTICATED INVALID_CLIENT, got %v", err)
	}
}

func TestRetriesStopAfterMaxAttempts(t *testing.T) {
	// Two answers cut, two attempts allowed: a third attempt would have gone through.
	dropNextResponse(t)
	dropNextResponse(t)
	bounded := dial(t, env(t, "EDUBADGES_DROP_SERVER"), edubadges.WithPlaintext(),
		edubadges.WithRetry(edubadges.RetryPolicy{MaxAttempts: 2, InitialBackoff: 10 * time.Millisecond, MaxBackoff: time.Second, Multiplier: 2}))
	_, err := pb.NewInstitutionServiceClient(bounded.Conn()).GetInstitution(context.Background(),
		&pb.GetInstitutionRequest{Name: "institutions/AAAAAAAAAAAAAAAAAAAAAA"})
	if status.Code(err) != codes.Unavailable || dropProxy(t, "armed") != "0" {
		t.Fatalf("want UNAVAILABLE after two attempts, got %v", err)
	}
}

func TestAwardFlow(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := dial(t, env(t, "EDUBADGES_SERVER"), edubadges.WithPlaintext()).Conn()
	d := dial(t, env(t, "EDUBADGES_DROP_SERVER"), edubadges.WithPlaintext(),
		edubadges.WithRetry(edubadges.RetryPolicy{MaxAttempts: 5, InitialBackoff: 50 * time.Millisecond, MaxBackoff: time.Second, Multiplier: 2})).Conn()

	institution := must(pb.NewInstitutionServiceClient(c).CreateInstitution(ctx, &pb.CreateInstitutionRequest{Institution: &pb.Institution{
		Identifier: "uu.nl", DisplayName: text("Universiteit Utrecht", "Utrecht University"), Description: text("Universiteit", "University"),
		Sector: pb.Sector_SECTOR_WO, CountryCode: "NL", DirectAwardingEnabled: true, SisIntegrationEnabled: true, EppnPattern: `.*@student\.uu\.nl`}}))(t)
	faculty := must(pb.NewFacultyServiceClient(c).CreateFaculty(ctx, &pb.CreateFacultyRequest{Faculty: &pb.Faculty{
		Institution: institution.GetName(), DisplayName: text("Bètawetenschappen", "Science"), Description: text("Faculteit", "Faculty")}}))(t)
	issuer := must(pb.NewIssuerServiceClient(c).CreateIssuer(ctx, &pb.CreateIssuerRequest{Issuer: &pb.Issuer{
		Faculty: faculty.GetName(), DisplayName: text("Informatica", "Computing"), Description: text("Departement", "Department"),
		Url: text("", "https://www.uu.nl/ics"), Email: "ics@uu.nl"}}))(t)
	badgeClass := must(pb.NewBadgeClassServiceClient(c).CreateBadgeClass(ctx, &pb.CreateBadgeClassRequest{BadgeClass: &pb.BadgeClass{
		Issuer: issuer.GetName(), BadgeClassType: pb.BadgeClassType_BADGE_CLASS_TYPE_EXTRA_CURRICULAR,
		DisplayName: "Student Mentor", Description: "Mentored first-year students.", Criteria: "Eight mentor sessions.",
		Image: &pb.Image{Data: []byte(svg)}, CourseLanguage: pb.CourseLanguage_COURSE_LANGUAGE_EN, AwardNonValidatedNameAllowed: true}}))(t)
	if badgeClass.GetDraft() {
		t.Fatal("the badge class should be published")
	}
	eppns := []string{"student0@student.uu.nl", "student1@student.uu.nl", "student2@student.uu.nl", "student3@student.uu.nl", "student4@student.uu.nl"}
	learners := pb.NewLearnerServiceClient(c)
	learner := must(learners.UpsertLearner(ctx, &pb.UpsertLearnerRequest{Learner: &pb.Learner{
		Eduid: "eduid-go", Email: "student0@example.org", ValidatedName: "Student Zero",
		Accounts: []*pb.InstitutionAccount{{Eppn: eppns[0], SchacHome: "uu.nl"}}}}))(t)
	must(learners.RecordConsent(ctx, &pb.RecordConsentRequest{Learner: learner.GetName(), Consent: &pb.Consent{
		Institution: institution.GetName(), TermsKind: pb.TermsKind_TERMS_KIND_INFORMAL, TermsVersion: 1}}))(t)

	// A SIS: an API client of the institution allowed to award, registered by the operator;
	// it exchanges its id and secret for a token (WithClientCredentials).
	registered := must(pb.NewApiClientServiceClient(c).CreateApiClient(ctx, &pb.CreateApiClientRequest{ApiClient: &pb.ApiClient{
		Institution: institution.GetName(), Kind: pb.ApiClientKind_API_CLIENT_KIND_SIS, DisplayName: "Osiris"}}))(t)
	must(pb.NewStaffServiceClient(c).CreateMembership(ctx, &pb.CreateMembershipRequest{Membership: &pb.Membership{
		Member: registered.GetApiClient().GetName(), Node: institution.GetName(),
		Permissions: []pb.Permission{pb.Permission_PERMISSION_READ, pb.Permission_PERMISSION_AWARD}}}))(t)
	sisClient, err := edubadges.Dial(env(t, "EDUBADGES_DROP_SERVER"), edubadges.WithPlaintext(),
		edubadges.WithClientCredentials(registered.GetApiClient().GetClientId(), registered.GetClientSecret()),
		edubadges.WithRetry(edubadges.RetryPolicy{MaxAttempts: 5, InitialBackoff: 50 * time.Millisecond, MaxBackoff: time.Second, Multiplier: 2}))
	if err != nil {
		t.Fatal(err)
	}
	defer sisClient.Close()
	sis := sisClient.Conn()
	caller := must(pb.NewAuthServiceClient(sis).GetCaller(ctx, &pb.GetCallerRequest{}))(t)
	if caller.GetKind() != pb.PrincipalKind_PRINCIPAL_KIND_API_CLIENT || caller.GetName() != registered.GetApiClient().GetName() {
		t.Fatalf("caller %v", caller)
	}

	// The SIS's bundle: its first answer is lost on the way back, the SDK retries, the server
	// answers the retry with the first result.
	request := &pb.CreateDirectAwardBundleRequest{BadgeClass: badgeClass.GetName(),
		IdentifierType: pb.RecipientIdentifierType_RECIPIENT_IDENTIFIER_TYPE_EPPN, RequestId: "sis-go-0001"}
	for i, e := range eppns {
		request.Rows = append(request.Rows, &pb.DirectAwardRow{Recipient: e, RecipientName: fmt.Sprintf("Student %d", i)})
	}
	sisAwards := pb.NewDirectAwardServiceClient(sis)
	dropNextResponse(t)
	bundle := must(sisAwards.CreateDirectAwardBundle(ctx, request))(t)
	if got := dropProxy(t, "armed"); got != "0" {
		t.Fatalf("the first answer was not cut: %s armed", got)
	}
	if bundle.GetSource() != pb.AwardSource_AWARD_SOURCE_SIS || bundle.GetCreator() != registered.GetApiClient().GetName() {
		t.Fatalf("bundle source %v creator %s", bundle.GetSource(), bundle.GetCreator())
	}
	var created []string
	for _, r := range bundle.GetResults() {
		if r.GetErrorReason() != "" {
			t.Fatalf("row %d: %s", r.GetRow(), r.GetErrorReason())
		}
		created = append(created, r.GetDirectAward())
	}
	again := must(sisAwards.CreateDirectAwardBundle(ctx, request))(t)
	awards := pb.NewDirectAwardServiceClient(c)
	if again.GetName() != bundle.GetName() || again.GetResults()[4].GetDirectAward() != created[4] {
		t.Fatalf("the retry made %s, the first call %s", again.GetName(), bundle.GetName())
	}
	stored := must(awards.GetDirectAwardBundle(ctx, &pb.GetDirectAwardBundleRequest{Name: bundle.GetName()}))(t)
	if stored.GetCounts().GetTotal() != 5 || stored.GetCounts().GetUnaccepted() != 5 {
		t.Fatalf("counts %v", stored.GetCounts())
	}

	// Paging: five awards, two per page, in row order.
	var listedNames, listedRecipients []string
	for award, err := range edubadges.All(ctx, awards.ListDirectAwards,
		&pb.ListDirectAwardsRequest{Bundle: bundle.GetName(), PageSize: 2}, (*pb.ListDirectAwardsResponse).GetDirectAwards) {
		if err != nil {
			t.Fatal(err)
		}
		listedNames = append(listedNames, award.GetName())
		listedRecipients = append(listedRecipients, award.GetRecipient())
	}
	if !slices.Equal(listedRecipients, eppns) || !slices.Equal(listedNames, created) {
		t.Fatalf("listed %v %v", listedRecipients, listedNames)
	}

	assertion := must(awards.ClaimDirectAward(ctx, &pb.ClaimDirectAwardRequest{Name: created[0], Learner: learner.GetName()}))(t)
	if assertion.GetBadgeClass() != badgeClass.GetName() || assertion.GetLearner() != learner.GetName() ||
		assertion.GetRecipientName() != "Student 0" {
		t.Fatalf("assertion %v", assertion)
	}

	// The Open Badges 3.0 credential, fetched through a lost answer (a read: retried), then
	// verified by the server.
	dropNextResponse(t)
	credential := must(pb.NewCredentialServiceClient(d).GetOpenBadgeCredential(ctx, &pb.GetOpenBadgeCredentialRequest{
		Assertion: assertion.GetName(), Format: pb.CredentialFormat_CREDENTIAL_FORMAT_DATA_INTEGRITY}))(t)
	if dropProxy(t, "armed") != "0" || credential.GetAssertion() != assertion.GetName() {
		t.Fatalf("credential %v", credential)
	}
	var document struct {
		Type              []string `json:"type"`
		CredentialSubject struct {
			Achievement struct {
				Name string `json:"name"`
			} `json:"achievement"`
		} `json:"credentialSubject"`
		Proof []struct {
			Cryptosuite string `json:"cryptosuite"`
		} `json:"proof"`
	}
	if err := json.Unmarshal([]byte(credential.GetCredential()), &document); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(document.Type, "OpenBadgeCredential") || document.CredentialSubject.Achievement.Name != "Student Mentor" ||
		len(document.Proof) != 1 || document.Proof[0].Cryptosuite != "eddsa-rdfc-2022" {
		t.Fatalf("credential document %+v", document)
	}
	report := must(pb.NewCredentialServiceClient(c).VerifyCredential(ctx, &pb.VerifyCredentialRequest{Credential: credential.GetCredential()}))(t)
	if !report.GetVerified() || report.GetRevoked() {
		t.Fatalf("verification %v", report)
	}

	// A create without request_id is not repeated: the caller sees UNAVAILABLE and the
	// server did it exactly once.
	dropNextResponse(t)
	_, err = pb.NewTagServiceClient(d).CreateTag(ctx, &pb.CreateTagRequest{Tag: &pb.Tag{Institution: institution.GetName(), DisplayName: "Honours"}})
	if status.Code(err) != codes.Unavailable {
		t.Fatalf("want UNAVAILABLE, got %v", err)
	}
	var tags []string
	for tag, err := range edubadges.All(ctx, pb.NewTagServiceClient(c).ListTags, &pb.ListTagsRequest{Institution: institution.GetName()},
		(*pb.ListTagsResponse).GetTags) {
		if err != nil {
			t.Fatal(err)
		}
		tags = append(tags, tag.GetDisplayName())
	}
	if !slices.Equal(tags, []string{"Honours"}) {
		t.Fatalf("tags %v", tags)
	}

	// TLS with the test CA and the name in the server's certificate.
	secure := dial(t, env(t, "EDUBADGES_TLS_SERVER"), edubadges.WithRootCAFile(env(t, "EDUBADGES_TLS_CA"), env(t, "EDUBADGES_TLS_SERVER_NAME")))
	found := must(pb.NewInstitutionServiceClient(secure.Conn()).GetInstitution(ctx, &pb.GetInstitutionRequest{Name: institution.GetName()}))(t)
	if found.GetIdentifier() != "uu.nl" {
		t.Fatalf("over TLS: %v", found)
	}
}
