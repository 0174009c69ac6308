package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Lists, rotates and retires the signing keys of issuers. Every issuer has at most one
 * active key per algorithm; the first credential an issuer signs creates it. Private keys
 * never leave the server: they are stored sealed under the server's master key.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class SigningKeyServiceGrpc {

  private SigningKeyServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.SigningKeyService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListSigningKeysRequest,
      nl.edubadges.v1.ListSigningKeysResponse> getListSigningKeysMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSigningKeys",
      requestType = nl.edubadges.v1.ListSigningKeysRequest.class,
      responseType = nl.edubadges.v1.ListSigningKeysResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListSigningKeysRequest,
      nl.edubadges.v1.ListSigningKeysResponse> getListSigningKeysMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListSigningKeysRequest, nl.edubadges.v1.ListSigningKeysResponse> getListSigningKeysMethod;
    if ((getListSigningKeysMethod = SigningKeyServiceGrpc.getListSigningKeysMethod) == null) {
      synchronized (SigningKeyServiceGrpc.class) {
        if ((getListSigningKeysMethod = SigningKeyServiceGrpc.getListSigningKeysMethod) == null) {
          SigningKeyServiceGrpc.getListSigningKeysMethod = getListSigningKeysMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListSigningKeysRequest, nl.edubadges.v1.ListSigningKeysResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSigningKeys"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListSigningKeysRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListSigningKeysResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SigningKeyServiceMethodDescriptorSupplier("ListSigningKeys"))
              .build();
        }
      }
    }
    return getListSigningKeysMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.RotateSigningKeyRequest,
      nl.edubadges.v1.SigningKey> getRotateSigningKeyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RotateSigningKey",
      requestType = nl.edubadges.v1.RotateSigningKeyRequest.class,
      responseType = nl.edubadges.v1.SigningKey.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.RotateSigningKeyRequest,
      nl.edubadges.v1.SigningKey> getRotateSigningKeyMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.RotateSigningKeyRequest, nl.edubadges.v1.SigningKey> getRotateSigningKeyMethod;
    if ((getRotateSigningKeyMethod = SigningKeyServiceGrpc.getRotateSigningKeyMethod) == null) {
      synchronized (SigningKeyServiceGrpc.class) {
        if ((getRotateSigningKeyMethod = SigningKeyServiceGrpc.getRotateSigningKeyMethod) == null) {
          SigningKeyServiceGrpc.getRotateSigningKeyMethod = getRotateSigningKeyMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.RotateSigningKeyRequest, nl.edubadges.v1.SigningKey>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RotateSigningKey"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.RotateSigningKeyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.SigningKey.getDefaultInstance()))
              .setSchemaDescriptor(new SigningKeyServiceMethodDescriptorSupplier("RotateSigningKey"))
              .build();
        }
      }
    }
    return getRotateSigningKeyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.RetireSigningKeyRequest,
      nl.edubadges.v1.SigningKey> getRetireSigningKeyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RetireSigningKey",
      requestType = nl.edubadges.v1.RetireSigningKeyRequest.class,
      responseType = nl.edubadges.v1.SigningKey.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.RetireSigningKeyRequest,
      nl.edubadges.v1.SigningKey> getRetireSigningKeyMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.RetireSigningKeyRequest, nl.edubadges.v1.SigningKey> getRetireSigningKeyMethod;
    if ((getRetireSigningKeyMethod = SigningKeyServiceGrpc.getRetireSigningKeyMethod) == null) {
      synchronized (SigningKeyServiceGrpc.class) {
        if ((getRetireSigningKeyMethod = SigningKeyServiceGrpc.getRetireSigningKeyMethod) == null) {
          SigningKeyServiceGrpc.getRetireSigningKeyMethod = getRetireSigningKeyMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.RetireSigningKeyRequest, nl.edubadges.v1.SigningKey>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RetireSigningKey"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.RetireSigningKeyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.SigningKey.getDefaultInstance()))
              .setSchemaDescriptor(new SigningKeyServiceMethodDescriptorSupplier("RetireSigningKey"))
              .build();
        }
      }
    }
    return getRetireSigningKeyMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SigningKeyServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SigningKeyServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SigningKeyServiceStub>() {
        @java.lang.Override
        public SigningKeyServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SigningKeyServiceStub(channel, callOptions);
        }
      };
    return SigningKeyServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static SigningKeyServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SigningKeyServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SigningKeyServiceBlockingV2Stub>() {
        @java.lang.Override
        public SigningKeyServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SigningKeyServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return SigningKeyServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SigningKeyServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SigningKeyServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SigningKeyServiceBlockingStub>() {
        @java.lang.Override
        public SigningKeyServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SigningKeyServiceBlockingStub(channel, callOptions);
        }
      };
    return SigningKeyServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SigningKeyServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SigningKeyServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SigningKeyServiceFutureStub>() {
        @java.lang.Override
        public SigningKeyServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SigningKeyServiceFutureStub(channel, callOptions);
        }
      };
    return SigningKeyServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Lists, rotates and retires the signing keys of issuers. Every issuer has at most one
   * active key per algorithm; the first credential an issuer signs creates it. Private keys
   * never leave the server: they are stored sealed under the server's master key.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Lists the keys of an issuer (retired ones too) in the order they were made, with
     * keyset paging.
     * </pre>
     */
    default void listSigningKeys(nl.edubadges.v1.ListSigningKeysRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListSigningKeysResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSigningKeysMethod(), responseObserver);
    }

    /**
     * <pre>
     * Makes a new active key of the algorithm for the issuer; the previous active key (if
     * any) becomes superseded: it signs nothing more, but stays published in the issuer's
     * controller document and JWK Set, so what it signed keeps verifying.
     * </pre>
     */
    default void rotateSigningKey(nl.edubadges.v1.RotateSigningKeyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.SigningKey> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRotateSigningKeyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Retires a key: it is no longer published, so every credential it signed fails
     * verification from then on (use it when a key is compromised, or when everything it
     * signed was re-issued). Retiring the active key leaves the issuer without one of that
     * algorithm until the next credential creates a new one. Retiring a retired key is
     * FAILED_PRECONDITION.
     * </pre>
     */
    default void retireSigningKey(nl.edubadges.v1.RetireSigningKeyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.SigningKey> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRetireSigningKeyMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service SigningKeyService.
   * <pre>
   * Lists, rotates and retires the signing keys of issuers. Every issuer has at most one
   * active key per algorithm; the first credential an issuer signs creates it. Private keys
   * never leave the server: they are stored sealed under the server's master key.
   * </pre>
   */
  public static abstract class SigningKeyServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return SigningKeyServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service SigningKeyService.
   * <pre>
   * Lists, rotates and retires the signing keys of issuers. Every issuer has at most one
   * active key per algorithm; the first credential an issuer signs creates it. Private keys
   * never leave the server: they are stored sealed under the server's master key.
   * </pre>
   */
  public static final class SigningKeyServiceStub
      extends io.grpc.stub.AbstractAsyncStub<SigningKeyServiceStub> {
    private SigningKeyServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SigningKeyServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SigningKeyServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the keys of an issuer (retired ones too) in the order they were made, with
     * keyset paging.
     * </pre>
     */
    public void listSigningKeys(nl.edubadges.v1.ListSigningKeysRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListSigningKeysResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSigningKeysMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Makes a new active key of the algorithm for the issuer; the previous active key (if
     * any) becomes superseded: it signs nothing more, but stays published in the issuer's
     * controller document and JWK Set, so what it signed keeps verifying.
     * </pre>
     */
    public void rotateSigningKey(nl.edubadges.v1.RotateSigningKeyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.SigningKey> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRotateSigningKeyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Retires a key: it is no longer published, so every credential it signed fails
     * verification from then on (use it when a key is compromised, or when everything it
     * signed was re-issued). Retiring the active key leaves the issuer without one of that
     * algorithm until the next credential creates a new one. Retiring a retired key is
     * FAILED_PRECONDITION.
     * </pre>
     */
    public void retireSigningKey(nl.edubadges.v1.RetireSigningKeyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.SigningKey> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRetireSigningKeyMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service SigningKeyService.
   * <pre>
   * Lists, rotates and retires the signing keys of issuers. Every issuer has at most one
   * active key per algorithm; the first credential an issuer signs creates it. Private keys
   * never leave the server: they are stored sealed under the server's master key.
   * </pre>
   */
  public static final class SigningKeyServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<SigningKeyServiceBlockingV2Stub> {
    private SigningKeyServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SigningKeyServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SigningKeyServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the keys of an issuer (retired ones too) in the order they were made, with
     * keyset paging.
     * </pre>
     */
    public nl.edubadges.v1.ListSigningKeysResponse listSigningKeys(nl.edubadges.v1.ListSigningKeysRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSigningKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes a new active key of the algorithm for the issuer; the previous active key (if
     * any) becomes superseded: it signs nothing more, but stays published in the issuer's
     * controller document and JWK Set, so what it signed keeps verifying.
     * </pre>
     */
    public nl.edubadges.v1.SigningKey rotateSigningKey(nl.edubadges.v1.RotateSigningKeyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRotateSigningKeyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Retires a key: it is no longer published, so every credential it signed fails
     * verification from then on (use it when a key is compromised, or when everything it
     * signed was re-issued). Retiring the active key leaves the issuer without one of that
     * algorithm until the next credential creates a new one. Retiring a retired key is
     * FAILED_PRECONDITION.
     * </pre>
     */
    public nl.edubadges.v1.SigningKey retireSigningKey(nl.edubadges.v1.RetireSigningKeyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRetireSigningKeyMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service SigningKeyService.
   * <pre>
   * Lists, rotates and retires the signing keys of issuers. Every issuer has at most one
   * active key per algorithm; the first credential an issuer signs creates it. Private keys
   * never leave the server: they are stored sealed under the server's master key.
   * </pre>
   */
  public static final class SigningKeyServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<SigningKeyServiceBlockingStub> {
    private SigningKeyServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SigningKeyServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SigningKeyServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the keys of an issuer (retired ones too) in the order they were made, with
     * keyset paging.
     * </pre>
     */
    public nl.edubadges.v1.ListSigningKeysResponse listSigningKeys(nl.edubadges.v1.ListSigningKeysRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSigningKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes a new active key of the algorithm for the issuer; the previous active key (if
     * any) becomes superseded: it signs nothing more, but stays published in the issuer's
     * controller document and JWK Set, so what it signed keeps verifying.
     * </pre>
     */
    public nl.edubadges.v1.SigningKey rotateSigningKey(nl.edubadges.v1.RotateSigningKeyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRotateSigningKeyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Retires a key: it is no longer published, so every credential it signed fails
     * verification from then on (use it when a key is compromised, or when everything it
     * signed was re-issued). Retiring the active key leaves the issuer without one of that
     * algorithm until the next credential creates a new one. Retiring a retired key is
     * FAILED_PRECONDITION.
     * </pre>
     */
    public nl.edubadges.v1.SigningKey retireSigningKey(nl.edubadges.v1.RetireSigningKeyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRetireSigningKeyMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service SigningKeyService.
   * <pre>
   * Lists, rotates and retires the signing keys of issuers. Every issuer has at most one
   * active key per algorithm; the first credential an issuer signs creates it. Private keys
   * never leave the server: they are stored sealed under the server's master key.
   * </pre>
   */
  public static final class SigningKeyServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<SigningKeyServiceFutureStub> {
    private SigningKeyServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SigningKeyServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SigningKeyServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the keys of an issuer (retired ones too) in the order they were made, with
     * keyset paging.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListSigningKeysResponse> listSigningKeys(
        nl.edubadges.v1.ListSigningKeysRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSigningKeysMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Makes a new active key of the algorithm for the issuer; the previous active key (if
     * any) becomes superseded: it signs nothing more, but stays published in the issuer's
     * controller document and JWK Set, so what it signed keeps verifying.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.SigningKey> rotateSigningKey(
        nl.edubadges.v1.RotateSigningKeyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRotateSigningKeyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Retires a key: it is no longer published, so every credential it signed fails
     * verification from then on (use it when a key is compromised, or when everything it
     * signed was re-issued). Retiring the active key leaves the issuer without one of that
     * algorithm until the next credential creates a new one. Retiring a retired key is
     * FAILED_PRECONDITION.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.SigningKey> retireSigningKey(
        nl.edubadges.v1.RetireSigningKeyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRetireSigningKeyMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_SIGNING_KEYS = 0;
  private static final int METHODID_ROTATE_SIGNING_KEY = 1;
  private static final int METHODID_RETIRE_SIGNING_KEY = 2;

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
        case METHODID_LIST_SIGNING_KEYS:
          serviceImpl.listSigningKeys((nl.edubadges.v1.ListSigningKeysRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListSigningKeysResponse>) responseObserver);
          break;
        case METHODID_ROTATE_SIGNING_KEY:
          serviceImpl.rotateSigningKey((nl.edubadges.v1.RotateSigningKeyRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.SigningKey>) responseObserver);
          break;
        case METHODID_RETIRE_SIGNING_KEY:
          serviceImpl.retireSigningKey((nl.edubadges.v1.RetireSigningKeyRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.SigningKey>) responseObserver);
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
          getListSigningKeysMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListSigningKeysRequest,
              nl.edubadges.v1.ListSigningKeysResponse>(
                service, METHODID_LIST_SIGNING_KEYS)))
        .addMethod(
          getRotateSigningKeyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.RotateSigningKeyRequest,
              nl.edubadges.v1.SigningKey>(
                service, METHODID_ROTATE_SIGNING_KEY)))
        .addMethod(
          getRetireSigningKeyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.RetireSigningKeyRequest,
              nl.edubadges.v1.SigningKey>(
                service, METHODID_RETIRE_SIGNING_KEY)))
        .build();
  }

  private static abstract class SigningKeyServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SigningKeyServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.SigningKeyProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SigningKeyService");
    }
  }

  private static final class SigningKeyServiceFileDescriptorSupplier
      extends SigningKeyServiceBaseDescriptorSupplier {
    SigningKeyServiceFileDescriptorSupplier() {}
  }

  private static final class SigningKeyServiceMethodDescriptorSupplier
      extends SigningKeyServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    SigningKeyServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (SigningKeyServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SigningKeyServiceFileDescriptorSupplier())
              .addMethod(getListSigningKeysMethod())
              .addMethod(getRotateSigningKeyMethod())
              .addMethod(getRetireSigningKeyMethod())
              .build();
        }
      }
    }
    return result;
  }
}
