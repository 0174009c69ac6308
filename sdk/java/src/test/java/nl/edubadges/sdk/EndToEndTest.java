package nl.edubadges.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.edubadges.v1.ApiClient;
import nl.edubadges.v1.ApiClientKind;
import nl.edubadges.v1.ApiClientServiceGrpc;
import nl.edubadges.v1.AssertionServiceGrpc;
import nl.edubadges.v1.AuthServiceGrpc;
import nl.edubadges.v1.AwardSource;
import nl.edubadges.v1.BadgeClass;
import nl.edubadges.v1.BadgeClassServiceGrpc;
import nl.edubadges.v1.BadgeClassType;
import nl.edubadges.v1.Caller;
import nl.edubadges.v1.ClaimDirectAwardRequest;
import nl.edubadges.v1.Consent;
import nl.edubadges.v1.CourseLanguage;
import nl.edubadges.v1.CreateApiClientRequest;
import nl.edubadges.v1.CreateApiClientResponse;
import nl.edubadges.v1.CreateBadgeClassRequest;
import nl.edubadges.v1.CreateDirectAwardBundleRequest;
import nl.edubadges.v1.CreateFacultyRequest;
import nl.edubadges.v1.CreateInstitutionRequest;
import nl.edubadges.v1.CreateIssuerRequest;
import nl.edubadges.v1.CreateMembershipRequest;
import nl.edubadges.v1.CreateTagRequest;
import nl.edubadges.v1.CredentialFormat;
import nl.edubadges.v1.CredentialServiceGrpc;
import nl.edubadges.v1.DirectAward;
import nl.edubadges.v1.DirectAwardBundle;
import nl.edubadges.v1.DirectAwardRow;
import nl.edubadges.v1.DirectAwardRowResult;
import nl.edubadges.v1.DirectAwardServiceGrpc;
import nl.edubadges.v1.Faculty;
import nl.edubadges.v1.FacultyServiceGrpc;
import nl.edubadges.v1.GetAssertionRequest;
import nl.edubadges.v1.GetCallerRequest;
import nl.edubadges.v1.GetDirectAwardBundleRequest;
import nl.edubadges.v1.GetInstitutionRequest;
import nl.edubadges.v1.GetOpenBadgeCredentialRequest;
import nl.edubadges.v1.Image;
import nl.edubadges.v1.Institution;
import nl.edubadges.v1.InstitutionAccount;
import nl.edubadges.v1.InstitutionServiceGrpc;
import nl.edubadges.v1.Issuer;
import nl.edubadges.v1.IssuerServiceGrpc;
import nl.edubadges.v1.Learner;
import nl.edubadges.v1.LearnerServiceGrpc;
import nl.edubadges.v1.ListDirectAwardsRequest;
import nl.edubadges.v1.ListDirectAwardsResponse;
import nl.edubadges.v1.ListTagsRequest;
import nl.edubadges.v1.ListTagsResponse;
import nl.edubadges.v1.LocalizedText;
import nl.edubadges.v1.Membership;
import nl.edubadges.v1.OpenBadgeCredential;
import nl.edubadges.v1.Permission;
import nl.edubadges.v1.PrincipalKind;
import nl.edubadges.v1.RecipientIdentifierType;
import nl.edubadges.v1.RecordConsentRequest;
import nl.edubadges.v1.Sector;
import nl.edubadges.v1.StaffServiceGrpc;
import nl.edubadges.v1.Tag;
import nl.edubadges.v1.TagServiceGrpc;
import nl.edubadges.v1.TermsKind;
import nl.edubadges.v1.UpsertLearnerRequest;
import nl.edubadges.v1.VerifyCredentialRequest;
import nl.edubadges.v1.VerifyCredentialResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * End-to-end test of the Java SDK against a live server (tests/sdk/env.sh sets it up): a badge
 * class is created, a SIS (an API client with client credentials) awards a bundle with a
 * request_id through a connection that loses the first answer (the SDK retries; same bundle,
 * nothing new), a learner claims it, its Open Badges 3.0 credential is fetched (retried as a
 * read) and verified, the awards paged through; a bad request surfaces its field violations, a
 * wrong client secret is refused, a call without request_id is not repeated, retries stop after
 * the policy's attempts, and TLS works.
 */
