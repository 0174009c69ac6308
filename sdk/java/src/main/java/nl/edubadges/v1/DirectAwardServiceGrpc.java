package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Awards badges directly, in bundles from staff (UI), a student information system (SIS)
 * or an alliance partner; learners claim or reject them.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class DirectAwardServiceGrpc {

  private DirectAwardServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.DirectAwardService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.CreateDirectAwardBundleRequest,
      nl.edubadges.v1.DirectAwardBundle> getCreateDirectAwardBundleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateDirectAwardBundle",
      requestType = nl.edubadges.v1.CreateDirectAwardBundleRequest.class,
      responseType = nl.edubadges.v1.DirectAwardBundle.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.CreateDirectAwardBundleRequest,
      nl.edubadges.v1.DirectAwardBundle> getCreateDirectAwardBundleMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.CreateDirectAwardBundleRequest, nl.edubadges.v1.DirectAwardBundle> getCreateDirectAwardBundleMethod;
    if ((getCreateDirectAwardBundleMethod = DirectAwardServiceGrpc.getCreateDirectAwardBundleMethod) == null) {
      synchronized (DirectAwardServiceGrpc.class) {
        if ((getCreateDirectAwardBundleMethod = DirectAwardServiceGrpc.getCreateDirectAwardBundleMethod) == null) {
          DirectAwardServiceGrpc.getCreateDirectAwardBundleMethod = getCreateDirectAwardBundleMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.CreateDirectAwardBundleRequest, nl.edubadges.v1.DirectAwardBundle>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateDirectAwardBundle"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.CreateDirectAwardBundleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DirectAwardBundle.getDefaultInstance()))
              .setSchemaDescriptor(new DirectAwardServiceMethodDescriptorSupplier("CreateDirectAwardBundle"))
              .build();
        }
      }
    }
    return getCreateDirectAwardBundleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetDirectAwardBundleRequest,
      nl.edubadges.v1.DirectAwardBundle> getGetDirectAwardBundleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDirectAwardBundle",
      requestType = nl.edubadges.v1.GetDirectAwardBundleRequest.class,
      responseType = nl.edubadges.v1.DirectAwardBundle.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetDirectAwardBundleRequest,
      nl.edubadges.v1.DirectAwardBundle> getGetDirectAwardBundleMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetDirectAwardBundleRequest, nl.edubadges.v1.DirectAwardBundle> getGetDirectAwardBundleMethod;
    if ((getGetDirectAwardBundleMethod = DirectAwardServiceGrpc.getGetDirectAwardBundleMethod) == null) {
      synchronized (DirectAwardServiceGrpc.class) {
        if ((getGetDirectAwardBundleMethod = DirectAwardServiceGrpc.getGetDirectAwardBundleMethod) == null) {
          DirectAwardServiceGrpc.getGetDirectAwardBundleMethod = getGetDirectAwardBundleMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetDirectAwardBundleRequest, nl.edubadges.v1.DirectAwardBundle>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDirectAwardBundle"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetDirectAwardBundleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DirectAwardBundle.getDefaultInstance()))
              .setSchemaDescriptor(new DirectAwardServiceMethodDescriptorSupplier("GetDirectAwardBundle"))
              .build();
        }
      }
    }
    return getGetDirectAwardBundleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListDirectAwardsRequest,
      nl.edubadges.v1.ListDirectAwardsResponse> getListDirectAwardsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListDirectAwards",
      requestType = nl.edubadges.v1.ListDirectAwardsRequest.class,
      responseType = nl.edubadges.v1.ListDirectAwardsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListDirectAwardsRequest,
      nl.edubadges.v1.ListDirectAwardsResponse> getListDirectAwardsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListDirectAwardsRequest, nl.edubadges.v1.ListDirectAwardsResponse> getListDirectAwardsMethod;
    if ((getListDirectAwardsMethod = DirectAwardServiceGrpc.getListDirectAwardsMethod) == null) {
      synchronized (DirectAwardServiceGrpc.class) {
        if ((getListDirectAwardsMethod = DirectAwardServiceGrpc.getListDirectAwardsMethod) == null) {
          DirectAwardServiceGrpc.getListDirectAwardsMethod = getListDirectAwardsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListDirectAwardsRequest, nl.edubadges.v1.ListDirectAwardsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListDirectAwards"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListDirectAwardsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListDirectAwardsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DirectAwardServiceMethodDescriptorSupplier("ListDirectAwards"))
              .build();
        }
      }
    }
    return getListDirectAwardsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ClaimDirectAwardRequest,
      nl.edubadges.v1.Assertion> getClaimDirectAwardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ClaimDirectAward",
      requestType = nl.edubadges.v1.ClaimDirectAwardRequest.class,
      responseType = nl.edubadges.v1.Assertion.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ClaimDirectAwardRequest,
      nl.edubadges.v1.Assertion> getClaimDirectAwardMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ClaimDirectAwardRequest, nl.edubadges.v1.Assertion> getClaimDirectAwardMethod;
    if ((getClaimDirectAwardMethod = DirectAwardServiceGrpc.getClaimDirectAwardMethod) == null) {
      synchronized (DirectAwardServiceGrpc.class) {
        if ((getClaimDirectAwardMethod = DirectAwardServiceGrpc.getClaimDirectAwardMethod) == null) {
          DirectAwardServiceGrpc.getClaimDirectAwardMethod = getClaimDirectAwardMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ClaimDirectAwardRequest, nl.edubadges.v1.Assertion>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ClaimDirectAward"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ClaimDirectAwardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Assertion.getDefaultInstance()))
              .setSchemaDescriptor(new DirectAwardServiceMethodDescriptorSupplier("ClaimDirectAward"))
              .build();
        }
      }
    }
    return getClaimDirectAwardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.RejectDirectAwardRequest,
      nl.edubadges.v1.DirectAward> getRejectDirectAwardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RejectDirectAward",
      requestType = nl.edubadges.v1.RejectDirectAwardRequest.class,
      responseType = nl.edubadges.v1.DirectAward.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.RejectDirectAwardRequest,
      nl.edubadges.v1.DirectAward> getRejectDirectAwardMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.RejectDirectAwardRequest, nl.edubadges.v1.DirectAward> getRejectDirectAwardMethod;
    if ((getRejectDirectAwardMethod = DirectAwardServiceGrpc.getRejectDirectAwardMethod) == null) {
      synchronized (DirectAwardServiceGrpc.class) {
        if ((getRejectDirectAwardMethod = DirectAwardServiceGrpc.getRejectDirectAwardMethod) == null) {
          DirectAwardServiceGrpc.getRejectDirectAwardMethod = getRejectDirectAwardMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.RejectDirectAwardRequest, nl.edubadges.v1.DirectAward>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RejectDirectAward"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.RejectDirectAwardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DirectAward.getDefaultInstance()))
              .setSchemaDescriptor(new DirectAwardServiceMethodDescriptorSupplier("RejectDirectAward"))
              .build();
        }
      }
    }
    return getRejectDirectAwardMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static DirectAwardServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DirectAwardServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DirectAwardServiceStub>() {
        @java.lang.Override
        public DirectAwardServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DirectAwardServiceStub(channel, callOptions);
        }
      };
    return DirectAwardServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static DirectAwardServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DirectAwardServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DirectAwardServiceBlockingV2Stub>() {
        @java.lang.Override
        public DirectAwardServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DirectAwardServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return DirectAwardServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static DirectAwardServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DirectAwardServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DirectAwardServiceBlockingStub>() {
        @java.lang.Override
        public DirectAwardServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DirectAwardServiceBlockingStub(channel, callOptions);
        }
      };
    return DirectAwardServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static DirectAwardServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DirectAwardServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DirectAwardServiceFutureStub>() {
        @java.lang.Override
        public DirectAwardServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DirectAwardServiceFutureStub(channel, callOptions);
        }
      };
    return DirectAwardServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Awards badges directly, in bundles from staff (UI), a student information system (SIS)
   * or an alliance partner; learners claim or reject them.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a bundle of direct awards for a published, active badge class that allows
     * direct awarding. Every row is checked on its own: valid rows become direct awards,
     * bad rows are reported in the results (the bundle fails with INVALID_ARGUMENT only when
     * no row is valid, with a field violation "rows[i].{field}" for every problem). At most one open direct award per person per badge class: a row for
     * someone who has one already is reported, not duplicated. With a request_id, a retry
     * with the same request returns the first result and creates nothing; the same
     * request_id with other content fails with FAILED_PRECONDITION (REQUEST_ID_REUSED).
     * At most 10,000 rows.
     * </pre>
     */
    default void createDirectAwardBundle(nl.edubadges.v1.CreateDirectAwardBundleRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DirectAwardBundle> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateDirectAwardBundleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a bundle with its counts.
     * </pre>
     */
    default void getDirectAwardBundle(nl.edubadges.v1.GetDirectAwardBundleRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DirectAwardBundle> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDirectAwardBundleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the direct awards of a bundle in row order, with keyset paging. They name their
     * recipients, so this needs the award permission on the badge class (read is not enough).
     * </pre>
     */
    default void listDirectAwards(nl.edubadges.v1.ListDirectAwardsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListDirectAwardsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListDirectAwardsMethod(), responseObserver);
    }

    /**
     * <pre>
     * The learner claims a direct award addressed to one of their eppns (eppn bundles) or to
     * their e-mail address (e-mail bundles): it becomes an assertion. Fails with
     * FAILED_PRECONDITION when it expired, was claimed, rejected or deleted, when the learner
     * lacks a validated name (unless the badge class allows that), lacks a current consent,
     * or already holds the badge; PERMISSION_DENIED when it is addressed to someone else.
     * </pre>
     */
    default void claimDirectAward(nl.edubadges.v1.ClaimDirectAwardRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Assertion> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getClaimDirectAwardMethod(), responseObserver);
    }

    /**
     * <pre>
     * The learner rejects a direct award addressed to them; it stays for statistics.
     * </pre>
     */
    default void rejectDirectAward(nl.edubadges.v1.RejectDirectAwardRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DirectAward> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRejectDirectAwardMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service DirectAwardService.
   * <pre>
   * Awards badges directly, in bundles from staff (UI), a student information system (SIS)
   * or an alliance partner; learners claim or reject them.
   * </pre>
   */
  public static abstract class DirectAwardServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return DirectAwardServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service DirectAwardService.
   * <pre>
   * Awards badges directly, in bundles from staff (UI), a student information system (SIS)
   * or an alliance partner; learners claim or reject them.
   * </pre>
   */
  public static final class DirectAwardServiceStub
      extends io.grpc.stub.AbstractAsyncStub<DirectAwardServiceStub> {
    private DirectAwardServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DirectAwardServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DirectAwardServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a bundle of direct awards for a published, active badge class that allows
     * direct awarding. Every row is checked on its own: valid rows become direct awards,
     * bad rows are reported in the results (the bundle fails with INVALID_ARGUMENT only when
     * no row is valid, with a field violation "rows[i].{field}" for every problem). At most one open direct award per person per badge class: a row for
     * someone who has one already is reported, not duplicated. With a request_id, a retry
     * with the same request returns the first result and creates nothing; the same
     * request_id with other content fails with FAILED_PRECONDITION (REQUEST_ID_REUSED).
     * At most 10,000 rows.
     * </pre>
     */
    public void createDirectAwardBundle(nl.edubadges.v1.CreateDirectAwardBundleRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DirectAwardBundle> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateDirectAwardBundleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a bundle with its counts.
     * </pre>
     */
    public void getDirectAwardBundle(nl.edubadges.v1.GetDirectAwardBundleRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DirectAwardBundle> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDirectAwardBundleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the direct awards of a bundle in row order, with keyset paging. They name their
     * recipients, so this needs the award permission on the badge class (read is not enough).
     * </pre>
     */
    public void listDirectAwards(nl.edubadges.v1.ListDirectAwardsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListDirectAwardsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListDirectAwardsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The learner claims a direct award addressed to one of their eppns (eppn bundles) or to
     * their e-mail address (e-mail bundles): it becomes an assertion. Fails with
     * FAILED_PRECONDITION when it expired, was claimed, rejected or deleted, when the learner
     * lacks a validated name (unless the badge class allows that), lacks a current consent,
     * or already holds the badge; PERMISSION_DENIED when it is addressed to someone else.
     * </pre>
     */
    public void claimDirectAward(nl.edubadges.v1.ClaimDirectAwardRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Assertion> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getClaimDirectAwardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The learner rejects a direct award addressed to them; it stays for statistics.
     * </pre>
     */
    public void rejectDirectAward(nl.edubadges.v1.RejectDirectAwardRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DirectAward> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRejectDirectAwardMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service DirectAwardService.
   * <pre>
   * Awards badges directly, in bundles from staff (UI), a student information system (SIS)
   * or an alliance partner; learners claim or reject them.
   * </pre>
   */
  public static final class DirectAwardServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<DirectAwardServiceBlockingV2Stub> {
    private DirectAwardServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DirectAwardServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DirectAwardServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a bundle of direct awards for a published, active badge class that allows
     * direct awarding. Every row is checked on its own: valid rows become direct awards,
     * bad rows are reported in the results (the bundle fails with INVALID_ARGUMENT only when
     * no row is valid, with a field violation "rows[i].{field}" for every problem). At most one open direct award per person per badge class: a row for
     * someone who has one already is reported, not duplicated. With a request_id, a retry
     * with the same request returns the first result and creates nothing; the same
     * request_id with other content fails with FAILED_PRECONDITION (REQUEST_ID_REUSED).
     * At most 10,000 rows.
     * </pre>
     */
    public nl.edubadges.v1.DirectAwardBundle createDirectAwardBundle(nl.edubadges.v1.CreateDirectAwardBundleRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateDirectAwardBundleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a bundle with its counts.
     * </pre>
     */
    public nl.edubadges.v1.DirectAwardBundle getDirectAwardBundle(nl.edubadges.v1.GetDirectAwardBundleRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetDirectAwardBundleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the direct awards of a bundle in row order, with keyset paging. They name their
     * recipients, so this needs the award permission on the badge class (read is not enough).
     * </pre>
     */
    public nl.edubadges.v1.ListDirectAwardsResponse listDirectAwards(nl.edubadges.v1.ListDirectAwardsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListDirectAwardsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The learner claims a direct award addressed to one of their eppns (eppn bundles) or to
     * their e-mail address (e-mail bundles): it becomes an assertion. Fails with
     * FAILED_PRECONDITION when it expired, was claimed, rejected or deleted, when the learner
     * lacks a validated name (unless the badge class allows that), lacks a current consent,
     * or already holds the badge; PERMISSION_DENIED when it is addressed to someone else.
     * </pre>
     */
    public nl.edubadges.v1.Assertion claimDirectAward(nl.edubadges.v1.ClaimDirectAwardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getClaimDirectAwardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The learner rejects a direct award addressed to them; it stays for statistics.
     * </pre>
     */
    public nl.edubadges.v1.DirectAward rejectDirectAward(nl.edubadges.v1.RejectDirectAwardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRejectDirectAwardMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service DirectAwardService.
   * <pre>
   * Awards badges directly, in bundles from staff (UI), a student information system (SIS)
   * or an alliance partner; learners claim or reject them.
   * </pre>
   */
  public static final class DirectAwardServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<DirectAwardServiceBlockingStub> {
    private DirectAwardServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DirectAwardServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DirectAwardServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a bundle of direct awards for a published, active badge class that allows
     * direct awarding. Every row is checked on its own: valid rows become direct awards,
     * bad rows are reported in the results (the bundle fails with INVALID_ARGUMENT only when
     * no row is valid, with a field violation "rows[i].{field}" for every problem). At most one open direct award per person per badge class: a row for
     * someone who has one already is reported, not duplicated. With a request_id, a retry
     * with the same request returns the first result and creates nothing; the same
     * request_id with other content fails with FAILED_PRECONDITION (REQUEST_ID_REUSED).
     * At most 10,000 rows.
     * </pre>
     */
    public nl.edubadges.v1.DirectAwardBundle createDirectAwardBundle(nl.edubadges.v1.CreateDirectAwardBundleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateDirectAwardBundleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a bundle with its counts.
     * </pre>
     */
    public nl.edubadges.v1.DirectAwardBundle getDirectAwardBundle(nl.edubadges.v1.GetDirectAwardBundleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDirectAwardBundleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the direct awards of a bundle in row order, with keyset paging. They name their
     * recipients, so this needs the award permission on the badge class (read is not enough).
     * </pre>
     */
    public nl.edubadges.v1.ListDirectAwardsResponse listDirectAwards(nl.edubadges.v1.ListDirectAwardsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListDirectAwardsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The learner claims a direct award addressed to one of their eppns (eppn bundles) or to
     * their e-mail address (e-mail bundles): it becomes an assertion. Fails with
     * FAILED_PRECONDITION when it expired, was claimed, rejected or deleted, when the learner
     * lacks a validated name (unless the badge class allows that), lacks a current consent,
     * or already holds the badge; PERMISSION_DENIED when it is addressed to someone else.
     * </pre>
     */
    public nl.edubadges.v1.Assertion claimDirectAward(nl.edubadges.v1.ClaimDirectAwardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getClaimDirectAwardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The learner rejects a direct award addressed to them; it stays for statistics.
     * </pre>
     */
    public nl.edubadges.v1.DirectAward rejectDirectAward(nl.edubadges.v1.RejectDirectAwardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRejectDirectAwardMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service DirectAwardService.
   * <pre>
   * Awards badges directly, in bundles from staff (UI), a student information system (SIS)
   * or an alliance partner; learners claim or reject them.
   * </pre>
   */
  public static final class DirectAwardServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<DirectAwardServiceFutureStub> {
    private DirectAwardServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DirectAwardServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DirectAwardServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a bundle of direct awards for a published, active badge class that allows
     * direct awarding. Every row is checked on its own: valid rows become direct awards,
     * bad rows are reported in the results (the bundle fails with INVALID_ARGUMENT only when
     * no row is valid, with a field violation "rows[i].{field}" for every problem). At most one open direct award per person per badge class: a row for
     * someone who has one already is reported, not duplicated. With a request_id, a retry
     * with the same request returns the first result and creates nothing; the same
     * request_id with other content fails with FAILED_PRECONDITION (REQUEST_ID_REUSED).
     * At most 10,000 rows.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.DirectAwardBundle> createDirectAwardBundle(
        nl.edubadges.v1.CreateDirectAwardBundleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateDirectAwardBundleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a bundle with its counts.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.DirectAwardBundle> getDirectAwardBundle(
        nl.edubadges.v1.GetDirectAwardBundleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDirectAwardBundleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the direct awards of a bundle in row order, with keyset paging. They name their
     * recipients, so this needs the award permission on the badge class (read is not enough).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListDirectAwardsResponse> listDirectAwards(
        nl.edubadges.v1.ListDirectAwardsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListDirectAwardsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The learner claims a direct award addressed to one of their eppns (eppn bundles) or to
     * their e-mail address (e-mail bundles): it becomes an assertion. Fails with
     * FAILED_PRECONDITION when it expired, was claimed, rejected or deleted, when the learner
     * lacks a validated name (unless the badge class allows that), lacks a current consent,
     * or already holds the badge; PERMISSION_DENIED when it is addressed to someone else.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Assertion> claimDirectAward(
        nl.edubadges.v1.ClaimDirectAwardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getClaimDirectAwardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The learner rejects a direct award addressed to them; it stays for statistics.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.DirectAward> rejectDirectAward(
        nl.edubadges.v1.RejectDirectAwardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRejectDirectAwardMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_DIRECT_AWARD_BUNDLE = 0;
  private static final int METHODID_GET_DIRECT_AWARD_BUNDLE = 1;
  private static final int METHODID_LIST_DIRECT_AWARDS = 2;
  private static final int METHODID_CLAIM_DIRECT_AWARD = 3;
  private static final int METHODID_REJECT_DIRECT_AWARD = 4;

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
        case METHODID_CREATE_DIRECT_AWARD_BUNDLE:
          serviceImpl.createDirectAwardBundle((nl.edubadges.v1.CreateDirectAwardBundleRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.DirectAwardBundle>) responseObserver);
          break;
        case METHODID_GET_DIRECT_AWARD_BUNDLE:
          serviceImpl.getDirectAwardBundle((nl.edubadges.v1.GetDirectAwardBundleRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.DirectAwardBundle>) responseObserver);
          break;
        case METHODID_LIST_DIRECT_AWARDS:
          serviceImpl.listDirectAwards((nl.edubadges.v1.ListDirectAwardsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListDirectAwardsResponse>) responseObserver);
          break;
        case METHODID_CLAIM_DIRECT_AWARD:
          serviceImpl.claimDirectAward((nl.edubadges.v1.ClaimDirectAwardRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Assertion>) responseObserver);
          break;
        case METHODID_REJECT_DIRECT_AWARD:
          serviceImpl.rejectDirectAward((nl.edubadges.v1.RejectDirectAwardRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.DirectAward>) responseObserver);
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
          getCreateDirectAwardBundleMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.CreateDirectAwardBundleRequest,
              nl.edubadges.v1.DirectAwardBundle>(
                service, METHODID_CREATE_DIRECT_AWARD_BUNDLE)))
        .addMethod(
          getGetDirectAwardBundleMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetDirectAwardBundleRequest,
              nl.edubadges.v1.DirectAwardBundle>(
                service, METHODID_GET_DIRECT_AWARD_BUNDLE)))
        .addMethod(
          getListDirectAwardsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListDirectAwardsRequest,
              nl.edubadges.v1.ListDirectAwardsResponse>(
                service, METHODID_LIST_DIRECT_AWARDS)))
        .addMethod(
          getClaimDirectAwardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ClaimDirectAwardRequest,
              nl.edubadges.v1.Assertion>(
                service, METHODID_CLAIM_DIRECT_AWARD)))
        .addMethod(
          getRejectDirectAwardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.RejectDirectAwardRequest,
              nl.edubadges.v1.DirectAward>(
                service, METHODID_REJECT_DIRECT_AWARD)))
        .build();
  }

  private static abstract class DirectAwardServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    DirectAwardServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.DirectAwardProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("DirectAwardService");
    }
  }

  private static final class DirectAwardServiceFileDescriptorSupplier
      extends DirectAwardServiceBaseDescriptorSupplier {
    DirectAwardServiceFileDescriptorSupplier() {}
  }

  private static final class DirectAwardServiceMethodDescriptorSupplier
      extends DirectAwardServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    DirectAwardServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (DirectAwardServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new DirectAwardServiceFileDescriptorSupplier())
              .addMethod(getCreateDirectAwardBundleMethod())
              .addMethod(getGetDirectAwardBundleMethod())
              .addMethod(getListDirectAwardsMethod())
              .addMethod(getClaimDirectAwardMethod())
              .addMethod(getRejectDirectAwardMethod())
              .build();
        }
      }
    }
    return result;
  }
}
