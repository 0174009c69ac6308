package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Issues assertions as Open Badges 3.0 OpenBadgeCredentials and verifies credentials.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class CredentialServiceGrpc {

  private CredentialServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.CredentialService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetOpenBadgeCredentialRequest,
      nl.edubadges.v1.OpenBadgeCredential> getGetOpenBadgeCredentialMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetOpenBadgeCredential",
      requestType = nl.edubadges.v1.GetOpenBadgeCredentialRequest.class,
      responseType = nl.edubadges.v1.OpenBadgeCredential.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetOpenBadgeCredentialRequest,
      nl.edubadges.v1.OpenBadgeCredential> getGetOpenBadgeCredentialMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetOpenBadgeCredentialRequest, nl.edubadges.v1.OpenBadgeCredential> getGetOpenBadgeCredentialMethod;
    if ((getGetOpenBadgeCredentialMethod = CredentialServiceGrpc.getGetOpenBadgeCredentialMethod) == null) {
      synchronized (CredentialServiceGrpc.class) {
        if ((getGetOpenBadgeCredentialMethod = CredentialServiceGrpc.getGetOpenBadgeCredentialMethod) == null) {
          CredentialServiceGrpc.getGetOpenBadgeCredentialMethod = getGetOpenBadgeCredentialMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetOpenBadgeCredentialRequest, nl.edubadges.v1.OpenBadgeCredential>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetOpenBadgeCredential"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetOpenBadgeCredentialRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.OpenBadgeCredential.getDefaultInstance()))
              .setSchemaDescriptor(new CredentialServiceMethodDescriptorSupplier("GetOpenBadgeCredential"))
              .build();
        }
      }
    }
    return getGetOpenBadgeCredentialMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.VerifyCredentialRequest,
      nl.edubadges.v1.VerifyCredentialResponse> getVerifyCredentialMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VerifyCredential",
      requestType = nl.edubadges.v1.VerifyCredentialRequest.class,
      responseType = nl.edubadges.v1.VerifyCredentialResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.VerifyCredentialRequest,
      nl.edubadges.v1.VerifyCredentialResponse> getVerifyCredentialMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.VerifyCredentialRequest, nl.edubadges.v1.VerifyCredentialResponse> getVerifyCredentialMethod;
    if ((getVerifyCredentialMethod = CredentialServiceGrpc.getVerifyCredentialMethod) == null) {
      synchronized (CredentialServiceGrpc.class) {
        if ((getVerifyCredentialMethod = CredentialServiceGrpc.getVerifyCredentialMethod) == null) {
          CredentialServiceGrpc.getVerifyCredentialMethod = getVerifyCredentialMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.VerifyCredentialRequest, nl.edubadges.v1.VerifyCredentialResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VerifyCredential"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.VerifyCredentialRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.VerifyCredentialResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CredentialServiceMethodDescriptorSupplier("VerifyCredential"))
              .build();
        }
      }
    }
    return getVerifyCredentialMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static CredentialServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CredentialServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CredentialServiceStub>() {
        @java.lang.Override
        public CredentialServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CredentialServiceStub(channel, callOptions);
        }
      };
    return CredentialServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static CredentialServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CredentialServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CredentialServiceBlockingV2Stub>() {
        @java.lang.Override
        public CredentialServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CredentialServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return CredentialServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static CredentialServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CredentialServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CredentialServiceBlockingStub>() {
        @java.lang.Override
        public CredentialServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CredentialServiceBlockingStub(channel, callOptions);
        }
      };
    return CredentialServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static CredentialServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CredentialServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CredentialServiceFutureStub>() {
        @java.lang.Override
        public CredentialServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CredentialServiceFutureStub(channel, callOptions);
        }
      };
    return CredentialServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Issues assertions as Open Badges 3.0 OpenBadgeCredentials and verifies credentials.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Gets an assertion as a signed Open Badges 3.0 OpenBadgeCredential, signed by the
     * issuer's active key of the format's algorithm (made on first use). The credential
     * carries a BitstringStatusListEntry: revoking the assertion shows in the issuer's
     * public status list. A revoked assertion is FAILED_PRECONDITION.
     * </pre>
     */
    default void getOpenBadgeCredential(nl.edubadges.v1.GetOpenBadgeCredentialRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.OpenBadgeCredential> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetOpenBadgeCredentialMethod(), responseObserver);
    }

    /**
     * <pre>
     * Verifies a credential, ours or another issuer's (Open Badges 3.0 / VC 2.0 with the
     * bundled JSON-LD contexts, keys by did:key, did:web or our public URLs): proof, key
     * binding, schema, dates, status and, when given, the recipient. Never fails for a bad
     * credential: the report says which check failed and why. Needs no token.
     * </pre>
     */
    default void verifyCredential(nl.edubadges.v1.VerifyCredentialRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.VerifyCredentialResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVerifyCredentialMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service CredentialService.
   * <pre>
   * Issues assertions as Open Badges 3.0 OpenBadgeCredentials and verifies credentials.
   * </pre>
   */
  public static abstract class CredentialServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return CredentialServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service CredentialService.
   * <pre>
   * Issues assertions as Open Badges 3.0 OpenBadgeCredentials and verifies credentials.
   * </pre>
   */
  public static final class CredentialServiceStub
      extends io.grpc.stub.AbstractAsyncStub<CredentialServiceStub> {
    private CredentialServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CredentialServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CredentialServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets an assertion as a signed Open Badges 3.0 OpenBadgeCredential, signed by the
     * issuer's active key of the format's algorithm (made on first use). The credential
     * carries a BitstringStatusListEntry: revoking the assertion shows in the issuer's
     * public status list. A revoked assertion is FAILED_PRECONDITION.
     * </pre>
     */
    public void getOpenBadgeCredential(nl.edubadges.v1.GetOpenBadgeCredentialRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.OpenBadgeCredential> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetOpenBadgeCredentialMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Verifies a credential, ours or another issuer's (Open Badges 3.0 / VC 2.0 with the
     * bundled JSON-LD contexts, keys by did:key, did:web or our public URLs): proof, key
     * binding, schema, dates, status and, when given, the recipient. Never fails for a bad
     * credential: the report says which check failed and why. Needs no token.
     * </pre>
     */
    public void verifyCredential(nl.edubadges.v1.VerifyCredentialRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.VerifyCredentialResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVerifyCredentialMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service CredentialService.
   * <pre>
   * Issues assertions as Open Badges 3.0 OpenBadgeCredentials and verifies credentials.
   * </pre>
   */
  public static final class CredentialServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<CredentialServiceBlockingV2Stub> {
    private CredentialServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CredentialServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CredentialServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets an assertion as a signed Open Badges 3.0 OpenBadgeCredential, signed by the
     * issuer's active key of the format's algorithm (made on first use). The credential
     * carries a BitstringStatusListEntry: revoking the assertion shows in the issuer's
     * public status list. A revoked assertion is FAILED_PRECONDITION.
     * </pre>
     */
    public nl.edubadges.v1.OpenBadgeCredential getOpenBadgeCredential(nl.edubadges.v1.GetOpenBadgeCredentialRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetOpenBadgeCredentialMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Verifies a credential, ours or another issuer's (Open Badges 3.0 / VC 2.0 with the
     * bundled JSON-LD contexts, keys by did:key, did:web or our public URLs): proof, key
     * binding, schema, dates, status and, when given, the recipient. Never fails for a bad
     * credential: the report says which check failed and why. Needs no token.
     * </pre>
     */
    public nl.edubadges.v1.VerifyCredentialResponse verifyCredential(nl.edubadges.v1.VerifyCredentialRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getVerifyCredentialMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service CredentialService.
   * <pre>
   * Issues assertions as Open Badges 3.0 OpenBadgeCredentials and verifies credentials.
   * </pre>
   */
  public static final class CredentialServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<CredentialServiceBlockingStub> {
    private CredentialServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CredentialServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CredentialServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets an assertion as a signed Open Badges 3.0 OpenBadgeCredential, signed by the
     * issuer's active key of the format's algorithm (made on first use). The credential
     * carries a BitstringStatusListEntry: revoking the assertion shows in the issuer's
     * public status list. A revoked assertion is FAILED_PRECONDITION.
     * </pre>
     */
    public nl.edubadges.v1.OpenBadgeCredential getOpenBadgeCredential(nl.edubadges.v1.GetOpenBadgeCredentialRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetOpenBadgeCredentialMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Verifies a credential, ours or another issuer's (Open Badges 3.0 / VC 2.0 with the
     * bundled JSON-LD contexts, keys by did:key, did:web or our public URLs): proof, key
     * binding, schema, dates, status and, when given, the recipient. Never fails for a bad
     * credential: the report says which check failed and why. Needs no token.
     * </pre>
     */
    public nl.edubadges.v1.VerifyCredentialResponse verifyCredential(nl.edubadges.v1.VerifyCredentialRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVerifyCredentialMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service CredentialService.
   * <pre>
   * Issues assertions as Open Badges 3.0 OpenBadgeCredentials and verifies credentials.
   * </pre>
   */
  public static final class CredentialServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<CredentialServiceFutureStub> {
    private CredentialServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CredentialServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CredentialServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets an assertion as a signed Open Badges 3.0 OpenBadgeCredential, signed by the
     * issuer's active key of the format's algorithm (made on first use). The credential
     * carries a BitstringStatusListEntry: revoking the assertion shows in the issuer's
     * public status list. A revoked assertion is FAILED_PRECONDITION.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.OpenBadgeCredential> getOpenBadgeCredential(
        nl.edubadges.v1.GetOpenBadgeCredentialRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetOpenBadgeCredentialMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Verifies a credential, ours or another issuer's (Open Badges 3.0 / VC 2.0 with the
     * bundled JSON-LD contexts, keys by did:key, did:web or our public URLs): proof, key
     * binding, schema, dates, status and, when given, the recipient. Never fails for a bad
     * credential: the report says which check failed and why. Needs no token.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.VerifyCredentialResponse> verifyCredential(
        nl.edubadges.v1.VerifyCredentialRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVerifyCredentialMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_OPEN_BADGE_CREDENTIAL = 0;
  private static final int METHODID_VERIFY_CREDENTIAL = 1;

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
        case METHODID_GET_OPEN_BADGE_CREDENTIAL:
          serviceImpl.getOpenBadgeCredential((nl.edubadges.v1.GetOpenBadgeCredentialRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.OpenBadgeCredential>) responseObserver);
          break;
        case METHODID_VERIFY_CREDENTIAL:
          serviceImpl.verifyCredential((nl.edubadges.v1.VerifyCredentialRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.VerifyCredentialResponse>) responseObserver);
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
          getGetOpenBadgeCredentialMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetOpenBadgeCredentialRequest,
              nl.edubadges.v1.OpenBadgeCredential>(
                service, METHODID_GET_OPEN_BADGE_CREDENTIAL)))
        .addMethod(
          getVerifyCredentialMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.VerifyCredentialRequest,
              nl.edubadges.v1.VerifyCredentialResponse>(
                service, METHODID_VERIFY_CREDENTIAL)))
        .build();
  }

  private static abstract class CredentialServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    CredentialServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.CredentialProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("CredentialService");
    }
  }

  private static final class CredentialServiceFileDescriptorSupplier
      extends CredentialServiceBaseDescriptorSupplier {
    CredentialServiceFileDescriptorSupplier() {}
  }

  private static final class CredentialServiceMethodDescriptorSupplier
      extends CredentialServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    CredentialServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (CredentialServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new CredentialServiceFileDescriptorSupplier())
              .addMethod(getGetOpenBadgeCredentialMethod())
              .addMethod(getVerifyCredentialMethod())
              .build();
        }
      }
    }
    return result;
  }
}