@EnabledIfEnvironmentVariable(named = "EDUBADGES_SERVER", matches = ".+")
class EndToEndTest {
  private static final byte[] SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\"/></svg>"
          .getBytes(StandardCharsets.UTF_8);
  private static final List<String> EPPNS = IntStream.range(0, 5).mapToObj(i -> "student" + i + "@student.uu.nl").toList();

  private EdubadgesClient client;
  private EdubadgesClient dropping;

  private static String env(String name) {
    return System.getenv(name);
  }

  private static LocalizedText text(String nl, String en) {
    return LocalizedText.newBuilder().setNl(nl).setEn(en).build();
  }

  /** Sends a command to tests/sdk/drop_proxy.py: "drop" arms it to cut the next answer of the server, "armed" tells how many cuts are still to come. */
  private static String dropProxy(String command) throws IOException {
    String[] address = env("EDUBADGES_DROP_CONTROL").split(":");
    try (Socket socket = new Socket(address[0], Integer.parseInt(address[1]));
        PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
      out.println(command);
      return in.readLine().trim();
    }
  }

  private static void dropNextResponse() throws IOException {
    assertEquals("ok", dropProxy("drop"));
  }

  @BeforeEach
  void connect() {
    client = EdubadgesClient.forTarget(env("EDUBADGES_SERVER")).plaintext().token(env("EDUBADGES_TOKEN")).build();
    dropping = EdubadgesClient.forTarget(env("EDUBADGES_DROP_SERVER")).plaintext().tokenSource(() -> env("EDUBADGES_TOKEN"))
        .retryPolicy(new RetryPolicy(5, Duration.ofMillis(50), Duration.ofSeconds(1), 2)).build();
  }

  @AfterEach
  void close() {
    client.close();
    dropping.close();
  }

