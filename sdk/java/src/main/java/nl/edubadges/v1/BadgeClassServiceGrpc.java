package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages badge classes.
 * Required fields. A draft needs only display_name and course_language. A published badge
 * class also needs description, criteria and image, and by type:
 * * micro-credential: the institution has micro_credentials_enabled (also for drafts; a
 *   micro-credential made while it was enabled stays editable when it is turned off);
 *   learning_outcomes, eqf_level, at least one assessment type and one participation
 *   form, quality_assurance (name, url and description; on create an empty one is filled
 *   with the framework of the sector); HBO/WO: ects or time_investment_hours; MBO:
 *   study_load_hours;
 * * regular: learning_outcomes, eqf_level, at least one education programme identifier;
 *   MBO: study_load_hours;
 * * extra-curricular: nothing more.
 * The sector is the faculty's for an HBO/MBO institution, else the institution's.
 * One INVALID_ARGUMENT lists every missing or bad field at once.
 * Edit after award. Once a badge class has an unrevoked assertion, only these fields may
 * change: narrative_required, evidence_required, narrative_student_required,
 * evidence_student_required, award_non_validated_name_allowed, direct_awarding_disabled,
 * self_enrollment_disabled, alignments, expiration_period, stackability,
 * stackable_towards, grade_achieved, eqf_level_verified and tags; assessment_types,
 * participation_forms, supervision, quality_assurance and learning_outcomes may be filled
 * in only while they are empty. Changing any other field fails with FAILED_PRECONDITION
 * naming it.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class BadgeClassServiceGrpc {

  private BadgeClassServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.BadgeClassService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.CreateBadgeClassRequest,
      nl.edubadges.v1.BadgeClass> getCreateBadgeClassMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateBadgeClass",
      requestType = nl.edubadges.v1.CreateBadgeClassRequest.class,
      responseType = nl.edubadges.v1.BadgeClass.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.CreateBadgeClassRequest,
      nl.edubadges.v1.BadgeClass> getCreateBadgeClassMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.CreateBadgeClassRequest, nl.edubadges.v1.BadgeClass> getCreateBadgeClassMethod;
    if ((getCreateBadgeClassMethod = BadgeClassServiceGrpc.getCreateBadgeClassMethod) == null) {
      synchronized (BadgeClassServiceGrpc.class) {
        if ((getCreateBadgeClassMethod = BadgeClassServiceGrpc.getCreateBadgeClassMethod) == null) {
          BadgeClassServiceGrpc.getCreateBadgeClassMethod = getCreateBadgeClassMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.CreateBadgeClassRequest, nl.edubadges.v1.BadgeClass>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateBadgeClass"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.CreateBadgeClassRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.BadgeClass.getDefaultInstance()))
              .setSchemaDescriptor(new BadgeClassServiceMethodDescriptorSupplier("CreateBadgeClass"))
              .build();
        }
      }
    }
    return getCreateBadgeClassMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetBadgeClassRequest,
      nl.edubadges.v1.BadgeClass> getGetBadgeClassMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBadgeClass",
      requestType = nl.edubadges.v1.GetBadgeClassRequest.class,
      responseType = nl.edubadges.v1.BadgeClass.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetBadgeClassRequest,
      nl.edubadges.v1.BadgeClass> getGetBadgeClassMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetBadgeClassRequest, nl.edubadges.v1.BadgeClass> getGetBadgeClassMethod;
    if ((getGetBadgeClassMethod = BadgeClassServiceGrpc.getGetBadgeClassMethod) == null) {
      synchronized (BadgeClassServiceGrpc.class) {
        if ((getGetBadgeClassMethod = BadgeClassServiceGrpc.getGetBadgeClassMethod) == null) {
          BadgeClassServiceGrpc.getGetBadgeClassMethod = getGetBadgeClassMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetBadgeClassRequest, nl.edubadges.v1.BadgeClass>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBadgeClass"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetBadgeClassRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.BadgeClass.getDefaultInstance()))
              .setSchemaDescriptor(new BadgeClassServiceMethodDescriptorSupplier("GetBadgeClass"))
              .build();
        }
      }
    }
    return getGetBadgeClassMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListBadgeClassesRequest,
      nl.edubadges.v1.ListBadgeClassesResponse> getListBadgeClassesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListBadgeClasses",
      requestType = nl.edubadges.v1.ListBadgeClassesRequest.class,
      responseType = nl.edubadges.v1.ListBadgeClassesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListBadgeClassesRequest,
      nl.edubadges.v1.ListBadgeClassesResponse> getListBadgeClassesMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListBadgeClassesRequest, nl.edubadges.v1.ListBadgeClassesResponse> getListBadgeClassesMethod;
    if ((getListBadgeClassesMethod = BadgeClassServiceGrpc.getListBadgeClassesMethod) == null) {
      synchronized (BadgeClassServiceGrpc.class) {
        if ((getListBadgeClassesMethod = BadgeClassServiceGrpc.getListBadgeClassesMethod) == null) {
          BadgeClassServiceGrpc.getListBadgeClassesMethod = getListBadgeClassesMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListBadgeClassesRequest, nl.edubadges.v1.ListBadgeClassesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListBadgeClasses"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListBadgeClassesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListBadgeClassesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new BadgeClassServiceMethodDescriptorSupplier("ListBadgeClasses"))
              .build();
        }
      }
    }
    return getListBadgeClassesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateBadgeClassRequest,
      nl.edubadges.v1.BadgeClass> getUpdateBadgeClassMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateBadgeClass",
      requestType = nl.edubadges.v1.UpdateBadgeClassRequest.class,
      responseType = nl.edubadges.v1.BadgeClass.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateBadgeClassRequest,
      nl.edubadges.v1.BadgeClass> getUpdateBadgeClassMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateBadgeClassRequest, nl.edubadges.v1.BadgeClass> getUpdateBadgeClassMethod;
    if ((getUpdateBadgeClassMethod = BadgeClassServiceGrpc.getUpdateBadgeClassMethod) == null) {
      synchronized (BadgeClassServiceGrpc.class) {
        if ((getUpdateBadgeClassMethod = BadgeClassServiceGrpc.getUpdateBadgeClassMethod) == null) {
          BadgeClassServiceGrpc.getUpdateBadgeClassMethod = getUpdateBadgeClassMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.UpdateBadgeClassRequest, nl.edubadges.v1.BadgeClass>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateBadgeClass"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.UpdateBadgeClassRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.BadgeClass.getDefaultInstance()))
              .setSchemaDescriptor(new BadgeClassServiceMethodDescriptorSupplier("UpdateBadgeClass"))
              .build();
        }
      }
    }
    return getUpdateBadgeClassMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveBadgeClassRequest,
      nl.edubadges.v1.BadgeClass> getArchiveBadgeClassMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ArchiveBadgeClass",
      requestType = nl.edubadges.v1.ArchiveBadgeClassRequest.class,
      responseType = nl.edubadges.v1.BadgeClass.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveBadgeClassRequest,
      nl.edubadges.v1.BadgeClass> getArchiveBadgeClassMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveBadgeClassRequest, nl.edubadges.v1.BadgeClass> getArchiveBadgeClassMethod;
    if ((getArchiveBadgeClassMethod = BadgeClassServiceGrpc.getArchiveBadgeClassMethod) == null) {
      synchronized (BadgeClassServiceGrpc.class) {
        if ((getArchiveBadgeClassMethod = BadgeClassServiceGrpc.getArchiveBadgeClassMethod) == null) {
          BadgeClassServiceGrpc.getArchiveBadgeClassMethod = getArchiveBadgeClassMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ArchiveBadgeClassRequest, nl.edubadges.v1.BadgeClass>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ArchiveBadgeClass"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ArchiveBadgeClassRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.BadgeClass.getDefaultInstance()))
              .setSchemaDescriptor(new BadgeClassServiceMethodDescriptorSupplier("ArchiveBadgeClass"))
              .build();
        }
      }
    }
    return getArchiveBadgeClassMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteBadgeClassRequest,
      nl.edubadges.v1.DeleteBadgeClassResponse> getDeleteBadgeClassMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteBadgeClass",
      requestType = nl.edubadges.v1.DeleteBadgeClassRequest.class,
      responseType = nl.edubadges.v1.DeleteBadgeClassResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteBadgeClassRequest,
      nl.edubadges.v1.DeleteBadgeClassResponse> getDeleteBadgeClassMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteBadgeClassRequest, nl.edubadges.v1.DeleteBadgeClassResponse> getDeleteBadgeClassMethod;
    if ((getDeleteBadgeClassMethod = BadgeClassServiceGrpc.getDeleteBadgeClassMethod) == null) {
      synchronized (BadgeClassServiceGrpc.class) {
        if ((getDeleteBadgeClassMethod = BadgeClassServiceGrpc.getDeleteBadgeClassMethod) == null) {
          BadgeClassServiceGrpc.getDeleteBadgeClassMethod = getDeleteBadgeClassMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.DeleteBadgeClassRequest, nl.edubadges.v1.DeleteBadgeClassResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteBadgeClass"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DeleteBadgeClassRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DeleteBadgeClassResponse.getDefaultInstance()))
              .setSchemaDescriptor(new BadgeClassServiceMethodDescriptorSupplier("DeleteBadgeClass"))
              .build();
        }
      }
    }
    return getDeleteBadgeClassMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static BadgeClassServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BadgeClassServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BadgeClassServiceStub>() {
        @java.lang.Override
        public BadgeClassServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BadgeClassServiceStub(channel, callOptions);
        }
      };
    return BadgeClassServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static BadgeClassServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BadgeClassServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BadgeClassServiceBlockingV2Stub>() {
        @java.lang.Override
        public BadgeClassServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BadgeClassServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return BadgeClassServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static BadgeClassServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BadgeClassServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BadgeClassServiceBlockingStub>() {
        @java.lang.Override
        public BadgeClassServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BadgeClassServiceBlockingStub(channel, callOptions);
        }
      };
    return BadgeClassServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static BadgeClassServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BadgeClassServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BadgeClassServiceFutureStub>() {
        @java.lang.Override
        public BadgeClassServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BadgeClassServiceFutureStub(channel, callOptions);
        }
      };
    return BadgeClassServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages badge classes.
   * Required fields. A draft needs only display_name and course_language. A published badge
   * class also needs description, criteria and image, and by type:
   * * micro-credential: the institution has micro_credentials_enabled (also for drafts; a
   *   micro-credential made while it was enabled stays editable when it is turned off);
   *   learning_outcomes, eqf_level, at least one assessment type and one participation
   *   form, quality_assurance (name, url and description; on create an empty one is filled
   *   with the framework of the sector); HBO/WO: ects or time_investment_hours; MBO:
   *   study_load_hours;
   * * regular: learning_outcomes, eqf_level, at least one education programme identifier;
   *   MBO: study_load_hours;
   * * extra-curricular: nothing more.
   * The sector is the faculty's for an HBO/MBO institution, else the institution's.
   * One INVALID_ARGUMENT lists every missing or bad field at once.
   * Edit after award. Once a badge class has an unrevoked assertion, only these fields may
   * change: narrative_required, evidence_required, narrative_student_required,
   * evidence_student_required, award_non_validated_name_allowed, direct_awarding_disabled,
   * self_enrollment_disabled, alignments, expiration_period, stackability,
   * stackable_towards, grade_achieved, eqf_level_verified and tags; assessment_types,
   * participation_forms, supervision, quality_assurance and learning_outcomes may be filled
   * in only while they are empty. Changing any other field fails with FAILED_PRECONDITION
   * naming it.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a badge class under an active issuer.
     * </pre>
     */
    default void createBadgeClass(nl.edubadges.v1.CreateBadgeClassRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeClass> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateBadgeClassMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets one badge class by resource name.
     * </pre>
     */
    default void getBadgeClass(nl.edubadges.v1.GetBadgeClassRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeClass> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBadgeClassMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists badge classes of an institution, faculty or issuer in the order they were
     * created, filtered by tag, type and state, with keyset paging. Fails with NOT_FOUND
     * when the parent does not exist.
     * </pre>
     */
    default void listBadgeClasses(nl.edubadges.v1.ListBadgeClassesRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListBadgeClassesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListBadgeClassesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask (see the edit-after-award rule). With an
     * etag, fails with ABORTED when the badge class changed since that etag was read.
     * Publishing is an update of draft to false, checked against the published rules.
     * </pre>
     */
    default void updateBadgeClass(nl.edubadges.v1.UpdateBadgeClassRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeClass> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateBadgeClassMethod(), responseObserver);
    }

    /**
     * <pre>
     * Archives a badge class: it stays readable and verifiable but cannot be awarded.
     * </pre>
     */
    default void archiveBadgeClass(nl.edubadges.v1.ArchiveBadgeClassRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeClass> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getArchiveBadgeClassMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a badge class that was never awarded; otherwise fails with
     * FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    default void deleteBadgeClass(nl.edubadges.v1.DeleteBadgeClassRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteBadgeClassResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteBadgeClassMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service BadgeClassService.
   * <pre>
   * Manages badge classes.
   * Required fields. A draft needs only display_name and course_language. A published badge
   * class also needs description, criteria and image, and by type:
   * * micro-credential: the institution has micro_credentials_enabled (also for drafts; a
   *   micro-credential made while it was enabled stays editable when it is turned off);
   *   learning_outcomes, eqf_level, at least one assessment type and one participation
   *   form, quality_assurance (name, url and description; on create an empty one is filled
   *   with the framework of the sector); HBO/WO: ects or time_investment_hours; MBO:
   *   study_load_hours;
   * * regular: learning_outcomes, eqf_level, at least one education programme identifier;
   *   MBO: study_load_hours;
   * * extra-curricular: nothing more.
   * The sector is the faculty's for an HBO/MBO institution, else the institution's.
   * One INVALID_ARGUMENT lists every missing or bad field at once.
   * Edit after award. Once a badge class has an unrevoked assertion, only these fields may
   * change: narrative_required, evidence_required, narrative_student_required,
   * evidence_student_required, award_non_validated_name_allowed, direct_awarding_disabled,
   * self_enrollment_disabled, alignments, expiration_period, stackability,
   * stackable_towards, grade_achieved, eqf_level_verified and tags; assessment_types,
   * participation_forms, supervision, quality_assurance and learning_outcomes may be filled
   * in only while they are empty. Changing any other field fails with FAILED_PRECONDITION
   * naming it.
   * </pre>
   */
  public static abstract class BadgeClassServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return BadgeClassServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service BadgeClassService.
   * <pre>
   * Manages badge classes.
   * Required fields. A draft needs only display_name and course_language. A published badge
   * class also needs description, criteria and image, and by type:
   * * micro-credential: the institution has micro_credentials_enabled (also for drafts; a
   *   micro-credential made while it was enabled stays editable when it is turned off);
   *   learning_outcomes, eqf_level, at least one assessment type and one participation
   *   form, quality_assurance (name, url and description; on create an empty one is filled
   *   with the framework of the sector); HBO/WO: ects or time_investment_hours; MBO:
   *   study_load_hours;
   * * regular: learning_outcomes, eqf_level, at least one education programme identifier;
   *   MBO: study_load_hours;
   * * extra-curricular: nothing more.
   * The sector is the faculty's for an HBO/MBO institution, else the institution's.
   * One INVALID_ARGUMENT lists every missing or bad field at once.
   * Edit after award. Once a badge class has an unrevoked assertion, only these fields may
   * change: narrative_required, evidence_required, narrative_student_required,
   * evidence_student_required, award_non_validated_name_allowed, direct_awarding_disabled,
   * self_enrollment_disabled, alignments, expiration_period, stackability,
   * stackable_towards, grade_achieved, eqf_level_verified and tags; assessment_types,
   * participation_forms, supervision, quality_assurance and learning_outcomes may be filled
   * in only while they are empty. Changing any other field fails with FAILED_PRECONDITION
   * naming it.
   * </pre>
   */
  public static final class BadgeClassServiceStub
      extends io.grpc.stub.AbstractAsyncStub<BadgeClassServiceStub> {
    private BadgeClassServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BadgeClassServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BadgeClassServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a badge class under an active issuer.
     * </pre>
     */
    public void createBadgeClass(nl.edubadges.v1.CreateBadgeClassRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeClass> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateBadgeClassMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets one badge class by resource name.
     * </pre>
     */
    public void getBadgeClass(nl.edubadges.v1.GetBadgeClassRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeClass> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBadgeClassMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists badge classes of an institution, faculty or issuer in the order they were
     * created, filtered by tag, type and state, with keyset paging. Fails with NOT_FOUND
     * when the parent does not exist.
     * </pre>
     */
    public void listBadgeClasses(nl.edubadges.v1.ListBadgeClassesRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListBadgeClassesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListBadgeClassesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask (see the edit-after-award rule). With an
     * etag, fails with ABORTED when the badge class changed since that etag was read.
     * Publishing is an update of draft to false, checked against the published rules.
     * </pre>
     */
    public void updateBadgeClass(nl.edubadges.v1.UpdateBadgeClassRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeClass> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateBadgeClassMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Archives a badge class: it stays readable and verifiable but cannot be awarded.
     * </pre>
     */
    public void archiveBadgeClass(nl.edubadges.v1.ArchiveBadgeClassRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeClass> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getArchiveBadgeClassMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a badge class that was never awarded; otherwise fails with
     * FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public void deleteBadgeClass(nl.edubadges.v1.DeleteBadgeClassRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteBadgeClassResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteBadgeClassMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service BadgeClassService.
   * <pre>
   * Manages badge classes.
   * Required fields. A draft needs only display_name and course_language. A published badge
   * class also needs description, criteria and image, and by type:
   * * micro-credential: the institution has micro_credentials_enabled (also for drafts; a
   *   micro-credential made while it was enabled stays editable when it is turned off);
   *   learning_outcomes, eqf_level, at least one assessment type and one participation
   *   form, quality_assurance (name, url and description; on create an empty one is filled
   *   with the framework of the sector); HBO/WO: ects or time_investment_hours; MBO:
   *   study_load_hours;
   * * regular: learning_outcomes, eqf_level, at least one education programme identifier;
   *   MBO: study_load_hours;
   * * extra-curricular: nothing more.
   * The sector is the faculty's for an HBO/MBO institution, else the institution's.
   * One INVALID_ARGUMENT lists every missing or bad field at once.
   * Edit after award. Once a badge class has an unrevoked assertion, only these fields may
   * change: narrative_required, evidence_required, narrative_student_required,
   * evidence_student_required, award_non_validated_name_allowed, direct_awarding_disabled,
   * self_enrollment_disabled, alignments, expiration_period, stackability,
   * stackable_towards, grade_achieved, eqf_level_verified and tags; assessment_types,
   * participation_forms, supervision, quality_assurance and learning_outcomes may be filled
   * in only while they are empty. Changing any other field fails with FAILED_PRECONDITION
   * naming it.
   * </pre>
   */
  public static final class BadgeClassServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<BadgeClassServiceBlockingV2Stub> {
    private BadgeClassServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BadgeClassServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BadgeClassServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a badge class under an active issuer.
     * </pre>
     */
    public nl.edubadges.v1.BadgeClass createBadgeClass(nl.edubadges.v1.CreateBadgeClassRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateBadgeClassMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one badge class by resource name.
     * </pre>
     */
    public nl.edubadges.v1.BadgeClass getBadgeClass(nl.edubadges.v1.GetBadgeClassRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetBadgeClassMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists badge classes of an institution, faculty or issuer in the order they were
     * created, filtered by tag, type and state, with keyset paging. Fails with NOT_FOUND
     * when the parent does not exist.
     * </pre>
     */
    public nl.edubadges.v1.ListBadgeClassesResponse listBadgeClasses(nl.edubadges.v1.ListBadgeClassesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListBadgeClassesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask (see the edit-after-award rule). With an
     * etag, fails with ABORTED when the badge class changed since that etag was read.
     * Publishing is an update of draft to false, checked against the published rules.
     * </pre>
     */
    public nl.edubadges.v1.BadgeClass updateBadgeClass(nl.edubadges.v1.UpdateBadgeClassRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateBadgeClassMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Archives a badge class: it stays readable and verifiable but cannot be awarded.
     * </pre>
     */
    public nl.edubadges.v1.BadgeClass archiveBadgeClass(nl.edubadges.v1.ArchiveBadgeClassRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getArchiveBadgeClassMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a badge class that was never awarded; otherwise fails with
     * FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public nl.edubadges.v1.DeleteBadgeClassResponse deleteBadgeClass(nl.edubadges.v1.DeleteBadgeClassRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteBadgeClassMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service BadgeClassService.
   * <pre>
   * Manages badge classes.
   * Required fields. A draft needs only display_name and course_language. A published badge
   * class also needs description, criteria and image, and by type:
   * * micro-credential: the institution has micro_credentials_enabled (also for drafts; a
   *   micro-credential made while it was enabled stays editable when it is turned off);
   *   learning_outcomes, eqf_level, at least one assessment type and one participation
   *   form, quality_assurance (name, url and description; on create an empty one is filled
   *   with the framework of the sector); HBO/WO: ects or time_investment_hours; MBO:
   *   study_load_hours;
   * * regular: learning_outcomes, eqf_level, at least one education programme identifier;
   *   MBO: study_load_hours;
   * * extra-curricular: nothing more.
   * The sector is the faculty's for an HBO/MBO institution, else the institution's.
   * One INVALID_ARGUMENT lists every missing or bad field at once.
   * Edit after award. Once a badge class has an unrevoked assertion, only these fields may
   * change: narrative_required, evidence_required, narrative_student_required,
   * evidence_student_required, award_non_validated_name_allowed, direct_awarding_disabled,
   * self_enrollment_disabled, alignments, expiration_period, stackability,
   * stackable_towards, grade_achieved, eqf_level_verified and tags; assessment_types,
   * participation_forms, supervision, quality_assurance and learning_outcomes may be filled
   * in only while they are empty. Changing any other field fails with FAILED_PRECONDITION
   * naming it.
   * </pre>
   */
  public static final class BadgeClassServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<BadgeClassServiceBlockingStub> {
    private BadgeClassServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BadgeClassServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BadgeClassServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a badge class under an active issuer.
     * </pre>
     */
    public nl.edubadges.v1.BadgeClass createBadgeClass(nl.edubadges.v1.CreateBadgeClassRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateBadgeClassMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one badge class by resource name.
     * </pre>
     */
    public nl.edubadges.v1.BadgeClass getBadgeClass(nl.edubadges.v1.GetBadgeClassRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBadgeClassMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists badge classes of an institution, faculty or issuer in the order they were
     * created, filtered by tag, type and state, with keyset paging. Fails with NOT_FOUND
     * when the parent does not exist.
     * </pre>
     */
    public nl.edubadges.v1.ListBadgeClassesResponse listBadgeClasses(nl.edubadges.v1.ListBadgeClassesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListBadgeClassesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask (see the edit-after-award rule). With an
     * etag, fails with ABORTED when the badge class changed since that etag was read.
     * Publishing is an update of draft to false, checked against the published rules.
     * </pre>
     */
    public nl.edubadges.v1.BadgeClass updateBadgeClass(nl.edubadges.v1.UpdateBadgeClassRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateBadgeClassMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Archives a badge class: it stays readable and verifiable but cannot be awarded.
     * </pre>
     */
    public nl.edubadges.v1.BadgeClass archiveBadgeClass(nl.edubadges.v1.ArchiveBadgeClassRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getArchiveBadgeClassMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a badge class that was never awarded; otherwise fails with
     * FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public nl.edubadges.v1.DeleteBadgeClassResponse deleteBadgeClass(nl.edubadges.v1.DeleteBadgeClassRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteBadgeClassMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service BadgeClassService.
   * <pre>
   * Manages badge classes.
   * Required fields. A draft needs only display_name and course_language. A published badge
   * class also needs description, criteria and image, and by type:
   * * micro-credential: the institution has micro_credentials_enabled (also for drafts; a
   *   micro-credential made while it was enabled stays editable when it is turned off);
   *   learning_outcomes, eqf_level, at least one assessment type and one participation
   *   form, quality_assurance (name, url and description; on create an empty one is filled
   *   with the framework of the sector); HBO/WO: ects or time_investment_hours; MBO:
   *   study_load_hours;
   * * regular: learning_outcomes, eqf_level, at least one education programme identifier;
   *   MBO: study_load_hours;
   * * extra-curricular: nothing more.
   * The sector is the faculty's for an HBO/MBO institution, else the institution's.
   * One INVALID_ARGUMENT lists every missing or bad field at once.
   * Edit after award. Once a badge class has an unrevoked assertion, only these fields may
   * change: narrative_required, evidence_required, narrative_student_required,
   * evidence_student_required, award_non_validated_name_allowed, direct_awarding_disabled,
   * self_enrollment_disabled, alignments, expiration_period, stackability,
   * stackable_towards, grade_achieved, eqf_level_verified and tags; assessment_types,
   * participation_forms, supervision, quality_assurance and learning_outcomes may be filled
   * in only while they are empty. Changing any other field fails with FAILED_PRECONDITION
   * naming it.
   * </pre>
   */
  public static final class BadgeClassServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<BadgeClassServiceFutureStub> {
    private BadgeClassServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BadgeClassServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BadgeClassServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a badge class under an active issuer.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.BadgeClass> createBadgeClass(
        nl.edubadges.v1.CreateBadgeClassRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateBadgeClassMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets one badge class by resource name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.BadgeClass> getBadgeClass(
        nl.edubadges.v1.GetBadgeClassRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBadgeClassMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists badge classes of an institution, faculty or issuer in the order they were
     * created, filtered by tag, type and state, with keyset paging. Fails with NOT_FOUND
     * when the parent does not exist.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListBadgeClassesResponse> listBadgeClasses(
        nl.edubadges.v1.ListBadgeClassesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListBadgeClassesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask (see the edit-after-award rule). With an
     * etag, fails with ABORTED when the badge class changed since that etag was read.
     * Publishing is an update of draft to false, checked against the published rules.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.BadgeClass> updateBadgeClass(
        nl.edubadges.v1.UpdateBadgeClassRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateBadgeClassMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Archives a badge class: it stays readable and verifiable but cannot be awarded.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.BadgeClass> archiveBadgeClass(
        nl.edubadges.v1.ArchiveBadgeClassRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getArchiveBadgeClassMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a badge class that was never awarded; otherwise fails with
     * FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.DeleteBadgeClassResponse> deleteBadgeClass(
        nl.edubadges.v1.DeleteBadgeClassRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteBadgeClassMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_BADGE_CLASS = 0;
  private static final int METHODID_GET_BADGE_CLASS = 1;
  private static final int METHODID_LIST_BADGE_CLASSES = 2;
  private static final int METHODID_UPDATE_BADGE_CLASS = 3;
  private static final int METHODID_ARCHIVE_BADGE_CLASS = 4;
  private static final int METHODID_DELETE_BADGE_CLASS = 5;

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
        case METHODID_CREATE_BADGE_CLASS:
          serviceImpl.createBadgeClass((nl.edubadges.v1.CreateBadgeClassRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeClass>) responseObserver);
          break;
        case METHODID_GET_BADGE_CLASS:
          serviceImpl.getBadgeClass((nl.edubadges.v1.GetBadgeClassRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeClass>) responseObserver);
          break;
        case METHODID_LIST_BADGE_CLASSES:
          serviceImpl.listBadgeClasses((nl.edubadges.v1.ListBadgeClassesRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListBadgeClassesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_BADGE_CLASS:
          serviceImpl.updateBadgeClass((nl.edubadges.v1.UpdateBadgeClassRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeClass>) responseObserver);
          break;
        case METHODID_ARCHIVE_BADGE_CLASS:
          serviceImpl.archiveBadgeClass((nl.edubadges.v1.ArchiveBadgeClassRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeClass>) responseObserver);
          break;
        case METHODID_DELETE_BADGE_CLASS:
          serviceImpl.deleteBadgeClass((nl.edubadges.v1.DeleteBadgeClassRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteBadgeClassResponse>) responseObserver);
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
          getCreateBadgeClassMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.CreateBadgeClassRequest,
              nl.edubadges.v1.BadgeClass>(
                service, METHODID_CREATE_BADGE_CLASS)))
        .addMethod(
          getGetBadgeClassMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetBadgeClassRequest,
              nl.edubadges.v1.BadgeClass>(
                service, METHODID_GET_BADGE_CLASS)))
        .addMethod(
          getListBadgeClassesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListBadgeClassesRequest,
              nl.edubadges.v1.ListBadgeClassesResponse>(
                service, METHODID_LIST_BADGE_CLASSES)))
        .addMethod(
          getUpdateBadgeClassMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.UpdateBadgeClassRequest,
              nl.edubadges.v1.BadgeClass>(
                service, METHODID_UPDATE_BADGE_CLASS)))
        .addMethod(
          getArchiveBadgeClassMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ArchiveBadgeClassRequest,
              nl.edubadges.v1.BadgeClass>(
                service, METHODID_ARCHIVE_BADGE_CLASS)))
        .addMethod(
          getDeleteBadgeClassMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.DeleteBadgeClassRequest,
              nl.edubadges.v1.DeleteBadgeClassResponse>(
                service, METHODID_DELETE_BADGE_CLASS)))
        .build();
  }

  private static abstract class BadgeClassServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    BadgeClassServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.BadgeClassProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("BadgeClassService");
    }
  }

  private static final class BadgeClassServiceFileDescriptorSupplier
      extends BadgeClassServiceBaseDescriptorSupplier {
    BadgeClassServiceFileDescriptorSupplier() {}
  }

  private static final class BadgeClassServiceMethodDescriptorSupplier
      extends BadgeClassServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    BadgeClassServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (BadgeClassServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new BadgeClassServiceFileDescriptorSupplier())
              .addMethod(getCreateBadgeClassMethod())
              .addMethod(getGetBadgeClassMethod())
              .addMethod(getListBadgeClassesMethod())
              .addMethod(getUpdateBadgeClassMethod())
              .addMethod(getArchiveBadgeClassMethod())
              .addMethod(getDeleteBadgeClassMethod())
              .build();
        }
      }
    }
    return result;
  }
}
