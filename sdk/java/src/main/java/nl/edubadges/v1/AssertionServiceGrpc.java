package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Reads, revokes and publishes awarded badges.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AssertionServiceGrpc {

  private AssertionServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.AssertionService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetAssertionRequest,
      nl.edubadges.v1.Assertion> getGetAssertionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAssertion",
      requestType = nl.edubadges.v1.GetAssertionRequest.class,
      responseType = nl.edubadges.v1.Assertion.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetAssertionRequest,
      nl.edubadges.v1.Assertion> getGetAssertionMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetAssertionRequest, nl.edubadges.v1.Assertion> getGetAssertionMethod;
    if ((getGetAssertionMethod = AssertionServiceGrpc.getGetAssertionMethod) == null) {
      synchronized (AssertionServiceGrpc.class) {
        if ((getGetAssertionMethod = AssertionServiceGrpc.getGetAssertionMethod) == null) {
          AssertionServiceGrpc.getGetAssertionMethod = getGetAssertionMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetAssertionRequest, nl.edubadges.v1.Assertion>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAssertion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetAssertionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Assertion.getDefaultInstance()))
              .setSchemaDescriptor(new AssertionServiceMethodDescriptorSupplier("GetAssertion"))
              .build();
        }
      }
    }
    return getGetAssertionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListAssertionsRequest,
      nl.edubadges.v1.ListAssertionsResponse> getListAssertionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAssertions",
      requestType = nl.edubadges.v1.ListAssertionsRequest.class,
      responseType = nl.edubadges.v1.ListAssertionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListAssertionsRequest,
      nl.edubadges.v1.ListAssertionsResponse> getListAssertionsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListAssertionsRequest, nl.edubadges.v1.ListAssertionsResponse> getListAssertionsMethod;
    if ((getListAssertionsMethod = AssertionServiceGrpc.getListAssertionsMethod) == null) {
      synchronized (AssertionServiceGrpc.class) {
        if ((getListAssertionsMethod = AssertionServiceGrpc.getListAssertionsMethod) == null) {
          AssertionServiceGrpc.getListAssertionsMethod = getListAssertionsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListAssertionsRequest, nl.edubadges.v1.ListAssertionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAssertions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListAssertionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListAssertionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AssertionServiceMethodDescriptorSupplier("ListAssertions"))
              .build();
        }
      }
    }
    return getListAssertionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.RevokeAssertionsRequest,
      nl.edubadges.v1.RevokeAssertionsResponse> getRevokeAssertionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeAssertions",
      requestType = nl.edubadges.v1.RevokeAssertionsRequest.class,
      responseType = nl.edubadges.v1.RevokeAssertionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.RevokeAssertionsRequest,
      nl.edubadges.v1.RevokeAssertionsResponse> getRevokeAssertionsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.RevokeAssertionsRequest, nl.edubadges.v1.RevokeAssertionsResponse> getRevokeAssertionsMethod;
    if ((getRevokeAssertionsMethod = AssertionServiceGrpc.getRevokeAssertionsMethod) == null) {
      synchronized (AssertionServiceGrpc.class) {
        if ((getRevokeAssertionsMethod = AssertionServiceGrpc.getRevokeAssertionsMethod) == null) {
          AssertionServiceGrpc.getRevokeAssertionsMethod = getRevokeAssertionsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.RevokeAssertionsRequest, nl.edubadges.v1.RevokeAssertionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeAssertions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.RevokeAssertionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.RevokeAssertionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AssertionServiceMethodDescriptorSupplier("RevokeAssertions"))
              .build();
        }
      }
    }
    return getRevokeAssertionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.SetAssertionPublicRequest,
      nl.edubadges.v1.Assertion> getSetAssertionPublicMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetAssertionPublic",
      requestType = nl.edubadges.v1.SetAssertionPublicRequest.class,
      responseType = nl.edubadges.v1.Assertion.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.SetAssertionPublicRequest,
      nl.edubadges.v1.Assertion> getSetAssertionPublicMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.SetAssertionPublicRequest, nl.edubadges.v1.Assertion> getSetAssertionPublicMethod;
    if ((getSetAssertionPublicMethod = AssertionServiceGrpc.getSetAssertionPublicMethod) == null) {
      synchronized (AssertionServiceGrpc.class) {
        if ((getSetAssertionPublicMethod = AssertionServiceGrpc.getSetAssertionPublicMethod) == null) {
          AssertionServiceGrpc.getSetAssertionPublicMethod = getSetAssertionPublicMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.SetAssertionPublicRequest, nl.edubadges.v1.Assertion>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetAssertionPublic"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.SetAssertionPublicRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Assertion.getDefaultInstance()))
              .setSchemaDescriptor(new AssertionServiceMethodDescriptorSupplier("SetAssertionPublic"))
              .build();
        }
      }
    }
    return getSetAssertionPublicMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AssertionServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AssertionServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AssertionServiceStub>() {
        @java.lang.Override
        public AssertionServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AssertionServiceStub(channel, callOptions);
        }
      };
    return AssertionServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AssertionServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AssertionServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AssertionServiceBlockingV2Stub>() {
        @java.lang.Override
        public AssertionServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AssertionServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AssertionServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AssertionServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AssertionServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AssertionServiceBlockingStub>() {
        @java.lang.Override
        public AssertionServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AssertionServiceBlockingStub(channel, callOptions);
        }
      };
    return AssertionServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AssertionServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AssertionServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AssertionServiceFutureStub>() {
        @java.lang.Override
        public AssertionServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AssertionServiceFutureStub(channel, callOptions);
        }
      };
    return AssertionServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Reads, revokes and publishes awarded badges.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Gets one assertion by resource name.
     * </pre>
     */
    default void getAssertion(nl.edubadges.v1.GetAssertionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Assertion> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAssertionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the assertions of a badge class or of a learner, newest first, with keyset paging.
     * </pre>
     */
    default void listAssertions(nl.edubadges.v1.ListAssertionsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListAssertionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAssertionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Revokes one or more assertions at once, with a reason; all or none. Revoking a revoked
     * assertion leaves it (and its first reason) as it is. A revoked badge can be requested
     * or awarded again.
     * </pre>
     */
    default void revokeAssertions(nl.edubadges.v1.RevokeAssertionsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.RevokeAssertionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeAssertionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * The learner shows or hides an assertion publicly (its hosted Open Badges document is
     * served only while it is public).
     * </pre>
     */
    default void setAssertionPublic(nl.edubadges.v1.SetAssertionPublicRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Assertion> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetAssertionPublicMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AssertionService.
   * <pre>
   * Reads, revokes and publishes awarded badges.
   * </pre>
   */
  public static abstract class AssertionServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AssertionServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AssertionService.
   * <pre>
   * Reads, revokes and publishes awarded badges.
   * </pre>
   */
  public static final class AssertionServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AssertionServiceStub> {
    private AssertionServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AssertionServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AssertionServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets one assertion by resource name.
     * </pre>
     */
    public void getAssertion(nl.edubadges.v1.GetAssertionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Assertion> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAssertionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the assertions of a badge class or of a learner, newest first, with keyset paging.
     * </pre>
     */
    public void listAssertions(nl.edubadges.v1.ListAssertionsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListAssertionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAssertionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Revokes one or more assertions at once, with a reason; all or none. Revoking a revoked
     * assertion leaves it (and its first reason) as it is. A revoked badge can be requested
     * or awarded again.
     * </pre>
     */
    public void revokeAssertions(nl.edubadges.v1.RevokeAssertionsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.RevokeAssertionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeAssertionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The learner shows or hides an assertion publicly (its hosted Open Badges document is
     * served only while it is public).
     * </pre>
     */
    public void setAssertionPublic(nl.edubadges.v1.SetAssertionPublicRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Assertion> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetAssertionPublicMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AssertionService.
   * <pre>
   * Reads, revokes and publishes awarded badges.
   * </pre>
   */
  public static final class AssertionServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AssertionServiceBlockingV2Stub> {
    private AssertionServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AssertionServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AssertionServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets one assertion by resource name.
     * </pre>
     */
    public nl.edubadges.v1.Assertion getAssertion(nl.edubadges.v1.GetAssertionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetAssertionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the assertions of a badge class or of a learner, newest first, with keyset paging.
     * </pre>
     */
    public nl.edubadges.v1.ListAssertionsResponse listAssertions(nl.edubadges.v1.ListAssertionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListAssertionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes one or more assertions at once, with a reason; all or none. Revoking a revoked
     * assertion leaves it (and its first reason) as it is. A revoked badge can be requested
     * or awarded again.
     * </pre>
     */
    public nl.edubadges.v1.RevokeAssertionsResponse revokeAssertions(nl.edubadges.v1.RevokeAssertionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRevokeAssertionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The learner shows or hides an assertion publicly (its hosted Open Badges document is
     * served only while it is public).
     * </pre>
     */
    public nl.edubadges.v1.Assertion setAssertionPublic(nl.edubadges.v1.SetAssertionPublicRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetAssertionPublicMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AssertionService.
   * <pre>
   * Reads, revokes and publishes awarded badges.
   * </pre>
   */
  public static final class AssertionServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AssertionServiceBlockingStub> {
    private AssertionServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AssertionServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AssertionServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets one assertion by resource name.
     * </pre>
     */
    public nl.edubadges.v1.Assertion getAssertion(nl.edubadges.v1.GetAssertionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAssertionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the assertions of a badge class or of a learner, newest first, with keyset paging.
     * </pre>
     */
    public nl.edubadges.v1.ListAssertionsResponse listAssertions(nl.edubadges.v1.ListAssertionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAssertionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes one or more assertions at once, with a reason; all or none. Revoking a revoked
     * assertion leaves it (and its first reason) as it is. A revoked badge can be requested
     * or awarded again.
     * </pre>
     */
    public nl.edubadges.v1.RevokeAssertionsResponse revokeAssertions(nl.edubadges.v1.RevokeAssertionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeAssertionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The learner shows or hides an assertion publicly (its hosted Open Badges document is
     * served only while it is public).
     * </pre>
     */
    public nl.edubadges.v1.Assertion setAssertionPublic(nl.edubadges.v1.SetAssertionPublicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetAssertionPublicMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AssertionService.
   * <pre>
   * Reads, revokes and publishes awarded badges.
   * </pre>
   */
  public static final class AssertionServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AssertionServiceFutureStub> {
    private AssertionServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AssertionServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AssertionServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets one assertion by resource name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Assertion> getAssertion(
        nl.edubadges.v1.GetAssertionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAssertionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the assertions of a badge class or of a learner, newest first, with keyset paging.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListAssertionsResponse> listAssertions(
        nl.edubadges.v1.ListAssertionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAssertionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Revokes one or more assertions at once, with a reason; all or none. Revoking a revoked
     * assertion leaves it (and its first reason) as it is. A revoked badge can be requested
     * or awarded again.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.RevokeAssertionsResponse> revokeAssertions(
        nl.edubadges.v1.RevokeAssertionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeAssertionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The learner shows or hides an assertion publicly (its hosted Open Badges document is
     * served only while it is public).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Assertion> setAssertionPublic(
        nl.edubadges.v1.SetAssertionPublicRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetAssertionPublicMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_ASSERTION = 0;
  private static final int METHODID_LIST_ASSERTIONS = 1;
  private static final int METHODID_REVOKE_ASSERTIONS = 2;
  private static final int METHODID_SET_ASSERTION_PUBLIC = 3;

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
        case METHODID_GET_ASSERTION:
          serviceImpl.getAssertion((nl.edubadges.v1.GetAssertionRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Assertion>) responseObserver);
          break;
        case METHODID_LIST_ASSERTIONS:
          serviceImpl.listAssertions((nl.edubadges.v1.ListAssertionsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListAssertionsResponse>) responseObserver);
          break;
        case METHODID_REVOKE_ASSERTIONS:
          serviceImpl.revokeAssertions((nl.edubadges.v1.RevokeAssertionsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.RevokeAssertionsResponse>) responseObserver);
          break;
        case METHODID_SET_ASSERTION_PUBLIC:
          serviceImpl.setAssertionPublic((nl.edubadges.v1.SetAssertionPublicRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Assertion>) responseObserver);
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
          getGetAssertionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetAssertionRequest,
              nl.edubadges.v1.Assertion>(
                service, METHODID_GET_ASSERTION)))
        .addMethod(
          getListAssertionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListAssertionsRequest,
              nl.edubadges.v1.ListAssertionsResponse>(
                service, METHODID_LIST_ASSERTIONS)))
        .addMethod(
          getRevokeAssertionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.RevokeAssertionsRequest,
              nl.edubadges.v1.RevokeAssertionsResponse>(
                service, METHODID_REVOKE_ASSERTIONS)))
        .addMethod(
          getSetAssertionPublicMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.SetAssertionPublicRequest,
              nl.edubadges.v1.Assertion>(
                service, METHODID_SET_ASSERTION_PUBLIC)))
        .build();
  }

  private static abstract class AssertionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AssertionServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.AssertionProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AssertionService");
    }
  }

  private static final class AssertionServiceFileDescriptorSupplier
      extends AssertionServiceBaseDescriptorSupplier {
    AssertionServiceFileDescriptorSupplier() {}
  }

  private static final class AssertionServiceMethodDescriptorSupplier
      extends AssertionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AssertionServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AssertionServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AssertionServiceFileDescriptorSupplier())
              .addMethod(getGetAssertionMethod())
              .addMethod(getListAssertionsMethod())
              .addMethod(getRevokeAssertionsMethod())
              .addMethod(getSetAssertionPublicMethod())
              .build();
        }
      }
    }
    return result;
  }
}