  @Test
  void fieldViolationsAreDecoded() {
    var institutions = InstitutionServiceGrpc.newBlockingStub(client.channel());
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> institutions.createInstitution(
        CreateInstitutionRequest.newBuilder().setInstitution(Institution.newBuilder()
            .setIdentifier("not a domain").setSector(Sector.SECTOR_WO).setCountryCode("XX")).build()));
    ApiError error = ApiError.from(e);
    assertEquals(Status.Code.INVALID_ARGUMENT, error.code());
    assertEquals("INVALID_ARGUMENT", error.reason());
    assertEquals(List.of("institution.identifier", "institution.display_name", "institution.description", "institution.country_code"),
        error.fieldViolations().stream().map(ApiError.FieldViolation::field).toList());
    assertTrue(error.violation("institution.country_code").orElseThrow().description().contains("ISO 3166-1"));
    assertEquals(32, error.requestId().length());
  }

  @Test
  void retryClassification() {
    assertTrue(RetryPolicy.isRetryable(AssertionServiceGrpc.getGetAssertionMethod(), GetAssertionRequest.getDefaultInstance()));
    assertTrue(RetryPolicy.isRetryable(DirectAwardServiceGrpc.getCreateDirectAwardBundleMethod(),
        CreateDirectAwardBundleRequest.newBuilder().setRequestId("r1").build()));
    assertFalse(RetryPolicy.isRetryable(DirectAwardServiceGrpc.getCreateDirectAwardBundleMethod(),
        CreateDirectAwardBundleRequest.getDefaultInstance()));
    assertFalse(RetryPolicy.isRetryable(TagServiceGrpc.getCreateTagMethod(), CreateTagRequest.getDefaultInstance()));
  }

  @Test
  void clientCredentialsRefused() {
    try (EdubadgesClient stranger = EdubadgesClient.forTarget(env("EDUBADGES_SERVER")).plaintext()
        .clientCredentials("AAAAAAAAAAAAAAAAAAAAAA", "not the secret").build()) {
      var auth = AuthServiceGrpc.newBlockingStub(stranger.channel());
      StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> auth.getCaller(GetCallerRequest.getDefaultInstance()));
      ApiError error = ApiError.from(e);
      assertEquals(List.of(Status.Code.UNAUTHENTICATED, "INVALID_CLIENT"), List.of(error.code(), error.reason()));
    }
  }

  @Test
  void retriesStopAfterMaxAttempts() throws IOException {
    // Two answers cut, two attempts allowed: a third attempt would have gone through.
    dropNextResponse();
    dropNextResponse();
    try (EdubadgesClient bounded = EdubadgesClient.forTarget(env("EDUBADGES_DROP_SERVER")).plaintext().token(env("EDUBADGES_TOKEN"))
        .retryPolicy(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofSeconds(1), 2)).build()) {
      var institutions = InstitutionServiceGrpc.newBlockingStub(bounded.channel());
      StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
          () -> institutions.getInstitution(GetInstitutionRequest.newBuilder().setName("institutions/AAAAAAAAAAAAAAAAAAAAAA").build()));
      assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
    }
    assertEquals("0", dropProxy("armed"));
  }

  @Test
  void awardFlow() throws IOException {
    var c = client.channel();
    Institution institution = InstitutionServiceGrpc.newBlockingStub(c).createInstitution(CreateInstitutionRequest.newBuilder()
        .setInstitution(Institution.newBuilder().setIdentifier("uu.nl").setDisplayName(text("Universiteit Utrecht", "Utrecht University"))
            .setDescription(text("Universiteit", "University")).setSector(Sector.SECTOR_WO).setCountryCode("NL")
            .setDirectAwardingEnabled(true).setSisIntegrationEnabled(true).setEppnPattern(".*@student\\.uu\\.nl")).build());
    Faculty faculty = FacultyServiceGrpc.newBlockingStub(c).createFaculty(CreateFacultyRequest.newBuilder().setFaculty(Faculty.newBuilder()
        .setInstitution(institution.getName()).setDisplayName(text("Bètawetenschappen", "Science")).setDescription(text("Faculteit", "Faculty"))).build());
    Issuer issuer = IssuerServiceGrpc.newBlockingStub(c).createIssuer(CreateIssuerRequest.newBuilder().setIssuer(Issuer.newBuilder()
        .setFaculty(faculty.getName()).setDisplayName(text("Informatica", "Computing")).setDescription(text("Departement", "Department"))
        .setUrl(text("", "https://www.uu.nl/ics")).setEmail("ics@uu.nl")).build());
    BadgeClass badgeClass = BadgeClassServiceGrpc.newBlockingStub(c).createBadgeClass(CreateBadgeClassRequest.newBuilder()
        .setBadgeClass(BadgeClass.newBuilder().setIssuer(issuer.getName()).setBadgeClassType(BadgeClassType.BADGE_CLASS_TYPE_EXTRA_CURRICULAR)
            .setDisplayName("Student Mentor").setDescription("Mentored first-year students.").setCriteria("Eight mentor sessions.")
            .setImage(Image.newBuilder().setData(ByteString.copyFrom(SVG))).setCourseLanguage(CourseLanguage.COURSE_LANGUAGE_EN)
            .setAwardNonValidatedNameAllowed(true)).build());
    assertFalse(badgeClass.getDraft());
    var learners = LearnerServiceGrpc.newBlockingStub(c);
    Learner learner = learners.upsertLearner(UpsertLearnerRequest.newBuilder().setLearner(Learner.newBuilder()
        .setEduid("eduid-java").setEmail("student0@example.org").setValidatedName("Student Zero")
        .addAccounts(InstitutionAccount.newBuilder().setEppn(EPPNS.get(0)).setSchacHome("uu.nl"))).build());
    learners.recordConsent(RecordConsentRequest.newBuilder().setLearner(learner.getName()).setConsent(Consent.newBuilder()
        .setInstitution(institution.getName()).setTermsKind(TermsKind.TERMS_KIND_INFORMAL).setTermsVersion(1)).build());

    DirectAwardBundle bundle;
    DirectAwardBundle again;
    // A SIS: an API client of the institution allowed to award, registered by the operator; it
    // exchanges its id and secret for a token (clientCredentials).
    CreateApiClientResponse registered = ApiClientServiceGrpc.newBlockingStub(c).createApiClient(CreateApiClientRequest.newBuilder()
        .setApiClient(ApiClient.newBuilder().setInstitution(institution.getName()).setKind(ApiClientKind.API_CLIENT_KIND_SIS)
            .setDisplayName("Osiris")).build());
    String sisName = registered.getApiClient().getName();
    StaffServiceGrpc.newBlockingStub(c).createMembership(CreateMembershipRequest.newBuilder().setMembership(Membership.newBuilder()
        .setMember(sisName).setNode(institution.getName()).addPermissions(Permission.PERMISSION_READ)
        .addPermissions(Permission.PERMISSION_AWARD)).build());
    try (EdubadgesClient sis = EdubadgesClient.forTarget(env("EDUBADGES_DROP_SERVER")).plaintext()
        .clientCredentials(registered.getApiClient().getClientId(), registered.getClientSecret())
        .retryPolicy(new RetryPolicy(5, Duration.ofMillis(50), Duration.ofSeconds(1), 2)).build()) {
      Caller caller = AuthServiceGrpc.newBlockingStub(sis.channel()).getCaller(GetCallerRequest.getDefaultInstance());
      assertEquals(List.of(PrincipalKind.PRINCIPAL_KIND_API_CLIENT, sisName), List.of(caller.getKind(), caller.getName()));

      // The SIS's bundle: its first answer is lost on the way back, the SDK retries, the server
      // answers the retry with the first result.
      var request = CreateDirectAwardBundleRequest.newBuilder().setBadgeClass(badgeClass.getName())
          .setIdentifierType(RecipientIdentifierType.RECIPIENT_IDENTIFIER_TYPE_EPPN).setRequestId("sis-java-0001");
      for (int i = 0; i < EPPNS.size(); i++) {
        request.addRows(DirectAwardRow.newBuilder().setRecipient(EPPNS.get(i)).setRecipientName("Student " + i));
      }
      var sisAwards = DirectAwardServiceGrpc.newBlockingStub(sis.channel());
      dropNextResponse();
      bundle = sisAwards.createDirectAwardBundle(request.build());
      assertEquals("0", dropProxy("armed"));
      again = sisAwards.createDirectAwardBundle(request.build());
    }
    assertEquals(List.of("", "", "", "", ""), bundle.getResultsList().stream().map(DirectAwardRowResult::getErrorReason).toList());
    assertEquals(List.of(AwardSource.AWARD_SOURCE_SIS, sisName), List.of(bundle.getSource(), bundle.getCreator()));
    List<String> created = bundle.getResultsList().stream().map(DirectAwardRowResult::getDirectAward).toList();
    var awards = DirectAwardServiceGrpc.newBlockingStub(c);
    assertEquals(bundle.getName(), again.getName());
    assertEquals(created, again.getResultsList().stream().map(DirectAwardRowResult::getDirectAward).toList());
    var counts = awards.getDirectAwardBundle(GetDirectAwardBundleRequest.newBuilder().setName(bundle.getName()).build()).getCounts();
    assertEquals(List.of(5, 5), List.of(counts.getTotal(), counts.getUnaccepted()));

    // Paging: five awards, two per page, in row order.
    List<DirectAward> listed = new ArrayList<>();
    Pages.all(ListDirectAwardsRequest.newBuilder().setBundle(bundle.getName()).setPageSize(2).build(), awards::listDirectAwards,
        ListDirectAwardsResponse::getDirectAwardsList).forEach(listed::add);
    assertEquals(EPPNS, listed.stream().map(DirectAward::getRecipient).toList());
    assertEquals(created, listed.stream().map(DirectAward::getName).toList());

    var assertion = awards.claimDirectAward(ClaimDirectAwardRequest.newBuilder().setName(created.get(0)).setLearner(learner.getName()).build());
    assertEquals(List.of(badgeClass.getName(), learner.getName(), "Student 0"),
        List.of(assertion.getBadgeClass(), assertion.getLearner(), assertion.getRecipientName()));

    // The Open Badges 3.0 credential, fetched through a lost answer (a read: retried), then
    // verified by the server.
    dropNextResponse();
    OpenBadgeCredential credential = CredentialServiceGrpc.newBlockingStub(dropping.channel()).getOpenBadgeCredential(
        GetOpenBadgeCredentialRequest.newBuilder().setAssertion(assertion.getName())
            .setFormat(CredentialFormat.CREDENTIAL_FORMAT_DATA_INTEGRITY).build());
    assertEquals("0", dropProxy("armed"));
    assertEquals(assertion.getName(), credential.getAssertion());
    Struct.Builder document = Struct.newBuilder();
    JsonFormat.parser().merge(credential.getCredential(), document);
    assertTrue(document.getFieldsOrThrow("type").getListValue().getValuesList().contains(Value.newBuilder().setStringValue("OpenBadgeCredential").build()));
    assertEquals("Student Mentor", document.getFieldsOrThrow("credentialSubject").getStructValue().getFieldsOrThrow("achievement")
        .getStructValue().getFieldsOrThrow("name").getStringValue());
    VerifyCredentialResponse report = CredentialServiceGrpc.newBlockingStub(c)
        .verifyCredential(VerifyCredentialRequest.newBuilder().setCredential(credential.getCredential()).build());
    assertTrue(report.getVerified(), report::toString);
    assertFalse(report.getRevoked());

    // A create without request_id is not repeated: the caller sees UNAVAILABLE and the
    // server did it exactly once.
    dropNextResponse();
    var tagsDropping = TagServiceGrpc.newBlockingStub(dropping.channel());
    StatusRuntimeException lost = assertThrows(StatusRuntimeException.class, () -> tagsDropping.createTag(CreateTagRequest.newBuilder()
        .setTag(Tag.newBuilder().setInstitution(institution.getName()).setDisplayName("Honours")).build()));
    assertEquals(Status.Code.UNAVAILABLE, ApiError.from(lost).code());
    List<String> tags = new ArrayList<>();
    Pages.all(ListTagsRequest.newBuilder().setInstitution(institution.getName()).build(), TagServiceGrpc.newBlockingStub(c)::listTags,
        ListTagsResponse::getTagsList).forEach(t -> tags.add(t.getDisplayName()));
    assertEquals(List.of("Honours"), tags);

    // TLS with the test CA and the name in the server's certificate.
    try (EdubadgesClient secure = EdubadgesClient.forTarget(env("EDUBADGES_TLS_SERVER")).token(env("EDUBADGES_TOKEN"))
        .tls(new File(env("EDUBADGES_TLS_CA")), env("EDUBADGES_TLS_SERVER_NAME")).build()) {
      Institution found = InstitutionServiceGrpc.newBlockingStub(secure.channel())
          .getInstitution(GetInstitutionRequest.newBuilder().setName(institution.getName()).build());
      assertEquals("uu.nl", found.getIdentifier());
    }
    assertInstanceOf(ApiError.class, ApiError.from(lost));
  }
}
