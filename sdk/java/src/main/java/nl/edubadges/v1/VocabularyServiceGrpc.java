package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Serves the labels of every enum of the API so that clients can build forms and
 * show values without hard-coding texts. Needs no authentication.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class VocabularyServiceGrpc {

  private VocabularyServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.VocabularyService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListVocabulariesRequest,
      nl.edubadges.v1.ListVocabulariesResponse> getListVocabulariesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListVocabularies",
      requestType = nl.edubadges.v1.ListVocabulariesRequest.class,
      responseType = nl.edubadges.v1.ListVocabulariesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListVocabulariesRequest,
      nl.edubadges.v1.ListVocabulariesResponse> getListVocabulariesMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListVocabulariesRequest, nl.edubadges.v1.ListVocabulariesResponse> getListVocabulariesMethod;
    if ((getListVocabulariesMethod = VocabularyServiceGrpc.getListVocabulariesMethod) == null) {
      synchronized (VocabularyServiceGrpc.class) {
        if ((getListVocabulariesMethod = VocabularyServiceGrpc.getListVocabulariesMethod) == null) {
          VocabularyServiceGrpc.getListVocabulariesMethod = getListVocabulariesMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListVocabulariesRequest, nl.edubadges.v1.ListVocabulariesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListVocabularies"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListVocabulariesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListVocabulariesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new VocabularyServiceMethodDescriptorSupplier("ListVocabularies"))
              .build();
        }
      }
    }
    return getListVocabulariesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static VocabularyServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<VocabularyServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<VocabularyServiceStub>() {
        @java.lang.Override
        public VocabularyServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new VocabularyServiceStub(channel, callOptions);
        }
      };
    return VocabularyServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static VocabularyServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<VocabularyServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<VocabularyServiceBlockingV2Stub>() {
        @java.lang.Override
        public VocabularyServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new VocabularyServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return VocabularyServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static VocabularyServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<VocabularyServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<VocabularyServiceBlockingStub>() {
        @java.lang.Override
        public VocabularyServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new VocabularyServiceBlockingStub(channel, callOptions);
        }
      };
    return VocabularyServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static VocabularyServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<VocabularyServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<VocabularyServiceFutureStub>() {
        @java.lang.Override
        public VocabularyServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new VocabularyServiceFutureStub(channel, callOptions);
        }
      };
    return VocabularyServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Serves the labels of every enum of the API so that clients can build forms and
   * show values without hard-coding texts. Needs no authentication.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Lists the vocabularies (one per enum of the API), or one of them.
     * </pre>
     */
    default void listVocabularies(nl.edubadges.v1.ListVocabulariesRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListVocabulariesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListVocabulariesMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service VocabularyService.
   * <pre>
   * Serves the labels of every enum of the API so that clients can build forms and
   * show values without hard-coding texts. Needs no authentication.
   * </pre>
   */
  public static abstract class VocabularyServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return VocabularyServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service VocabularyService.
   * <pre>
   * Serves the labels of every enum of the API so that clients can build forms and
   * show values without hard-coding texts. Needs no authentication.
   * </pre>
   */
  public static final class VocabularyServiceStub
      extends io.grpc.stub.AbstractAsyncStub<VocabularyServiceStub> {
    private VocabularyServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected VocabularyServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new VocabularyServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the vocabularies (one per enum of the API), or one of them.
     * </pre>
     */
    public void listVocabularies(nl.edubadges.v1.ListVocabulariesRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListVocabulariesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListVocabulariesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service VocabularyService.
   * <pre>
   * Serves the labels of every enum of the API so that clients can build forms and
   * show values without hard-coding texts. Needs no authentication.
   * </pre>
   */
  public static final class VocabularyServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<VocabularyServiceBlockingV2Stub> {
    private VocabularyServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected VocabularyServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new VocabularyServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the vocabularies (one per enum of the API), or one of them.
     * </pre>
     */
    public nl.edubadges.v1.ListVocabulariesResponse listVocabularies(nl.edubadges.v1.ListVocabulariesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListVocabulariesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service VocabularyService.
   * <pre>
   * Serves the labels of every enum of the API so that clients can build forms and
   * show values without hard-coding texts. Needs no authentication.
   * </pre>
   */
  public static final class VocabularyServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<VocabularyServiceBlockingStub> {
    private VocabularyServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected VocabularyServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new VocabularyServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the vocabularies (one per enum of the API), or one of them.
     * </pre>
     */
    public nl.edubadges.v1.ListVocabulariesResponse listVocabularies(nl.edubadges.v1.ListVocabulariesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListVocabulariesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service VocabularyService.
   * <pre>
   * Serves the labels of every enum of the API so that clients can build forms and
   * show values without hard-coding texts. Needs no authentication.
   * </pre>
   */
  public static final class VocabularyServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<VocabularyServiceFutureStub> {
    private VocabularyServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected VocabularyServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new VocabularyServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the vocabularies (one per enum of the API), or one of them.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListVocabulariesResponse> listVocabularies(
        nl.edubadges.v1.ListVocabulariesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListVocabulariesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_VOCABULARIES = 0;

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
        case METHODID_LIST_VOCABULARIES:
          serviceImpl.listVocabularies((nl.edubadges.v1.ListVocabulariesRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListVocabulariesResponse>) responseObserver);
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
          getListVocabulariesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListVocabulariesRequest,
              nl.edubadges.v1.ListVocabulariesResponse>(
                service, METHODID_LIST_VOCABULARIES)))
        .build();
  }

  private static abstract class VocabularyServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    VocabularyServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.VocabularyProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("VocabularyService");
    }
  }

  private static final class VocabularyServiceFileDescriptorSupplier
      extends VocabularyServiceBaseDescriptorSupplier {
    VocabularyServiceFileDescriptorSupplier() {}
  }

  private static final class VocabularyServiceMethodDescriptorSupplier
      extends VocabularyServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    VocabularyServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (VocabularyServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new VocabularyServiceFileDescriptorSupplier())
              .addMethod(getListVocabulariesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
