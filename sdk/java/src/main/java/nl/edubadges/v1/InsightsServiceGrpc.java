package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Counts what institutions award: assertions, direct awards and badge requests, grouped
 * and filtered on the catalog's dimensions, plus the management queries of the teachers'
 * interface and the public statistics of the platform.
 * Definitions (every count below uses them):
 * * Month: the calendar month in Europe/Amsterdam of the moment an award was made. An
 *   assertion counts in the month it was issued (a claimed direct award is issued at the
 *   moment the direct award was created; an approved request at the moment of approval),
 *   a direct award in the month it was created, a badge request in the month it was made.
 * * Award source: where an award came from (staff in the user interface, a student
 *   information system, an alliance partner); an assertion has the source of its direct
 *   award's bundle, an approved request has AWARD_SOURCE_UI, and so does a badge request.
 * * Sector: the sector of the badge class's faculty when it has one (faculties of a combined
 *   HBO/MBO institution), otherwise the sector of its institution.
 * * Every assertion is in exactly one of four states: revoked (by staff); else rejected (by
 *   the learner); else expired (its expiry time is at or before the moment of the call);
 *   else in a backpack. An assertion in a backpack may still be unaccepted (an approved
 *   request the learner has not opened yet). Public: the learner made it public and it is
 *   not revoked.
 * * Every direct award is in exactly one state as of the moment of the call: scheduled (its
 *   bundle is not due yet); open (offered and claimable); claimed (the learner claimed it
 *   and the assertion is not revoked); revoked (claimed, and the assertion was revoked
 *   since); rejected (the learner declined it); expired (not claimed within 82 days of being
 *   offered); deleted (withdrawn, e.g. because the learner's request for the same badge
 *   class was approved). "Direct awards" (the total) counts the ones offered and not
 *   withdrawn: claimed + open + rejected + expired + revoked; scheduled and deleted ones are
 *   counted apart.
 * * Claim rate: claimed / (direct awards - revoked), from 0 to 1; absent when there is no
 *   such direct award.
 * * A badge request is pending, accepted (approved by staff; the assertion it gave is
 *   counted with the assertions, revoked or not), denied (by staff) or withdrawn (by the
 *   learner, or because a direct award of the same badge class was claimed).
 * * A learner holds a micro-credential while its assertion is in the learner's backpack.
 * * Learners with a backpack: every learner with an account on the platform (each has a
 *   backpack from the first sign-in).
 * Access: staff read their own institution (name it in the request); platform operators
 * read every institution and the whole platform (leave the institution empty). Numbers are
 * exact as of the call: the counters behind them are kept by the awarding statements
 * themselves, and what the passing of time changes (expiry, scheduled bundles) is brought
 * up to date by each call before it counts.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class InsightsServiceGrpc {

  private InsightsServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.InsightsService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.QueryInsightsRequest,
      nl.edubadges.v1.QueryInsightsResponse> getQueryInsightsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "QueryInsights",
      requestType = nl.edubadges.v1.QueryInsightsRequest.class,
      responseType = nl.edubadges.v1.QueryInsightsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.QueryInsightsRequest,
      nl.edubadges.v1.QueryInsightsResponse> getQueryInsightsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.QueryInsightsRequest, nl.edubadges.v1.QueryInsightsResponse> getQueryInsightsMethod;
    if ((getQueryInsightsMethod = InsightsServiceGrpc.getQueryInsightsMethod) == null) {
      synchronized (InsightsServiceGrpc.class) {
        if ((getQueryInsightsMethod = InsightsServiceGrpc.getQueryInsightsMethod) == null) {
          InsightsServiceGrpc.getQueryInsightsMethod = getQueryInsightsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.QueryInsightsRequest, nl.edubadges.v1.QueryInsightsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "QueryInsights"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.QueryInsightsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.QueryInsightsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new InsightsServiceMethodDescriptorSupplier("QueryInsights"))
              .build();
        }
      }
    }
    return getQueryInsightsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListBadgeClassOverviewRequest,
      nl.edubadges.v1.ListBadgeClassOverviewResponse> getListBadgeClassOverviewMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListBadgeClassOverview",
      requestType = nl.edubadges.v1.ListBadgeClassOverviewRequest.class,
      responseType = nl.edubadges.v1.ListBadgeClassOverviewResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListBadgeClassOverviewRequest,
      nl.edubadges.v1.ListBadgeClassOverviewResponse> getListBadgeClassOverviewMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListBadgeClassOverviewRequest, nl.edubadges.v1.ListBadgeClassOverviewResponse> getListBadgeClassOverviewMethod;
    if ((getListBadgeClassOverviewMethod = InsightsServiceGrpc.getListBadgeClassOverviewMethod) == null) {
      synchronized (InsightsServiceGrpc.class) {
        if ((getListBadgeClassOverviewMethod = InsightsServiceGrpc.getListBadgeClassOverviewMethod) == null) {
          InsightsServiceGrpc.getListBadgeClassOverviewMethod = getListBadgeClassOverviewMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListBadgeClassOverviewRequest, nl.edubadges.v1.ListBadgeClassOverviewResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListBadgeClassOverview"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListBadgeClassOverviewRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListBadgeClassOverviewResponse.getDefaultInstance()))
              .setSchemaDescriptor(new InsightsServiceMethodDescriptorSupplier("ListBadgeClassOverview"))
              .build();
        }
      }
    }
    return getListBadgeClassOverviewMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListIssuerStaffRequest,
      nl.edubadges.v1.ListIssuerStaffResponse> getListIssuerStaffMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListIssuerStaff",
      requestType = nl.edubadges.v1.ListIssuerStaffRequest.class,
      responseType = nl.edubadges.v1.ListIssuerStaffResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListIssuerStaffRequest,
      nl.edubadges.v1.ListIssuerStaffResponse> getListIssuerStaffMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListIssuerStaffRequest, nl.edubadges.v1.ListIssuerStaffResponse> getListIssuerStaffMethod;
    if ((getListIssuerStaffMethod = InsightsServiceGrpc.getListIssuerStaffMethod) == null) {
      synchronized (InsightsServiceGrpc.class) {
        if ((getListIssuerStaffMethod = InsightsServiceGrpc.getListIssuerStaffMethod) == null) {
          InsightsServiceGrpc.getListIssuerStaffMethod = getListIssuerStaffMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListIssuerStaffRequest, nl.edubadges.v1.ListIssuerStaffResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListIssuerStaff"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListIssuerStaffRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListIssuerStaffResponse.getDefaultInstance()))
              .setSchemaDescriptor(new InsightsServiceMethodDescriptorSupplier("ListIssuerStaff"))
              .build();
        }
      }
    }
    return getListIssuerStaffMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest,
      nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse> getListMicroCredentialsByInstitutionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMicroCredentialsByInstitution",
      requestType = nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest.class,
      responseType = nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest,
      nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse> getListMicroCredentialsByInstitutionMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest, nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse> getListMicroCredentialsByInstitutionMethod;
    if ((getListMicroCredentialsByInstitutionMethod = InsightsServiceGrpc.getListMicroCredentialsByInstitutionMethod) == null) {
      synchronized (InsightsServiceGrpc.class) {
        if ((getListMicroCredentialsByInstitutionMethod = InsightsServiceGrpc.getListMicroCredentialsByInstitutionMethod) == null) {
          InsightsServiceGrpc.getListMicroCredentialsByInstitutionMethod = getListMicroCredentialsByInstitutionMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest, nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMicroCredentialsByInstitution"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new InsightsServiceMethodDescriptorSupplier("ListMicroCredentialsByInstitution"))
              .build();
        }
      }
    }
    return getListMicroCredentialsByInstitutionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListLearnersByMicroCredentialsRequest,
      nl.edubadges.v1.ListLearnersByMicroCredentialsResponse> getListLearnersByMicroCredentialsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListLearnersByMicroCredentials",
      requestType = nl.edubadges.v1.ListLearnersByMicroCredentialsRequest.class,
      responseType = nl.edubadges.v1.ListLearnersByMicroCredentialsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListLearnersByMicroCredentialsRequest,
      nl.edubadges.v1.ListLearnersByMicroCredentialsResponse> getListLearnersByMicroCredentialsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListLearnersByMicroCredentialsRequest, nl.edubadges.v1.ListLearnersByMicroCredentialsResponse> getListLearnersByMicroCredentialsMethod;
    if ((getListLearnersByMicroCredentialsMethod = InsightsServiceGrpc.getListLearnersByMicroCredentialsMethod) == null) {
      synchronized (InsightsServiceGrpc.class) {
        if ((getListLearnersByMicroCredentialsMethod = InsightsServiceGrpc.getListLearnersByMicroCredentialsMethod) == null) {
          InsightsServiceGrpc.getListLearnersByMicroCredentialsMethod = getListLearnersByMicroCredentialsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListLearnersByMicroCredentialsRequest, nl.edubadges.v1.ListLearnersByMicroCredentialsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListLearnersByMicroCredentials"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListLearnersByMicroCredentialsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListLearnersByMicroCredentialsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new InsightsServiceMethodDescriptorSupplier("ListLearnersByMicroCredentials"))
              .build();
        }
      }
    }
    return getListLearnersByMicroCredentialsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListSectorOverviewRequest,
      nl.edubadges.v1.ListSectorOverviewResponse> getListSectorOverviewMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSectorOverview",
      requestType = nl.edubadges.v1.ListSectorOverviewRequest.class,
      responseType = nl.edubadges.v1.ListSectorOverviewResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListSectorOverviewRequest,
      nl.edubadges.v1.ListSectorOverviewResponse> getListSectorOverviewMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListSectorOverviewRequest, nl.edubadges.v1.ListSectorOverviewResponse> getListSectorOverviewMethod;
    if ((getListSectorOverviewMethod = InsightsServiceGrpc.getListSectorOverviewMethod) == null) {
      synchronized (InsightsServiceGrpc.class) {
        if ((getListSectorOverviewMethod = InsightsServiceGrpc.getListSectorOverviewMethod) == null) {
          InsightsServiceGrpc.getListSectorOverviewMethod = getListSectorOverviewMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListSectorOverviewRequest, nl.edubadges.v1.ListSectorOverviewResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSectorOverview"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListSectorOverviewRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListSectorOverviewResponse.getDefaultInstance()))
              .setSchemaDescriptor(new InsightsServiceMethodDescriptorSupplier("ListSectorOverview"))
              .build();
        }
      }
    }
    return getListSectorOverviewMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetPublicStatisticsRequest,
      nl.edubadges.v1.PublicStatistics> getGetPublicStatisticsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPublicStatistics",
      requestType = nl.edubadges.v1.GetPublicStatisticsRequest.class,
      responseType = nl.edubadges.v1.PublicStatistics.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetPublicStatisticsRequest,
      nl.edubadges.v1.PublicStatistics> getGetPublicStatisticsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetPublicStatisticsRequest, nl.edubadges.v1.PublicStatistics> getGetPublicStatisticsMethod;
    if ((getGetPublicStatisticsMethod = InsightsServiceGrpc.getGetPublicStatisticsMethod) == null) {
      synchronized (InsightsServiceGrpc.class) {
        if ((getGetPublicStatisticsMethod = InsightsServiceGrpc.getGetPublicStatisticsMethod) == null) {
          InsightsServiceGrpc.getGetPublicStatisticsMethod = getGetPublicStatisticsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetPublicStatisticsRequest, nl.edubadges.v1.PublicStatistics>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPublicStatistics"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetPublicStatisticsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.PublicStatistics.getDefaultInstance()))
              .setSchemaDescriptor(new InsightsServiceMethodDescriptorSupplier("GetPublicStatistics"))
              .build();
        }
      }
    }
    return getGetPublicStatisticsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static InsightsServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<InsightsServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<InsightsServiceStub>() {
        @java.lang.Override
        public InsightsServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new InsightsServiceStub(channel, callOptions);
        }
      };
    return InsightsServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static InsightsServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<InsightsServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<InsightsServiceBlockingV2Stub>() {
        @java.lang.Override
        public InsightsServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new InsightsServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return InsightsServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static InsightsServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<InsightsServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<InsightsServiceBlockingStub>() {
        @java.lang.Override
        public InsightsServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new InsightsServiceBlockingStub(channel, callOptions);
        }
      };
    return InsightsServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static InsightsServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<InsightsServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<InsightsServiceFutureStub>() {
        @java.lang.Override
        public InsightsServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new InsightsServiceFutureStub(channel, callOptions);
        }
      };
    return InsightsServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Counts what institutions award: assertions, direct awards and badge requests, grouped
   * and filtered on the catalog's dimensions, plus the management queries of the teachers'
   * interface and the public statistics of the platform.
   * Definitions (every count below uses them):
   * * Month: the calendar month in Europe/Amsterdam of the moment an award was made. An
   *   assertion counts in the month it was issued (a claimed direct award is issued at the
   *   moment the direct award was created; an approved request at the moment of approval),
   *   a direct award in the month it was created, a badge request in the month it was made.
   * * Award source: where an award came from (staff in the user interface, a student
   *   information system, an alliance partner); an assertion has the source of its direct
   *   award's bundle, an approved request has AWARD_SOURCE_UI, and so does a badge request.
   * * Sector: the sector of the badge class's faculty when it has one (faculties of a combined
   *   HBO/MBO institution), otherwise the sector of its institution.
   * * Every assertion is in exactly one of four states: revoked (by staff); else rejected (by
   *   the learner); else expired (its expiry time is at or before the moment of the call);
   *   else in a backpack. An assertion in a backpack may still be unaccepted (an approved
   *   request the learner has not opened yet). Public: the learner made it public and it is
   *   not revoked.
   * * Every direct award is in exactly one state as of the moment of the call: scheduled (its
   *   bundle is not due yet); open (offered and claimable); claimed (the learner claimed it
   *   and the assertion is not revoked); revoked (claimed, and the assertion was revoked
   *   since); rejected (the learner declined it); expired (not claimed within 82 days of being
   *   offered); deleted (withdrawn, e.g. because the learner's request for the same badge
   *   class was approved). "Direct awards" (the total) counts the ones offered and not
   *   withdrawn: claimed + open + rejected + expired + revoked; scheduled and deleted ones are
   *   counted apart.
   * * Claim rate: claimed / (direct awards - revoked), from 0 to 1; absent when there is no
   *   such direct award.
   * * A badge request is pending, accepted (approved by staff; the assertion it gave is
   *   counted with the assertions, revoked or not), denied (by staff) or withdrawn (by the
   *   learner, or because a direct award of the same badge class was claimed).
   * * A learner holds a micro-credential while its assertion is in the learner's backpack.
   * * Learners with a backpack: every learner with an account on the platform (each has a
   *   backpack from the first sign-in).
   * Access: staff read their own institution (name it in the request); platform operators
   * read every institution and the whole platform (leave the institution empty). Numbers are
   * exact as of the call: the counters behind them are kept by the awarding statements
   * themselves, and what the passing of time changes (expiry, scheduled bundles) is brought
   * up to date by each call before it counts.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Counts assertions, direct awards and badge requests grouped by any combination of
     * dimensions (none: one row with the totals), filtered on the same dimensions and on a
     * range of months, with keyset paging. Rows with nothing counted are left out.
     * </pre>
     */
    default void queryInsights(nl.edubadges.v1.QueryInsightsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.QueryInsightsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getQueryInsightsMethod(), responseObserver);
    }

    /**
     * <pre>
     * The badge class overview: per badge class of an institution (or of every institution)
     * the numbers staff look at first, over all time, ordered by institution and badge class.
     * </pre>
     */
    default void listBadgeClassOverview(nl.edubadges.v1.ListBadgeClassOverviewRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListBadgeClassOverviewResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListBadgeClassOverviewMethod(), responseObserver);
    }

    /**
     * <pre>
     * Staff members per issuer with their role: for every issuer of the institution (or of
     * every institution), each staff member who may work on it and the membership that lets
     * them: the highest one in the tree (institution, faculty or issuer), or else each of
     * their memberships on a badge class of the issuer. Ordered by issuer, staff member and
     * membership ids. It shows names and e-mail addresses of staff, so it needs the right to
     * administrate users of the institution (like StaffService.ListStaffMembers).
     * </pre>
     */
    default void listIssuerStaff(nl.edubadges.v1.ListIssuerStaffRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListIssuerStaffResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListIssuerStaffMethod(), responseObserver);
    }

    /**
     * <pre>
     * Micro-credentials per institution: how many micro-credential badge classes an
     * institution has, how often they were awarded and how many are in backpacks.
     * </pre>
     */
    default void listMicroCredentialsByInstitution(nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMicroCredentialsByInstitutionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Learners by the number of micro-credentials they hold (of one institution, or of all
     * institutions together).
     * </pre>
     */
    default void listLearnersByMicroCredentials(nl.edubadges.v1.ListLearnersByMicroCredentialsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListLearnersByMicroCredentialsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListLearnersByMicroCredentialsMethod(), responseObserver);
    }

    /**
     * <pre>
     * The sector overview for platform operators: per institution, sector and badge class
     * type, the badges in backpacks and the claim rate.
     * </pre>
     */
    default void listSectorOverview(nl.edubadges.v1.ListSectorOverviewRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListSectorOverviewResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSectorOverviewMethod(), responseObserver);
    }

    /**
     * <pre>
     * The public statistics of the platform. Needs no authentication.
     * </pre>
     */
    default void getPublicStatistics(nl.edubadges.v1.GetPublicStatisticsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.PublicStatistics> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPublicStatisticsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service InsightsService.
   * <pre>
   * Counts what institutions award: assertions, direct awards and badge requests, grouped
   * and filtered on the catalog's dimensions, plus the management queries of the teachers'
   * interface and the public statistics of the platform.
   * Definitions (every count below uses them):
   * * Month: the calendar month in Europe/Amsterdam of the moment an award was made. An
   *   assertion counts in the month it was issued (a claimed direct award is issued at the
   *   moment the direct award was created; an approved request at the moment of approval),
   *   a direct award in the month it was created, a badge request in the month it was made.
   * * Award source: where an award came from (staff in the user interface, a student
   *   information system, an alliance partner); an assertion has the source of its direct
   *   award's bundle, an approved request has AWARD_SOURCE_UI, and so does a badge request.
   * * Sector: the sector of the badge class's faculty when it has one (faculties of a combined
   *   HBO/MBO institution), otherwise the sector of its institution.
   * * Every assertion is in exactly one of four states: revoked (by staff); else rejected (by
   *   the learner); else expired (its expiry time is at or before the moment of the call);
   *   else in a backpack. An assertion in a backpack may still be unaccepted (an approved
   *   request the learner has not opened yet). Public: the learner made it public and it is
   *   not revoked.
   * * Every direct award is in exactly one state as of the moment of the call: scheduled (its
   *   bundle is not due yet); open (offered and claimable); claimed (the learner claimed it
   *   and the assertion is not revoked); revoked (claimed, and the assertion was revoked
   *   since); rejected (the learner declined it); expired (not claimed within 82 days of being
   *   offered); deleted (withdrawn, e.g. because the learner's request for the same badge
   *   class was approved). "Direct awards" (the total) counts the ones offered and not
   *   withdrawn: claimed + open + rejected + expired + revoked; scheduled and deleted ones are
   *   counted apart.
   * * Claim rate: claimed / (direct awards - revoked), from 0 to 1; absent when there is no
   *   such direct award.
   * * A badge request is pending, accepted (approved by staff; the assertion it gave is
   *   counted with the assertions, revoked or not), denied (by staff) or withdrawn (by the
   *   learner, or because a direct award of the same badge class was claimed).
   * * A learner holds a micro-credential while its assertion is in the learner's backpack.
   * * Learners with a backpack: every learner with an account on the platform (each has a
   *   backpack from the first sign-in).
   * Access: staff read their own institution (name it in the request); platform operators
   * read every institution and the whole platform (leave the institution empty). Numbers are
   * exact as of the call: the counters behind them are kept by the awarding statements
   * themselves, and what the passing of time changes (expiry, scheduled bundles) is brought
   * up to date by each call before it counts.
   * </pre>
   */
  public static abstract class InsightsServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return InsightsServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service InsightsService.
   * <pre>
   * Counts what institutions award: assertions, direct awards and badge requests, grouped
   * and filtered on the catalog's dimensions, plus the management queries of the teachers'
   * interface and the public statistics of the platform.
   * Definitions (every count below uses them):
   * * Month: the calendar month in Europe/Amsterdam of the moment an award was made. An
   *   assertion counts in the month it was issued (a claimed direct award is issued at the
   *   moment the direct award was created; an approved request at the moment of approval),
   *   a direct award in the month it was created, a badge request in the month it was made.
   * * Award source: where an award came from (staff in the user interface, a student
   *   information system, an alliance partner); an assertion has the source of its direct
   *   award's bundle, an approved request has AWARD_SOURCE_UI, and so does a badge request.
   * * Sector: the sector of the badge class's faculty when it has one (faculties of a combined
   *   HBO/MBO institution), otherwise the sector of its institution.
   * * Every assertion is in exactly one of four states: revoked (by staff); else rejected (by
   *   the learner); else expired (its expiry time is at or before the moment of the call);
   *   else in a backpack. An assertion in a backpack may still be unaccepted (an approved
   *   request the learner has not opened yet). Public: the learner made it public and it is
   *   not revoked.
   * * Every direct award is in exactly one state as of the moment of the call: scheduled (its
   *   bundle is not due yet); open (offered and claimable); claimed (the learner claimed it
   *   and the assertion is not revoked); revoked (claimed, and the assertion was revoked
   *   since); rejected (the learner declined it); expired (not claimed within 82 days of being
   *   offered); deleted (withdrawn, e.g. because the learner's request for the same badge
   *   class was approved). "Direct awards" (the total) counts the ones offered and not
   *   withdrawn: claimed + open + rejected + expired + revoked; scheduled and deleted ones are
   *   counted apart.
   * * Claim rate: claimed / (direct awards - revoked), from 0 to 1; absent when there is no
   *   such direct award.
   * * A badge request is pending, accepted (approved by staff; the assertion it gave is
   *   counted with the assertions, revoked or not), denied (by staff) or withdrawn (by the
   *   learner, or because a direct award of the same badge class was claimed).
   * * A learner holds a micro-credential while its assertion is in the learner's backpack.
   * * Learners with a backpack: every learner with an account on the platform (each has a
   *   backpack from the first sign-in).
   * Access: staff read their own institution (name it in the request); platform operators
   * read every institution and the whole platform (leave the institution empty). Numbers are
   * exact as of the call: the counters behind them are kept by the awarding statements
   * themselves, and what the passing of time changes (expiry, scheduled bundles) is brought
   * up to date by each call before it counts.
   * </pre>
   */
  public static final class InsightsServiceStub
      extends io.grpc.stub.AbstractAsyncStub<InsightsServiceStub> {
    private InsightsServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected InsightsServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new InsightsServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Counts assertions, direct awards and badge requests grouped by any combination of
     * dimensions (none: one row with the totals), filtered on the same dimensions and on a
     * range of months, with keyset paging. Rows with nothing counted are left out.
     * </pre>
     */
    public void queryInsights(nl.edubadges.v1.QueryInsightsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.QueryInsightsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getQueryInsightsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The badge class overview: per badge class of an institution (or of every institution)
     * the numbers staff look at first, over all time, ordered by institution and badge class.
     * </pre>
     */
    public void listBadgeClassOverview(nl.edubadges.v1.ListBadgeClassOverviewRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListBadgeClassOverviewResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListBadgeClassOverviewMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Staff members per issuer with their role: for every issuer of the institution (or of
     * every institution), each staff member who may work on it and the membership that lets
     * them: the highest one in the tree (institution, faculty or issuer), or else each of
     * their memberships on a badge class of the issuer. Ordered by issuer, staff member and
     * membership ids. It shows names and e-mail addresses of staff, so it needs the right to
     * administrate users of the institution (like StaffService.ListStaffMembers).
     * </pre>
     */
    public void listIssuerStaff(nl.edubadges.v1.ListIssuerStaffRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListIssuerStaffResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListIssuerStaffMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Micro-credentials per institution: how many micro-credential badge classes an
     * institution has, how often they were awarded and how many are in backpacks.
     * </pre>
     */
    public void listMicroCredentialsByInstitution(nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMicroCredentialsByInstitutionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Learners by the number of micro-credentials they hold (of one institution, or of all
     * institutions together).
     * </pre>
     */
    public void listLearnersByMicroCredentials(nl.edubadges.v1.ListLearnersByMicroCredentialsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListLearnersByMicroCredentialsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListLearnersByMicroCredentialsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The sector overview for platform operators: per institution, sector and badge class
     * type, the badges in backpacks and the claim rate.
     * </pre>
     */
    public void listSectorOverview(nl.edubadges.v1.ListSectorOverviewRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListSectorOverviewResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSectorOverviewMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The public statistics of the platform. Needs no authentication.
     * </pre>
     */
    public void getPublicStatistics(nl.edubadges.v1.GetPublicStatisticsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.PublicStatistics> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPublicStatisticsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service InsightsService.
   * <pre>
   * Counts what institutions award: assertions, direct awards and badge requests, grouped
   * and filtered on the catalog's dimensions, plus the management queries of the teachers'
   * interface and the public statistics of the platform.
   * Definitions (every count below uses them):
   * * Month: the calendar month in Europe/Amsterdam of the moment an award was made. An
   *   assertion counts in the month it was issued (a claimed direct award is issued at the
   *   moment the direct award was created; an approved request at the moment of approval),
   *   a direct award in the month it was created, a badge request in the month it was made.
   * * Award source: where an award came from (staff in the user interface, a student
   *   information system, an alliance partner); an assertion has the source of its direct
   *   award's bundle, an approved request has AWARD_SOURCE_UI, and so does a badge request.
   * * Sector: the sector of the badge class's faculty when it has one (faculties of a combined
   *   HBO/MBO institution), otherwise the sector of its institution.
   * * Every assertion is in exactly one of four states: revoked (by staff); else rejected (by
   *   the learner); else expired (its expiry time is at or before the moment of the call);
   *   else in a backpack. An assertion in a backpack may still be unaccepted (an approved
   *   request the learner has not opened yet). Public: the learner made it public and it is
   *   not revoked.
   * * Every direct award is in exactly one state as of the moment of the call: scheduled (its
   *   bundle is not due yet); open (offered and claimable); claimed (the learner claimed it
   *   and the assertion is not revoked); revoked (claimed, and the assertion was revoked
   *   since); rejected (the learner declined it); expired (not claimed within 82 days of being
   *   offered); deleted (withdrawn, e.g. because the learner's request for the same badge
   *   class was approved). "Direct awards" (the total) counts the ones offered and not
   *   withdrawn: claimed + open + rejected + expired + revoked; scheduled and deleted ones are
   *   counted apart.
   * * Claim rate: claimed / (direct awards - revoked), from 0 to 1; absent when there is no
   *   such direct award.
   * * A badge request is pending, accepted (approved by staff; the assertion it gave is
   *   counted with the assertions, revoked or not), denied (by staff) or withdrawn (by the
   *   learner, or because a direct award of the same badge class was claimed).
   * * A learner holds a micro-credential while its assertion is in the learner's backpack.
   * * Learners with a backpack: every learner with an account on the platform (each has a
   *   backpack from the first sign-in).
   * Access: staff read their own institution (name it in the request); platform operators
   * read every institution and the whole platform (leave the institution empty). Numbers are
   * exact as of the call: the counters behind them are kept by the awarding statements
   * themselves, and what the passing of time changes (expiry, scheduled bundles) is brought
   * up to date by each call before it counts.
   * </pre>
   */
  public static final class InsightsServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<InsightsServiceBlockingV2Stub> {
    private InsightsServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected InsightsServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new InsightsServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Counts assertions, direct awards and badge requests grouped by any combination of
     * dimensions (none: one row with the totals), filtered on the same dimensions and on a
     * range of months, with keyset paging. Rows with nothing counted are left out.
     * </pre>
     */
    public nl.edubadges.v1.QueryInsightsResponse queryInsights(nl.edubadges.v1.QueryInsightsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getQueryInsightsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The badge class overview: per badge class of an institution (or of every institution)
     * the numbers staff look at first, over all time, ordered by institution and badge class.
     * </pre>
     */
    public nl.edubadges.v1.ListBadgeClassOverviewResponse listBadgeClassOverview(nl.edubadges.v1.ListBadgeClassOverviewRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListBadgeClassOverviewMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Staff members per issuer with their role: for every issuer of the institution (or of
     * every institution), each staff member who may work on it and the membership that lets
     * them: the highest one in the tree (institution, faculty or issuer), or else each of
     * their memberships on a badge class of the issuer. Ordered by issuer, staff member and
     * membership ids. It shows names and e-mail addresses of staff, so it needs the right to
     * administrate users of the institution (like StaffService.ListStaffMembers).
     * </pre>
     */
    public nl.edubadges.v1.ListIssuerStaffResponse listIssuerStaff(nl.edubadges.v1.ListIssuerStaffRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListIssuerStaffMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Micro-credentials per institution: how many micro-credential badge classes an
     * institution has, how often they were awarded and how many are in backpacks.
     * </pre>
     */
    public nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse listMicroCredentialsByInstitution(nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListMicroCredentialsByInstitutionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Learners by the number of micro-credentials they hold (of one institution, or of all
     * institutions together).
     * </pre>
     */
    public nl.edubadges.v1.ListLearnersByMicroCredentialsResponse listLearnersByMicroCredentials(nl.edubadges.v1.ListLearnersByMicroCredentialsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListLearnersByMicroCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The sector overview for platform operators: per institution, sector and badge class
     * type, the badges in backpacks and the claim rate.
     * </pre>
     */
    public nl.edubadges.v1.ListSectorOverviewResponse listSectorOverview(nl.edubadges.v1.ListSectorOverviewRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSectorOverviewMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The public statistics of the platform. Needs no authentication.
     * </pre>
     */
    public nl.edubadges.v1.PublicStatistics getPublicStatistics(nl.edubadges.v1.GetPublicStatisticsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPublicStatisticsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service InsightsService.
   * <pre>
   * Counts what institutions award: assertions, direct awards and badge requests, grouped
   * and filtered on the catalog's dimensions, plus the management queries of the teachers'
   * interface and the public statistics of the platform.
   * Definitions (every count below uses them):
   * * Month: the calendar month in Europe/Amsterdam of the moment an award was made. An
   *   assertion counts in the month it was issued (a claimed direct award is issued at the
   *   moment the direct award was created; an approved request at the moment of approval),
   *   a direct award in the month it was created, a badge request in the month it was made.
   * * Award source: where an award came from (staff in the user interface, a student
   *   information system, an alliance partner); an assertion has the source of its direct
   *   award's bundle, an approved request has AWARD_SOURCE_UI, and so does a badge request.
   * * Sector: the sector of the badge class's faculty when it has one (faculties of a combined
   *   HBO/MBO institution), otherwise the sector of its institution.
   * * Every assertion is in exactly one of four states: revoked (by staff); else rejected (by
   *   the learner); else expired (its expiry time is at or before the moment of the call);
   *   else in a backpack. An assertion in a backpack may still be unaccepted (an approved
   *   request the learner has not opened yet). Public: the learner made it public and it is
   *   not revoked.
   * * Every direct award is in exactly one state as of the moment of the call: scheduled (its
   *   bundle is not due yet); open (offered and claimable); claimed (the learner claimed it
   *   and the assertion is not revoked); revoked (claimed, and the assertion was revoked
   *   since); rejected (the learner declined it); expired (not claimed within 82 days of being
   *   offered); deleted (withdrawn, e.g. because the learner's request for the same badge
   *   class was approved). "Direct awards" (the total) counts the ones offered and not
   *   withdrawn: claimed + open + rejected + expired + revoked; scheduled and deleted ones are
   *   counted apart.
   * * Claim rate: claimed / (direct awards - revoked), from 0 to 1; absent when there is no
   *   such direct award.
   * * A badge request is pending, accepted (approved by staff; the assertion it gave is
   *   counted with the assertions, revoked or not), denied (by staff) or withdrawn (by the
   *   learner, or because a direct award of the same badge class was claimed).
   * * A learner holds a micro-credential while its assertion is in the learner's backpack.
   * * Learners with a backpack: every learner with an account on the platform (each has a
   *   backpack from the first sign-in).
   * Access: staff read their own institution (name it in the request); platform operators
   * read every institution and the whole platform (leave the institution empty). Numbers are
   * exact as of the call: the counters behind them are kept by the awarding statements
   * themselves, and what the passing of time changes (expiry, scheduled bundles) is brought
   * up to date by each call before it counts.
   * </pre>
   */
  public static final class InsightsServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<InsightsServiceBlockingStub> {
    private InsightsServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected InsightsServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new InsightsServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Counts assertions, direct awards and badge requests grouped by any combination of
     * dimensions (none: one row with the totals), filtered on the same dimensions and on a
     * range of months, with keyset paging. Rows with nothing counted are left out.
     * </pre>
     */
    public nl.edubadges.v1.QueryInsightsResponse queryInsights(nl.edubadges.v1.QueryInsightsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueryInsightsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The badge class overview: per badge class of an institution (or of every institution)
     * the numbers staff look at first, over all time, ordered by institution and badge class.
     * </pre>
     */
    public nl.edubadges.v1.ListBadgeClassOverviewResponse listBadgeClassOverview(nl.edubadges.v1.ListBadgeClassOverviewRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListBadgeClassOverviewMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Staff members per issuer with their role: for every issuer of the institution (or of
     * every institution), each staff member who may work on it and the membership that lets
     * them: the highest one in the tree (institution, faculty or issuer), or else each of
     * their memberships on a badge class of the issuer. Ordered by issuer, staff member and
     * membership ids. It shows names and e-mail addresses of staff, so it needs the right to
     * administrate users of the institution (like StaffService.ListStaffMembers).
     * </pre>
     */
    public nl.edubadges.v1.ListIssuerStaffResponse listIssuerStaff(nl.edubadges.v1.ListIssuerStaffRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListIssuerStaffMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Micro-credentials per institution: how many micro-credential badge classes an
     * institution has, how often they were awarded and how many are in backpacks.
     * </pre>
     */
    public nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse listMicroCredentialsByInstitution(nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMicroCredentialsByInstitutionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Learners by the number of micro-credentials they hold (of one institution, or of all
     * institutions together).
     * </pre>
     */
    public nl.edubadges.v1.ListLearnersByMicroCredentialsResponse listLearnersByMicroCredentials(nl.edubadges.v1.ListLearnersByMicroCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListLearnersByMicroCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The sector overview for platform operators: per institution, sector and badge class
     * type, the badges in backpacks and the claim rate.
     * </pre>
     */
    public nl.edubadges.v1.ListSectorOverviewResponse listSectorOverview(nl.edubadges.v1.ListSectorOverviewRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSectorOverviewMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The public statistics of the platform. Needs no authentication.
     * </pre>
     */
    public nl.edubadges.v1.PublicStatistics getPublicStatistics(nl.edubadges.v1.GetPublicStatisticsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPublicStatisticsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service InsightsService.
   * <pre>
   * Counts what institutions award: assertions, direct awards and badge requests, grouped
   * and filtered on the catalog's dimensions, plus the management queries of the teachers'
   * interface and the public statistics of the platform.
   * Definitions (every count below uses them):
   * * Month: the calendar month in Europe/Amsterdam of the moment an award was made. An
   *   assertion counts in the month it was issued (a claimed direct award is issued at the
   *   moment the direct award was created; an approved request at the moment of approval),
   *   a direct award in the month it was created, a badge request in the month it was made.
   * * Award source: where an award came from (staff in the user interface, a student
   *   information system, an alliance partner); an assertion has the source of its direct
   *   award's bundle, an approved request has AWARD_SOURCE_UI, and so does a badge request.
   * * Sector: the sector of the badge class's faculty when it has one (faculties of a combined
   *   HBO/MBO institution), otherwise the sector of its institution.
   * * Every assertion is in exactly one of four states: revoked (by staff); else rejected (by
   *   the learner); else expired (its expiry time is at or before the moment of the call);
   *   else in a backpack. An assertion in a backpack may still be unaccepted (an approved
   *   request the learner has not opened yet). Public: the learner made it public and it is
   *   not revoked.
   * * Every direct award is in exactly one state as of the moment of the call: scheduled (its
   *   bundle is not due yet); open (offered and claimable); claimed (the learner claimed it
   *   and the assertion is not revoked); revoked (claimed, and the assertion was revoked
   *   since); rejected (the learner declined it); expired (not claimed within 82 days of being
   *   offered); deleted (withdrawn, e.g. because the learner's request for the same badge
   *   class was approved). "Direct awards" (the total) counts the ones offered and not
   *   withdrawn: claimed + open + rejected + expired + revoked; scheduled and deleted ones are
   *   counted apart.
   * * Claim rate: claimed / (direct awards - revoked), from 0 to 1; absent when there is no
   *   such direct award.
   * * A badge request is pending, accepted (approved by staff; the assertion it gave is
   *   counted with the assertions, revoked or not), denied (by staff) or withdrawn (by the
   *   learner, or because a direct award of the same badge class was claimed).
   * * A learner holds a micro-credential while its assertion is in the learner's backpack.
   * * Learners with a backpack: every learner with an account on the platform (each has a
   *   backpack from the first sign-in).
   * Access: staff read their own institution (name it in the request); platform operators
   * read every institution and the whole platform (leave the institution empty). Numbers are
   * exact as of the call: the counters behind them are kept by the awarding statements
   * themselves, and what the passing of time changes (expiry, scheduled bundles) is brought
   * up to date by each call before it counts.
   * </pre>
   */
  public static final class InsightsServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<InsightsServiceFutureStub> {
    private InsightsServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected InsightsServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new InsightsServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Counts assertions, direct awards and badge requests grouped by any combination of
     * dimensions (none: one row with the totals), filtered on the same dimensions and on a
     * range of months, with keyset paging. Rows with nothing counted are left out.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.QueryInsightsResponse> queryInsights(
        nl.edubadges.v1.QueryInsightsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getQueryInsightsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The badge class overview: per badge class of an institution (or of every institution)
     * the numbers staff look at first, over all time, ordered by institution and badge class.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListBadgeClassOverviewResponse> listBadgeClassOverview(
        nl.edubadges.v1.ListBadgeClassOverviewRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListBadgeClassOverviewMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Staff members per issuer with their role: for every issuer of the institution (or of
     * every institution), each staff member who may work on it and the membership that lets
     * them: the highest one in the tree (institution, faculty or issuer), or else each of
     * their memberships on a badge class of the issuer. Ordered by issuer, staff member and
     * membership ids. It shows names and e-mail addresses of staff, so it needs the right to
     * administrate users of the institution (like StaffService.ListStaffMembers).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListIssuerStaffResponse> listIssuerStaff(
        nl.edubadges.v1.ListIssuerStaffRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListIssuerStaffMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Micro-credentials per institution: how many micro-credential badge classes an
     * institution has, how often they were awarded and how many are in backpacks.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse> listMicroCredentialsByInstitution(
        nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMicroCredentialsByInstitutionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Learners by the number of micro-credentials they hold (of one institution, or of all
     * institutions together).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListLearnersByMicroCredentialsResponse> listLearnersByMicroCredentials(
        nl.edubadges.v1.ListLearnersByMicroCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListLearnersByMicroCredentialsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The sector overview for platform operators: per institution, sector and badge class
     * type, the badges in backpacks and the claim rate.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListSectorOverviewResponse> listSectorOverview(
        nl.edubadges.v1.ListSectorOverviewRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSectorOverviewMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The public statistics of the platform. Needs no authentication.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.PublicStatistics> getPublicStatistics(
        nl.edubadges.v1.GetPublicStatisticsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPublicStatisticsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_QUERY_INSIGHTS = 0;
  private static final int METHODID_LIST_BADGE_CLASS_OVERVIEW = 1;
  private static final int METHODID_LIST_ISSUER_STAFF = 2;
  private static final int METHODID_LIST_MICRO_CREDENTIALS_BY_INSTITUTION = 3;
  private static final int METHODID_LIST_LEARNERS_BY_MICRO_CREDENTIALS = 4;
  private static final int METHODID_LIST_SECTOR_OVERVIEW = 5;
  private static final int METHODID_GET_PUBLIC_STATISTICS = 6;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_QUERY_INSIGHTS:
          serviceImpl.queryInsights((nl.edubadges.v1.QueryInsightsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.QueryInsightsResponse>) responseObserver);
          break;
        case METHODID_LIST_BADGE_CLASS_OVERVIEW:
          serviceImpl.listBadgeClassOverview((nl.edubadges.v1.ListBadgeClassOverviewRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListBadgeClassOverviewResponse>) responseObserver);
          break;
        case METHODID_LIST_ISSUER_STAFF:
          serviceImpl.listIssuerStaff((nl.edubadges.v1.ListIssuerStaffRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListIssuerStaffResponse>) responseObserver);
          break;
        case METHODID_LIST_MICRO_CREDENTIALS_BY_INSTITUTION:
          serviceImpl.listMicroCredentialsByInstitution((nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse>) responseObserver);
          break;
        case METHODID_LIST_LEARNERS_BY_MICRO_CREDENTIALS:
          serviceImpl.listLearnersByMicroCredentials((nl.edubadges.v1.ListLearnersByMicroCredentialsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListLearnersByMicroCredentialsResponse>) responseObserver);
          break;
        case METHODID_LIST_SECTOR_OVERVIEW:
          serviceImpl.listSectorOverview((nl.edubadges.v1.ListSectorOverviewRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListSectorOverviewResponse>) responseObserver);
          break;
        case METHODID_GET_PUBLIC_STATISTICS:
          serviceImpl.getPublicStatistics((nl.edubadges.v1.GetPublicStatisticsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.PublicStatistics>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getQueryInsightsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.QueryInsightsRequest,
              nl.edubadges.v1.QueryInsightsResponse>(
                service, METHODID_QUERY_INSIGHTS)))
        .addMethod(
          getListBadgeClassOverviewMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListBadgeClassOverviewRequest,
              nl.edubadges.v1.ListBadgeClassOverviewResponse>(
                service, METHODID_LIST_BADGE_CLASS_OVERVIEW)))
        .addMethod(
          getListIssuerStaffMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListIssuerStaffRequest,
              nl.edubadges.v1.ListIssuerStaffResponse>(
                service, METHODID_LIST_ISSUER_STAFF)))
        .addMethod(
          getListMicroCredentialsByInstitutionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListMicroCredentialsByInstitutionRequest,
              nl.edubadges.v1.ListMicroCredentialsByInstitutionResponse>(
                service, METHODID_LIST_MICRO_CREDENTIALS_BY_INSTITUTION)))
        .addMethod(
          getListLearnersByMicroCredentialsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListLearnersByMicroCredentialsRequest,
              nl.edubadges.v1.ListLearnersByMicroCredentialsResponse>(
                service, METHODID_LIST_LEARNERS_BY_MICRO_CREDENTIALS)))
        .addMethod(
          getListSectorOverviewMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListSectorOverviewRequest,
              nl.edubadges.v1.ListSectorOverviewResponse>(
                service, METHODID_LIST_SECTOR_OVERVIEW)))
        .addMethod(
          getGetPublicStatisticsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetPublicStatisticsRequest,
              nl.edubadges.v1.PublicStatistics>(
                service, METHODID_GET_PUBLIC_STATISTICS)))
        .build();
  }

  private static abstract class InsightsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    InsightsServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.InsightsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("InsightsService");
    }
  }

  private static final class InsightsServiceFileDescriptorSupplier
      extends InsightsServiceBaseDescriptorSupplier {
    InsightsServiceFileDescriptorSupplier() {}
  }

  private static final class InsightsServiceMethodDescriptorSupplier
      extends InsightsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    InsightsServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (InsightsServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new InsightsServiceFileDescriptorSupplier())
              .addMethod(getQueryInsightsMethod())
              .addMethod(getListBadgeClassOverviewMethod())
              .addMethod(getListIssuerStaffMethod())
              .addMethod(getListMicroCredentialsByInstitutionMethod())
              .addMethod(getListLearnersByMicroCredentialsMethod())
              .addMethod(getListSectorOverviewMethod())
              .addMethod(getGetPublicStatisticsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
