package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Keeps the learners the identity layer reports after a login, and their consents.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class LearnerServiceGrpc {

  private LearnerServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.LearnerService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.UpsertLearnerRequest,
      nl.edubadges.v1.Learner> getUpsertLearnerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpsertLearner",
      requestType = nl.edubadges.v1.UpsertLearnerRequest.class,
      responseType = nl.edubadges.v1.Learner.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.UpsertLearnerRequest,
      nl.edubadges.v1.Learner> getUpsertLearnerMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.UpsertLearnerRequest, nl.edubadges.v1.Learner> getUpsertLearnerMethod;
    if ((getUpsertLearnerMethod = LearnerServiceGrpc.getUpsertLearnerMethod) == null) {
      synchronized (LearnerServiceGrpc.class) {
        if ((getUpsertLearnerMethod = LearnerServiceGrpc.getUpsertLearnerMethod) == null) {
          LearnerServiceGrpc.getUpsertLearnerMethod = getUpsertLearnerMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.UpsertLearnerRequest, nl.edubadges.v1.Learner>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpsertLearner"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.UpsertLearnerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Learner.getDefaultInstance()))
              .setSchemaDescriptor(new LearnerServiceMethodDescriptorSupplier("UpsertLearner"))
              .build();
        }
      }
    }
    return getUpsertLearnerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetLearnerRequest,
      nl.edubadges.v1.Learner> getGetLearnerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetLearner",
      requestType = nl.edubadges.v1.GetLearnerRequest.class,
      responseType = nl.edubadges.v1.Learner.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetLearnerRequest,
      nl.edubadges.v1.Learner> getGetLearnerMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetLearnerRequest, nl.edubadges.v1.Learner> getGetLearnerMethod;
    if ((getGetLearnerMethod = LearnerServiceGrpc.getGetLearnerMethod) == null) {
      synchronized (LearnerServiceGrpc.class) {
        if ((getGetLearnerMethod = LearnerServiceGrpc.getGetLearnerMethod) == null) {
          LearnerServiceGrpc.getGetLearnerMethod = getGetLearnerMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetLearnerRequest, nl.edubadges.v1.Learner>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetLearner"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetLearnerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Learner.getDefaultInstance()))
              .setSchemaDescriptor(new LearnerServiceMethodDescriptorSupplier("GetLearner"))
              .build();
        }
      }
    }
    return getGetLearnerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.RecordConsentRequest,
      nl.edubadges.v1.Consent> getRecordConsentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RecordConsent",
      requestType = nl.edubadges.v1.RecordConsentRequest.class,
      responseType = nl.edubadges.v1.Consent.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.RecordConsentRequest,
      nl.edubadges.v1.Consent> getRecordConsentMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.RecordConsentRequest, nl.edubadges.v1.Consent> getRecordConsentMethod;
    if ((getRecordConsentMethod = LearnerServiceGrpc.getRecordConsentMethod) == null) {
      synchronized (LearnerServiceGrpc.class) {
        if ((getRecordConsentMethod = LearnerServiceGrpc.getRecordConsentMethod) == null) {
          LearnerServiceGrpc.getRecordConsentMethod = getRecordConsentMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.RecordConsentRequest, nl.edubadges.v1.Consent>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RecordConsent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.RecordConsentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Consent.getDefaultInstance()))
              .setSchemaDescriptor(new LearnerServiceMethodDescriptorSupplier("RecordConsent"))
              .build();
        }
      }
    }
    return getRecordConsentMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static LearnerServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LearnerServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LearnerServiceStub>() {
        @java.lang.Override
        public LearnerServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LearnerServiceStub(channel, callOptions);
        }
      };
    return LearnerServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static LearnerServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LearnerServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LearnerServiceBlockingV2Stub>() {
        @java.lang.Override
        public LearnerServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LearnerServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return LearnerServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static LearnerServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LearnerServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LearnerServiceBlockingStub>() {
        @java.lang.Override
        public LearnerServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LearnerServiceBlockingStub(channel, callOptions);
        }
      };
    return LearnerServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static LearnerServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LearnerServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LearnerServiceFutureStub>() {
        @java.lang.Override
        public LearnerServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LearnerServiceFutureStub(channel, callOptions);
        }
      };
    return LearnerServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Keeps the learners the identity layer reports after a login, and their consents.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates or updates the learner with this eduID pseudonym: e-mail, validated name and
     * linked institution accounts are replaced by the values given. Called by the identity
     * layer after every login.
     * </pre>
     */
    default void upsertLearner(nl.edubadges.v1.UpsertLearnerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Learner> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpsertLearnerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets one learner by resource name.
     * </pre>
     */
    default void getLearner(nl.edubadges.v1.GetLearnerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Learner> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetLearnerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Records the learner's consent to an institution's terms of one kind; a later version
     * replaces an earlier one. Claiming and requesting badges need a current consent.
     * </pre>
     */
    default void recordConsent(nl.edubadges.v1.RecordConsentRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Consent> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRecordConsentMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service LearnerService.
   * <pre>
   * Keeps the learners the identity layer reports after a login, and their consents.
   * </pre>
   */
  public static abstract class LearnerServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return LearnerServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service LearnerService.
   * <pre>
   * Keeps the learners the identity layer reports after a login, and their consents.
   * </pre>
   */
  public static final class LearnerServiceStub
      extends io.grpc.stub.AbstractAsyncStub<LearnerServiceStub> {
    private LearnerServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LearnerServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LearnerServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates or updates the learner with this eduID pseudonym: e-mail, validated name and
     * linked institution accounts are replaced by the values given. Called by the identity
     * layer after every login.
     * </pre>
     */
    public void upsertLearner(nl.edubadges.v1.UpsertLearnerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Learner> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpsertLearnerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets one learner by resource name.
     * </pre>
     */
    public void getLearner(nl.edubadges.v1.GetLearnerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Learner> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetLearnerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Records the learner's consent to an institution's terms of one kind; a later version
     * replaces an earlier one. Claiming and requesting badges need a current consent.
     * </pre>
     */
    public void recordConsent(nl.edubadges.v1.RecordConsentRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Consent> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRecordConsentMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service LearnerService.
   * <pre>
   * Keeps the learners the identity layer reports after a login, and their consents.
   * </pre>
   */
  public static final class LearnerServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<LearnerServiceBlockingV2Stub> {
    private LearnerServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LearnerServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LearnerServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates or updates the learner with this eduID pseudonym: e-mail, validated name and
     * linked institution accounts are replaced by the values given. Called by the identity
     * layer after every login.
     * </pre>
     */
    public nl.edubadges.v1.Learner upsertLearner(nl.edubadges.v1.UpsertLearnerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpsertLearnerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one learner by resource name.
     * </pre>
     */
    public nl.edubadges.v1.Learner getLearner(nl.edubadges.v1.GetLearnerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetLearnerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records the learner's consent to an institution's terms of one kind; a later version
     * replaces an earlier one. Claiming and requesting badges need a current consent.
     * </pre>
     */
    public nl.edubadges.v1.Consent recordConsent(nl.edubadges.v1.RecordConsentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRecordConsentMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service LearnerService.
   * <pre>
   * Keeps the learners the identity layer reports after a login, and their consents.
   * </pre>
   */
  public static final class LearnerServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<LearnerServiceBlockingStub> {
    private LearnerServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LearnerServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LearnerServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates or updates the learner with this eduID pseudonym: e-mail, validated name and
     * linked institution accounts are replaced by the values given. Called by the identity
     * layer after every login.
     * </pre>
     */
    public nl.edubadges.v1.Learner upsertLearner(nl.edubadges.v1.UpsertLearnerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpsertLearnerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one learner by resource name.
     * </pre>
     */
    public nl.edubadges.v1.Learner getLearner(nl.edubadges.v1.GetLearnerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetLearnerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records the learner's consent to an institution's terms of one kind; a later version
     * replaces an earlier one. Claiming and requesting badges need a current consent.
     * </pre>
     */
    public nl.edubadges.v1.Consent recordConsent(nl.edubadges.v1.RecordConsentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRecordConsentMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service LearnerService.
   * <pre>
   * Keeps the learners the identity layer reports after a login, and their consents.
   * </pre>
   */
  public static final class LearnerServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<LearnerServiceFutureStub> {
    private LearnerServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LearnerServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LearnerServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates or updates the learner with this eduID pseudonym: e-mail, validated name and
     * linked institution accounts are replaced by the values given. Called by the identity
     * layer after every login.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Learner> upsertLearner(
        nl.edubadges.v1.UpsertLearnerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpsertLearnerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets one learner by resource name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Learner> getLearner(
        nl.edubadges.v1.GetLearnerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetLearnerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Records the learner's consent to an institution's terms of one kind; a later version
     * replaces an earlier one. Claiming and requesting badges need a current consent.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Consent> recordConsent(
        nl.edubadges.v1.RecordConsentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRecordConsentMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_UPSERT_LEARNER = 0;
  private static final int METHODID_GET_LEARNER = 1;
  private static final int METHODID_RECORD_CONSENT = 2;

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
        case METHODID_UPSERT_LEARNER:
          serviceImpl.upsertLearner((nl.edubadges.v1.UpsertLearnerRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Learner>) responseObserver);
          break;
        case METHODID_GET_LEARNER:
          serviceImpl.getLearner((nl.edubadges.v1.GetLearnerRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Learner>) responseObserver);
          break;
        case METHODID_RECORD_CONSENT:
          serviceImpl.recordConsent((nl.edubadges.v1.RecordConsentRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Consent>) responseObserver);
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
          getUpsertLearnerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.UpsertLearnerRequest,
              nl.edubadges.v1.Learner>(
                service, METHODID_UPSERT_LEARNER)))
        .addMethod(
          getGetLearnerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetLearnerRequest,
              nl.edubadges.v1.Learner>(
                service, METHODID_GET_LEARNER)))
        .addMethod(
          getRecordConsentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.RecordConsentRequest,
              nl.edubadges.v1.Consent>(
                service, METHODID_RECORD_CONSENT)))
        .build();
  }

  private static abstract class LearnerServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    LearnerServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.LearnerProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("LearnerService");
    }
  }

  private static final class LearnerServiceFileDescriptorSupplier
      extends LearnerServiceBaseDescriptorSupplier {
    LearnerServiceFileDescriptorSupplier() {}
  }

  private static final class LearnerServiceMethodDescriptorSupplier
      extends LearnerServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    LearnerServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (LearnerServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new LearnerServiceFileDescriptorSupplier())
              .addMethod(getUpsertLearnerMethod())
              .addMethod(getGetLearnerMethod())
              .addMethod(getRecordConsentMethod())
              .build();
        }
      }
    }
    return result;
  }
}
