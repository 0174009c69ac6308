package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Periodic review of staff access by an institution's admins. Every review is recorded:
 * who reviewed, when, how many members and inactive members were seen, and what was
 * removed. Needs the administrate_users permission on the institution.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AccessReviewServiceGrpc {

  private AccessReviewServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.AccessReviewService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ReviewStaffAccessRequest,
      nl.edubadges.v1.AccessReview> getReviewStaffAccessMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReviewStaffAccess",
      requestType = nl.edubadges.v1.ReviewStaffAccessRequest.class,
      responseType = nl.edubadges.v1.AccessReview.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ReviewStaffAccessRequest,
      nl.edubadges.v1.AccessReview> getReviewStaffAccessMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ReviewStaffAccessRequest, nl.edubadges.v1.AccessReview> getReviewStaffAccessMethod;
    if ((getReviewStaffAccessMethod = AccessReviewServiceGrpc.getReviewStaffAccessMethod) == null) {
      synchronized (AccessReviewServiceGrpc.class) {
        if ((getReviewStaffAccessMethod = AccessReviewServiceGrpc.getReviewStaffAccessMethod) == null) {
          AccessReviewServiceGrpc.getReviewStaffAccessMethod = getReviewStaffAccessMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ReviewStaffAccessRequest, nl.edubadges.v1.AccessReview>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReviewStaffAccess"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ReviewStaffAccessRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.AccessReview.getDefaultInstance()))
              .setSchemaDescriptor(new AccessReviewServiceMethodDescriptorSupplier("ReviewStaffAccess"))
              .build();
        }
      }
    }
    return getReviewStaffAccessMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.RemoveStaleAccessRequest,
      nl.edubadges.v1.AccessReview> getRemoveStaleAccessMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveStaleAccess",
      requestType = nl.edubadges.v1.RemoveStaleAccessRequest.class,
      responseType = nl.edubadges.v1.AccessReview.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.RemoveStaleAccessRequest,
      nl.edubadges.v1.AccessReview> getRemoveStaleAccessMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.RemoveStaleAccessRequest, nl.edubadges.v1.AccessReview> getRemoveStaleAccessMethod;
    if ((getRemoveStaleAccessMethod = AccessReviewServiceGrpc.getRemoveStaleAccessMethod) == null) {
      synchronized (AccessReviewServiceGrpc.class) {
        if ((getRemoveStaleAccessMethod = AccessReviewServiceGrpc.getRemoveStaleAccessMethod) == null) {
          AccessReviewServiceGrpc.getRemoveStaleAccessMethod = getRemoveStaleAccessMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.RemoveStaleAccessRequest, nl.edubadges.v1.AccessReview>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveStaleAccess"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.RemoveStaleAccessRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.AccessReview.getDefaultInstance()))
              .setSchemaDescriptor(new AccessReviewServiceMethodDescriptorSupplier("RemoveStaleAccess"))
              .build();
        }
      }
    }
    return getRemoveStaleAccessMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListAccessReviewsRequest,
      nl.edubadges.v1.ListAccessReviewsResponse> getListAccessReviewsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAccessReviews",
      requestType = nl.edubadges.v1.ListAccessReviewsRequest.class,
      responseType = nl.edubadges.v1.ListAccessReviewsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListAccessReviewsRequest,
      nl.edubadges.v1.ListAccessReviewsResponse> getListAccessReviewsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListAccessReviewsRequest, nl.edubadges.v1.ListAccessReviewsResponse> getListAccessReviewsMethod;
    if ((getListAccessReviewsMethod = AccessReviewServiceGrpc.getListAccessReviewsMethod) == null) {
      synchronized (AccessReviewServiceGrpc.class) {
        if ((getListAccessReviewsMethod = AccessReviewServiceGrpc.getListAccessReviewsMethod) == null) {
          AccessReviewServiceGrpc.getListAccessReviewsMethod = getListAccessReviewsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListAccessReviewsRequest, nl.edubadges.v1.ListAccessReviewsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAccessReviews"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListAccessReviewsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListAccessReviewsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessReviewServiceMethodDescriptorSupplier("ListAccessReviews"))
              .build();
        }
      }
    }
    return getListAccessReviewsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AccessReviewServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccessReviewServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccessReviewServiceStub>() {
        @java.lang.Override
        public AccessReviewServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccessReviewServiceStub(channel, callOptions);
        }
      };
    return AccessReviewServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AccessReviewServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccessReviewServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccessReviewServiceBlockingV2Stub>() {
        @java.lang.Override
        public AccessReviewServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccessReviewServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AccessReviewServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AccessReviewServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccessReviewServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccessReviewServiceBlockingStub>() {
        @java.lang.Override
        public AccessReviewServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccessReviewServiceBlockingStub(channel, callOptions);
        }
      };
    return AccessReviewServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AccessReviewServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccessReviewServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccessReviewServiceFutureStub>() {
        @java.lang.Override
        public AccessReviewServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccessReviewServiceFutureStub(channel, callOptions);
        }
      };
    return AccessReviewServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Periodic review of staff access by an institution's admins. Every review is recorded:
   * who reviewed, when, how many members and inactive members were seen, and what was
   * removed. Needs the administrate_users permission on the institution.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Lists every member of the institution (staff and API clients) with their
     * memberships, where each comes from, their last activity and whether they have been
     * inactive for inactive_days; records the review.
     * </pre>
     */
    default void reviewStaffAccess(nl.edubadges.v1.ReviewStaffAccessRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.AccessReview> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReviewStaffAccessMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes every membership of the members inactive for inactive_days (or of the listed
     * ones among them), in one transaction, and records the review with what was removed.
     * The last institution admin is kept (listed in kept_members).
     * </pre>
     */
    default void removeStaleAccess(nl.edubadges.v1.RemoveStaleAccessRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.AccessReview> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveStaleAccessMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the recorded reviews of an institution, newest first (without member lists).
     * </pre>
     */
    default void listAccessReviews(nl.edubadges.v1.ListAccessReviewsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListAccessReviewsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAccessReviewsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AccessReviewService.
   * <pre>
   * Periodic review of staff access by an institution's admins. Every review is recorded:
   * who reviewed, when, how many members and inactive members were seen, and what was
   * removed. Needs the administrate_users permission on the institution.
   * </pre>
   */
  public static abstract class AccessReviewServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AccessReviewServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AccessReviewService.
   * <pre>
   * Periodic review of staff access by an institution's admins. Every review is recorded:
   * who reviewed, when, how many members and inactive members were seen, and what was
   * removed. Needs the administrate_users permission on the institution.
   * </pre>
   */
  public static final class AccessReviewServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AccessReviewServiceStub> {
    private AccessReviewServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccessReviewServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccessReviewServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists every member of the institution (staff and API clients) with their
     * memberships, where each comes from, their last activity and whether they have been
     * inactive for inactive_days; records the review.
     * </pre>
     */
    public void reviewStaffAccess(nl.edubadges.v1.ReviewStaffAccessRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.AccessReview> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReviewStaffAccessMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes every membership of the members inactive for inactive_days (or of the listed
     * ones among them), in one transaction, and records the review with what was removed.
     * The last institution admin is kept (listed in kept_members).
     * </pre>
     */
    public void removeStaleAccess(nl.edubadges.v1.RemoveStaleAccessRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.AccessReview> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveStaleAccessMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the recorded reviews of an institution, newest first (without member lists).
     * </pre>
     */
    public void listAccessReviews(nl.edubadges.v1.ListAccessReviewsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListAccessReviewsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAccessReviewsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AccessReviewService.
   * <pre>
   * Periodic review of staff access by an institution's admins. Every review is recorded:
   * who reviewed, when, how many members and inactive members were seen, and what was
   * removed. Needs the administrate_users permission on the institution.
   * </pre>
   */
  public static final class AccessReviewServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AccessReviewServiceBlockingV2Stub> {
    private AccessReviewServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccessReviewServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccessReviewServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists every member of the institution (staff and API clients) with their
     * memberships, where each comes from, their last activity and whether they have been
     * inactive for inactive_days; records the review.
     * </pre>
     */
    public nl.edubadges.v1.AccessReview reviewStaffAccess(nl.edubadges.v1.ReviewStaffAccessRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getReviewStaffAccessMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes every membership of the members inactive for inactive_days (or of the listed
     * ones among them), in one transaction, and records the review with what was removed.
     * The last institution admin is kept (listed in kept_members).
     * </pre>
     */
    public nl.edubadges.v1.AccessReview removeStaleAccess(nl.edubadges.v1.RemoveStaleAccessRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemoveStaleAccessMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the recorded reviews of an institution, newest first (without member lists).
     * </pre>
     */
    public nl.edubadges.v1.ListAccessReviewsResponse listAccessReviews(nl.edubadges.v1.ListAccessReviewsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListAccessReviewsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AccessReviewService.
   * <pre>
   * Periodic review of staff access by an institution's admins. Every review is recorded:
   * who reviewed, when, how many members and inactive members were seen, and what was
   * removed. Needs the administrate_users permission on the institution.
   * </pre>
   */
  public static final class AccessReviewServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AccessReviewServiceBlockingStub> {
    private AccessReviewServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccessReviewServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccessReviewServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists every member of the institution (staff and API clients) with their
     * memberships, where each comes from, their last activity and whether they have been
     * inactive for inactive_days; records the review.
     * </pre>
     */
    public nl.edubadges.v1.AccessReview reviewStaffAccess(nl.edubadges.v1.ReviewStaffAccessRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReviewStaffAccessMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes every membership of the members inactive for inactive_days (or of the listed
     * ones among them), in one transaction, and records the review with what was removed.
     * The last institution admin is kept (listed in kept_members).
     * </pre>
     */
    public nl.edubadges.v1.AccessReview removeStaleAccess(nl.edubadges.v1.RemoveStaleAccessRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveStaleAccessMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the recorded reviews of an institution, newest first (without member lists).
     * </pre>
     */
    public nl.edubadges.v1.ListAccessReviewsResponse listAccessReviews(nl.edubadges.v1.ListAccessReviewsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAccessReviewsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AccessReviewService.
   * <pre>
   * Periodic review of staff access by an institution's admins. Every review is recorded:
   * who reviewed, when, how many members and inactive members were seen, and what was
   * removed. Needs the administrate_users permission on the institution.
   * </pre>
   */
  public static final class AccessReviewServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AccessReviewServiceFutureStub> {
    private AccessReviewServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccessReviewServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccessReviewServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists every member of the institution (staff and API clients) with their
     * memberships, where each comes from, their last activity and whether they have been
     * inactive for inactive_days; records the review.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.AccessReview> reviewStaffAccess(
        nl.edubadges.v1.ReviewStaffAccessRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReviewStaffAccessMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes every membership of the members inactive for inactive_days (or of the listed
     * ones among them), in one transaction, and records the review with what was removed.
     * The last institution admin is kept (listed in kept_members).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.AccessReview> removeStaleAccess(
        nl.edubadges.v1.RemoveStaleAccessRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveStaleAccessMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the recorded reviews of an institution, newest first (without member lists).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListAccessReviewsResponse> listAccessReviews(
        nl.edubadges.v1.ListAccessReviewsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAccessReviewsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_REVIEW_STAFF_ACCESS = 0;
  private static final int METHODID_REMOVE_STALE_ACCESS = 1;
  private static final int METHODID_LIST_ACCESS_REVIEWS = 2;

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
        case METHODID_REVIEW_STAFF_ACCESS:
          serviceImpl.reviewStaffAccess((nl.edubadges.v1.ReviewStaffAccessRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.AccessReview>) responseObserver);
          break;
        case METHODID_REMOVE_STALE_ACCESS:
          serviceImpl.removeStaleAccess((nl.edubadges.v1.RemoveStaleAccessRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.AccessReview>) responseObserver);
          break;
        case METHODID_LIST_ACCESS_REVIEWS:
          serviceImpl.listAccessReviews((nl.edubadges.v1.ListAccessReviewsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListAccessReviewsResponse>) responseObserver);
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
          getReviewStaffAccessMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ReviewStaffAccessRequest,
              nl.edubadges.v1.AccessReview>(
                service, METHODID_REVIEW_STAFF_ACCESS)))
        .addMethod(
          getRemoveStaleAccessMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.RemoveStaleAccessRequest,
              nl.edubadges.v1.AccessReview>(
                service, METHODID_REMOVE_STALE_ACCESS)))
        .addMethod(
          getListAccessReviewsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListAccessReviewsRequest,
              nl.edubadges.v1.ListAccessReviewsResponse>(
                service, METHODID_LIST_ACCESS_REVIEWS)))
        .build();
  }

  private static abstract class AccessReviewServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AccessReviewServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.AccessReviewProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AccessReviewService");
    }
  }

  private static final class AccessReviewServiceFileDescriptorSupplier
      extends AccessReviewServiceBaseDescriptorSupplier {
    AccessReviewServiceFileDescriptorSupplier() {}
  }

  private static final class AccessReviewServiceMethodDescriptorSupplier
      extends AccessReviewServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AccessReviewServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AccessReviewServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AccessReviewServiceFileDescriptorSupplier())
              .addMethod(getReviewStaffAccessMethod())
              .addMethod(getRemoveStaleAccessMethod())
              .addMethod(getListAccessReviewsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
