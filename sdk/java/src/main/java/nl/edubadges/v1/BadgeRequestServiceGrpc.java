package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Learners request badges; staff approve (an assertion is issued) or deny them.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class BadgeRequestServiceGrpc {

  private BadgeRequestServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.BadgeRequestService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.CreateBadgeRequestRequest,
      nl.edubadges.v1.BadgeRequest> getCreateBadgeRequestMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateBadgeRequest",
      requestType = nl.edubadges.v1.CreateBadgeRequestRequest.class,
      responseType = nl.edubadges.v1.BadgeRequest.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.CreateBadgeRequestRequest,
      nl.edubadges.v1.BadgeRequest> getCreateBadgeRequestMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.CreateBadgeRequestRequest, nl.edubadges.v1.BadgeRequest> getCreateBadgeRequestMethod;
    if ((getCreateBadgeRequestMethod = BadgeRequestServiceGrpc.getCreateBadgeRequestMethod) == null) {
      synchronized (BadgeRequestServiceGrpc.class) {
        if ((getCreateBadgeRequestMethod = BadgeRequestServiceGrpc.getCreateBadgeRequestMethod) == null) {
          BadgeRequestServiceGrpc.getCreateBadgeRequestMethod = getCreateBadgeRequestMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.CreateBadgeRequestRequest, nl.edubadges.v1.BadgeRequest>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateBadgeRequest"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.CreateBadgeRequestRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.BadgeRequest.getDefaultInstance()))
              .setSchemaDescriptor(new BadgeRequestServiceMethodDescriptorSupplier("CreateBadgeRequest"))
              .build();
        }
      }
    }
    return getCreateBadgeRequestMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetBadgeRequestRequest,
      nl.edubadges.v1.BadgeRequest> getGetBadgeRequestMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBadgeRequest",
      requestType = nl.edubadges.v1.GetBadgeRequestRequest.class,
      responseType = nl.edubadges.v1.BadgeRequest.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetBadgeRequestRequest,
      nl.edubadges.v1.BadgeRequest> getGetBadgeRequestMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetBadgeRequestRequest, nl.edubadges.v1.BadgeRequest> getGetBadgeRequestMethod;
    if ((getGetBadgeRequestMethod = BadgeRequestServiceGrpc.getGetBadgeRequestMethod) == null) {
      synchronized (BadgeRequestServiceGrpc.class) {
        if ((getGetBadgeRequestMethod = BadgeRequestServiceGrpc.getGetBadgeRequestMethod) == null) {
          BadgeRequestServiceGrpc.getGetBadgeRequestMethod = getGetBadgeRequestMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetBadgeRequestRequest, nl.edubadges.v1.BadgeRequest>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBadgeRequest"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetBadgeRequestRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.BadgeRequest.getDefaultInstance()))
              .setSchemaDescriptor(new BadgeRequestServiceMethodDescriptorSupplier("GetBadgeRequest"))
              .build();
        }
      }
    }
    return getGetBadgeRequestMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListBadgeRequestsRequest,
      nl.edubadges.v1.ListBadgeRequestsResponse> getListBadgeRequestsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListBadgeRequests",
      requestType = nl.edubadges.v1.ListBadgeRequestsRequest.class,
      responseType = nl.edubadges.v1.ListBadgeRequestsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListBadgeRequestsRequest,
      nl.edubadges.v1.ListBadgeRequestsResponse> getListBadgeRequestsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListBadgeRequestsRequest, nl.edubadges.v1.ListBadgeRequestsResponse> getListBadgeRequestsMethod;
    if ((getListBadgeRequestsMethod = BadgeRequestServiceGrpc.getListBadgeRequestsMethod) == null) {
      synchronized (BadgeRequestServiceGrpc.class) {
        if ((getListBadgeRequestsMethod = BadgeRequestServiceGrpc.getListBadgeRequestsMethod) == null) {
          BadgeRequestServiceGrpc.getListBadgeRequestsMethod = getListBadgeRequestsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListBadgeRequestsRequest, nl.edubadges.v1.ListBadgeRequestsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListBadgeRequests"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListBadgeRequestsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListBadgeRequestsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new BadgeRequestServiceMethodDescriptorSupplier("ListBadgeRequests"))
              .build();
        }
      }
    }
    return getListBadgeRequestsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ApproveBadgeRequestRequest,
      nl.edubadges.v1.Assertion> getApproveBadgeRequestMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ApproveBadgeRequest",
      requestType = nl.edubadges.v1.ApproveBadgeRequestRequest.class,
      responseType = nl.edubadges.v1.Assertion.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ApproveBadgeRequestRequest,
      nl.edubadges.v1.Assertion> getApproveBadgeRequestMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ApproveBadgeRequestRequest, nl.edubadges.v1.Assertion> getApproveBadgeRequestMethod;
    if ((getApproveBadgeRequestMethod = BadgeRequestServiceGrpc.getApproveBadgeRequestMethod) == null) {
      synchronized (BadgeRequestServiceGrpc.class) {
        if ((getApproveBadgeRequestMethod = BadgeRequestServiceGrpc.getApproveBadgeRequestMethod) == null) {
          BadgeRequestServiceGrpc.getApproveBadgeRequestMethod = getApproveBadgeRequestMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ApproveBadgeRequestRequest, nl.edubadges.v1.Assertion>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ApproveBadgeRequest"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ApproveBadgeRequestRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Assertion.getDefaultInstance()))
              .setSchemaDescriptor(new BadgeRequestServiceMethodDescriptorSupplier("ApproveBadgeRequest"))
              .build();
        }
      }
    }
    return getApproveBadgeRequestMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.DenyBadgeRequestRequest,
      nl.edubadges.v1.BadgeRequest> getDenyBadgeRequestMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DenyBadgeRequest",
      requestType = nl.edubadges.v1.DenyBadgeRequestRequest.class,
      responseType = nl.edubadges.v1.BadgeRequest.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.DenyBadgeRequestRequest,
      nl.edubadges.v1.BadgeRequest> getDenyBadgeRequestMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.DenyBadgeRequestRequest, nl.edubadges.v1.BadgeRequest> getDenyBadgeRequestMethod;
    if ((getDenyBadgeRequestMethod = BadgeRequestServiceGrpc.getDenyBadgeRequestMethod) == null) {
      synchronized (BadgeRequestServiceGrpc.class) {
        if ((getDenyBadgeRequestMethod = BadgeRequestServiceGrpc.getDenyBadgeRequestMethod) == null) {
          BadgeRequestServiceGrpc.getDenyBadgeRequestMethod = getDenyBadgeRequestMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.DenyBadgeRequestRequest, nl.edubadges.v1.BadgeRequest>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DenyBadgeRequest"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DenyBadgeRequestRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.BadgeRequest.getDefaultInstance()))
              .setSchemaDescriptor(new BadgeRequestServiceMethodDescriptorSupplier("DenyBadgeRequest"))
              .build();
        }
      }
    }
    return getDenyBadgeRequestMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.WithdrawBadgeRequestRequest,
      nl.edubadges.v1.BadgeRequest> getWithdrawBadgeRequestMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WithdrawBadgeRequest",
      requestType = nl.edubadges.v1.WithdrawBadgeRequestRequest.class,
      responseType = nl.edubadges.v1.BadgeRequest.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.WithdrawBadgeRequestRequest,
      nl.edubadges.v1.BadgeRequest> getWithdrawBadgeRequestMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.WithdrawBadgeRequestRequest, nl.edubadges.v1.BadgeRequest> getWithdrawBadgeRequestMethod;
    if ((getWithdrawBadgeRequestMethod = BadgeRequestServiceGrpc.getWithdrawBadgeRequestMethod) == null) {
      synchronized (BadgeRequestServiceGrpc.class) {
        if ((getWithdrawBadgeRequestMethod = BadgeRequestServiceGrpc.getWithdrawBadgeRequestMethod) == null) {
          BadgeRequestServiceGrpc.getWithdrawBadgeRequestMethod = getWithdrawBadgeRequestMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.WithdrawBadgeRequestRequest, nl.edubadges.v1.BadgeRequest>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WithdrawBadgeRequest"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.WithdrawBadgeRequestRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.BadgeRequest.getDefaultInstance()))
              .setSchemaDescriptor(new BadgeRequestServiceMethodDescriptorSupplier("WithdrawBadgeRequest"))
              .build();
        }
      }
    }
    return getWithdrawBadgeRequestMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static BadgeRequestServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BadgeRequestServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BadgeRequestServiceStub>() {
        @java.lang.Override
        public BadgeRequestServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BadgeRequestServiceStub(channel, callOptions);
        }
      };
    return BadgeRequestServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static BadgeRequestServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BadgeRequestServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BadgeRequestServiceBlockingV2Stub>() {
        @java.lang.Override
        public BadgeRequestServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BadgeRequestServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return BadgeRequestServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static BadgeRequestServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BadgeRequestServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BadgeRequestServiceBlockingStub>() {
        @java.lang.Override
        public BadgeRequestServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BadgeRequestServiceBlockingStub(channel, callOptions);
        }
      };
    return BadgeRequestServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static BadgeRequestServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BadgeRequestServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BadgeRequestServiceFutureStub>() {
        @java.lang.Override
        public BadgeRequestServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BadgeRequestServiceFutureStub(channel, callOptions);
        }
      };
    return BadgeRequestServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Learners request badges; staff approve (an assertion is issued) or deny them.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * The learner requests a published, active badge class that allows requests. Needs a
     * current consent to the institution's terms and a validated name (unless the badge
     * class allows non-validated names). Fails with ALREADY_EXISTS when a request is pending
     * and FAILED_PRECONDITION when the learner holds the badge (unrevoked).
     * </pre>
     */
    default void createBadgeRequest(nl.edubadges.v1.CreateBadgeRequestRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeRequest> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateBadgeRequestMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets one request.
     * </pre>
     */
    default void getBadgeRequest(nl.edubadges.v1.GetBadgeRequestRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeRequest> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBadgeRequestMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the requests of a badge class (or of a learner), oldest first, with keyset paging.
     * </pre>
     */
    default void listBadgeRequests(nl.edubadges.v1.ListBadgeRequestsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListBadgeRequestsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListBadgeRequestsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Staff approve a pending request: an assertion is issued (with the narrative, evidence
     * and grade the badge class requires), and the learner's open direct awards of the badge
     * class are withdrawn.
     * </pre>
     */
    default void approveBadgeRequest(nl.edubadges.v1.ApproveBadgeRequestRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Assertion> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getApproveBadgeRequestMethod(), responseObserver);
    }

    /**
     * <pre>
     * Staff deny a pending request with a reason.
     * </pre>
     */
    default void denyBadgeRequest(nl.edubadges.v1.DenyBadgeRequestRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeRequest> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDenyBadgeRequestMethod(), responseObserver);
    }

    /**
     * <pre>
     * The learner withdraws their pending request.
     * </pre>
     */
    default void withdrawBadgeRequest(nl.edubadges.v1.WithdrawBadgeRequestRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeRequest> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWithdrawBadgeRequestMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service BadgeRequestService.
   * <pre>
   * Learners request badges; staff approve (an assertion is issued) or deny them.
   * </pre>
   */
  public static abstract class BadgeRequestServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return BadgeRequestServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service BadgeRequestService.
   * <pre>
   * Learners request badges; staff approve (an assertion is issued) or deny them.
   * </pre>
   */
  public static final class BadgeRequestServiceStub
      extends io.grpc.stub.AbstractAsyncStub<BadgeRequestServiceStub> {
    private BadgeRequestServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BadgeRequestServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BadgeRequestServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * The learner requests a published, active badge class that allows requests. Needs a
     * current consent to the institution's terms and a validated name (unless the badge
     * class allows non-validated names). Fails with ALREADY_EXISTS when a request is pending
     * and FAILED_PRECONDITION when the learner holds the badge (unrevoked).
     * </pre>
     */
    public void createBadgeRequest(nl.edubadges.v1.CreateBadgeRequestRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeRequest> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateBadgeRequestMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets one request.
     * </pre>
     */
    public void getBadgeRequest(nl.edubadges.v1.GetBadgeRequestRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeRequest> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBadgeRequestMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the requests of a badge class (or of a learner), oldest first, with keyset paging.
     * </pre>
     */
    public void listBadgeRequests(nl.edubadges.v1.ListBadgeRequestsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListBadgeRequestsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListBadgeRequestsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Staff approve a pending request: an assertion is issued (with the narrative, evidence
     * and grade the badge class requires), and the learner's open direct awards of the badge
     * class are withdrawn.
     * </pre>
     */
    public void approveBadgeRequest(nl.edubadges.v1.ApproveBadgeRequestRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Assertion> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getApproveBadgeRequestMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Staff deny a pending request with a reason.
     * </pre>
     */
    public void denyBadgeRequest(nl.edubadges.v1.DenyBadgeRequestRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeRequest> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDenyBadgeRequestMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The learner withdraws their pending request.
     * </pre>
     */
    public void withdrawBadgeRequest(nl.edubadges.v1.WithdrawBadgeRequestRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeRequest> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getWithdrawBadgeRequestMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service BadgeRequestService.
   * <pre>
   * Learners request badges; staff approve (an assertion is issued) or deny them.
   * </pre>
   */
  public static final class BadgeRequestServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<BadgeRequestServiceBlockingV2Stub> {
    private BadgeRequestServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BadgeRequestServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BadgeRequestServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * The learner requests a published, active badge class that allows requests. Needs a
     * current consent to the institution's terms and a validated name (unless the badge
     * class allows non-validated names). Fails with ALREADY_EXISTS when a request is pending
     * and FAILED_PRECONDITION when the learner holds the badge (unrevoked).
     * </pre>
     */
    public nl.edubadges.v1.BadgeRequest createBadgeRequest(nl.edubadges.v1.CreateBadgeRequestRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateBadgeRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one request.
     * </pre>
     */
    public nl.edubadges.v1.BadgeRequest getBadgeRequest(nl.edubadges.v1.GetBadgeRequestRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetBadgeRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the requests of a badge class (or of a learner), oldest first, with keyset paging.
     * </pre>
     */
    public nl.edubadges.v1.ListBadgeRequestsResponse listBadgeRequests(nl.edubadges.v1.ListBadgeRequestsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListBadgeRequestsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Staff approve a pending request: an assertion is issued (with the narrative, evidence
     * and grade the badge class requires), and the learner's open direct awards of the badge
     * class are withdrawn.
     * </pre>
     */
    public nl.edubadges.v1.Assertion approveBadgeRequest(nl.edubadges.v1.ApproveBadgeRequestRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getApproveBadgeRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Staff deny a pending request with a reason.
     * </pre>
     */
    public nl.edubadges.v1.BadgeRequest denyBadgeRequest(nl.edubadges.v1.DenyBadgeRequestRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDenyBadgeRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The learner withdraws their pending request.
     * </pre>
     */
    public nl.edubadges.v1.BadgeRequest withdrawBadgeRequest(nl.edubadges.v1.WithdrawBadgeRequestRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getWithdrawBadgeRequestMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service BadgeRequestService.
   * <pre>
   * Learners request badges; staff approve (an assertion is issued) or deny them.
   * </pre>
   */
  public static final class BadgeRequestServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<BadgeRequestServiceBlockingStub> {
    private BadgeRequestServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BadgeRequestServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BadgeRequestServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * The learner requests a published, active badge class that allows requests. Needs a
     * current consent to the institution's terms and a validated name (unless the badge
     * class allows non-validated names). Fails with ALREADY_EXISTS when a request is pending
     * and FAILED_PRECONDITION when the learner holds the badge (unrevoked).
     * </pre>
     */
    public nl.edubadges.v1.BadgeRequest createBadgeRequest(nl.edubadges.v1.CreateBadgeRequestRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateBadgeRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one request.
     * </pre>
     */
    public nl.edubadges.v1.BadgeRequest getBadgeRequest(nl.edubadges.v1.GetBadgeRequestRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBadgeRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the requests of a badge class (or of a learner), oldest first, with keyset paging.
     * </pre>
     */
    public nl.edubadges.v1.ListBadgeRequestsResponse listBadgeRequests(nl.edubadges.v1.ListBadgeRequestsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListBadgeRequestsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Staff approve a pending request: an assertion is issued (with the narrative, evidence
     * and grade the badge class requires), and the learner's open direct awards of the badge
     * class are withdrawn.
     * </pre>
     */
    public nl.edubadges.v1.Assertion approveBadgeRequest(nl.edubadges.v1.ApproveBadgeRequestRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getApproveBadgeRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Staff deny a pending request with a reason.
     * </pre>
     */
    public nl.edubadges.v1.BadgeRequest denyBadgeRequest(nl.edubadges.v1.DenyBadgeRequestRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDenyBadgeRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The learner withdraws their pending request.
     * </pre>
     */
    public nl.edubadges.v1.BadgeRequest withdrawBadgeRequest(nl.edubadges.v1.WithdrawBadgeRequestRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getWithdrawBadgeRequestMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service BadgeRequestService.
   * <pre>
   * Learners request badges; staff approve (an assertion is issued) or deny them.
   * </pre>
   */
  public static final class BadgeRequestServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<BadgeRequestServiceFutureStub> {
    private BadgeRequestServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BadgeRequestServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BadgeRequestServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * The learner requests a published, active badge class that allows requests. Needs a
     * current consent to the institution's terms and a validated name (unless the badge
     * class allows non-validated names). Fails with ALREADY_EXISTS when a request is pending
     * and FAILED_PRECONDITION when the learner holds the badge (unrevoked).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.BadgeRequest> createBadgeRequest(
        nl.edubadges.v1.CreateBadgeRequestRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateBadgeRequestMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets one request.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.BadgeRequest> getBadgeRequest(
        nl.edubadges.v1.GetBadgeRequestRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBadgeRequestMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the requests of a badge class (or of a learner), oldest first, with keyset paging.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListBadgeRequestsResponse> listBadgeRequests(
        nl.edubadges.v1.ListBadgeRequestsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListBadgeRequestsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Staff approve a pending request: an assertion is issued (with the narrative, evidence
     * and grade the badge class requires), and the learner's open direct awards of the badge
     * class are withdrawn.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Assertion> approveBadgeRequest(
        nl.edubadges.v1.ApproveBadgeRequestRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getApproveBadgeRequestMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Staff deny a pending request with a reason.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.BadgeRequest> denyBadgeRequest(
        nl.edubadges.v1.DenyBadgeRequestRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDenyBadgeRequestMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The learner withdraws their pending request.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.BadgeRequest> withdrawBadgeRequest(
        nl.edubadges.v1.WithdrawBadgeRequestRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getWithdrawBadgeRequestMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_BADGE_REQUEST = 0;
  private static final int METHODID_GET_BADGE_REQUEST = 1;
  private static final int METHODID_LIST_BADGE_REQUESTS = 2;
  private static final int METHODID_APPROVE_BADGE_REQUEST = 3;
  private static final int METHODID_DENY_BADGE_REQUEST = 4;
  private static final int METHODID_WITHDRAW_BADGE_REQUEST = 5;

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
        case METHODID_CREATE_BADGE_REQUEST:
          serviceImpl.createBadgeRequest((nl.edubadges.v1.CreateBadgeRequestRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeRequest>) responseObserver);
          break;
        case METHODID_GET_BADGE_REQUEST:
          serviceImpl.getBadgeRequest((nl.edubadges.v1.GetBadgeRequestRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeRequest>) responseObserver);
          break;
        case METHODID_LIST_BADGE_REQUESTS:
          serviceImpl.listBadgeRequests((nl.edubadges.v1.ListBadgeRequestsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListBadgeRequestsResponse>) responseObserver);
          break;
        case METHODID_APPROVE_BADGE_REQUEST:
          serviceImpl.approveBadgeRequest((nl.edubadges.v1.ApproveBadgeRequestRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Assertion>) responseObserver);
          break;
        case METHODID_DENY_BADGE_REQUEST:
          serviceImpl.denyBadgeRequest((nl.edubadges.v1.DenyBadgeRequestRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeRequest>) responseObserver);
          break;
        case METHODID_WITHDRAW_BADGE_REQUEST:
          serviceImpl.withdrawBadgeRequest((nl.edubadges.v1.WithdrawBadgeRequestRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.BadgeRequest>) responseObserver);
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
          getCreateBadgeRequestMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.CreateBadgeRequestRequest,
              nl.edubadges.v1.BadgeRequest>(
                service, METHODID_CREATE_BADGE_REQUEST)))
        .addMethod(
          getGetBadgeRequestMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetBadgeRequestRequest,
              nl.edubadges.v1.BadgeRequest>(
                service, METHODID_GET_BADGE_REQUEST)))
        .addMethod(
          getListBadgeRequestsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListBadgeRequestsRequest,
              nl.edubadges.v1.ListBadgeRequestsResponse>(
                service, METHODID_LIST_BADGE_REQUESTS)))
        .addMethod(
          getApproveBadgeRequestMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ApproveBadgeRequestRequest,
              nl.edubadges.v1.Assertion>(
                service, METHODID_APPROVE_BADGE_REQUEST)))
        .addMethod(
          getDenyBadgeRequestMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.DenyBadgeRequestRequest,
              nl.edubadges.v1.BadgeRequest>(
                service, METHODID_DENY_BADGE_REQUEST)))
        .addMethod(
          getWithdrawBadgeRequestMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.WithdrawBadgeRequestRequest,
              nl.edubadges.v1.BadgeRequest>(
                service, METHODID_WITHDRAW_BADGE_REQUEST)))
        .build();
  }

  private static abstract class BadgeRequestServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    BadgeRequestServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.BadgeRequestProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("BadgeRequestService");
    }
  }

  private static final class BadgeRequestServiceFileDescriptorSupplier
      extends BadgeRequestServiceBaseDescriptorSupplier {
    BadgeRequestServiceFileDescriptorSupplier() {}
  }

  private static final class BadgeRequestServiceMethodDescriptorSupplier
      extends BadgeRequestServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    BadgeRequestServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (BadgeRequestServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new BadgeRequestServiceFileDescriptorSupplier())
              .addMethod(getCreateBadgeRequestMethod())
              .addMethod(getGetBadgeRequestMethod())
              .addMethod(getListBadgeRequestsMethod())
              .addMethod(getApproveBadgeRequestMethod())
              .addMethod(getDenyBadgeRequestMethod())
              .addMethod(getWithdrawBadgeRequestMethod())
              .build();
        }
      }
    }
    return result;
  }
}
