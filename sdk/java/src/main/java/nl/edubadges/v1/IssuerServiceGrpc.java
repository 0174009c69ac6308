package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the issuers of faculties.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class IssuerServiceGrpc {

  private IssuerServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.IssuerService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.CreateIssuerRequest,
      nl.edubadges.v1.Issuer> getCreateIssuerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateIssuer",
      requestType = nl.edubadges.v1.CreateIssuerRequest.class,
      responseType = nl.edubadges.v1.Issuer.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.CreateIssuerRequest,
      nl.edubadges.v1.Issuer> getCreateIssuerMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.CreateIssuerRequest, nl.edubadges.v1.Issuer> getCreateIssuerMethod;
    if ((getCreateIssuerMethod = IssuerServiceGrpc.getCreateIssuerMethod) == null) {
      synchronized (IssuerServiceGrpc.class) {
        if ((getCreateIssuerMethod = IssuerServiceGrpc.getCreateIssuerMethod) == null) {
          IssuerServiceGrpc.getCreateIssuerMethod = getCreateIssuerMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.CreateIssuerRequest, nl.edubadges.v1.Issuer>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateIssuer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.CreateIssuerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Issuer.getDefaultInstance()))
              .setSchemaDescriptor(new IssuerServiceMethodDescriptorSupplier("CreateIssuer"))
              .build();
        }
      }
    }
    return getCreateIssuerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetIssuerRequest,
      nl.edubadges.v1.Issuer> getGetIssuerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetIssuer",
      requestType = nl.edubadges.v1.GetIssuerRequest.class,
      responseType = nl.edubadges.v1.Issuer.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetIssuerRequest,
      nl.edubadges.v1.Issuer> getGetIssuerMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetIssuerRequest, nl.edubadges.v1.Issuer> getGetIssuerMethod;
    if ((getGetIssuerMethod = IssuerServiceGrpc.getGetIssuerMethod) == null) {
      synchronized (IssuerServiceGrpc.class) {
        if ((getGetIssuerMethod = IssuerServiceGrpc.getGetIssuerMethod) == null) {
          IssuerServiceGrpc.getGetIssuerMethod = getGetIssuerMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetIssuerRequest, nl.edubadges.v1.Issuer>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetIssuer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetIssuerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Issuer.getDefaultInstance()))
              .setSchemaDescriptor(new IssuerServiceMethodDescriptorSupplier("GetIssuer"))
              .build();
        }
      }
    }
    return getGetIssuerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListIssuersRequest,
      nl.edubadges.v1.ListIssuersResponse> getListIssuersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListIssuers",
      requestType = nl.edubadges.v1.ListIssuersRequest.class,
      responseType = nl.edubadges.v1.ListIssuersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListIssuersRequest,
      nl.edubadges.v1.ListIssuersResponse> getListIssuersMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListIssuersRequest, nl.edubadges.v1.ListIssuersResponse> getListIssuersMethod;
    if ((getListIssuersMethod = IssuerServiceGrpc.getListIssuersMethod) == null) {
      synchronized (IssuerServiceGrpc.class) {
        if ((getListIssuersMethod = IssuerServiceGrpc.getListIssuersMethod) == null) {
          IssuerServiceGrpc.getListIssuersMethod = getListIssuersMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListIssuersRequest, nl.edubadges.v1.ListIssuersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListIssuers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListIssuersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListIssuersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IssuerServiceMethodDescriptorSupplier("ListIssuers"))
              .build();
        }
      }
    }
    return getListIssuersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateIssuerRequest,
      nl.edubadges.v1.Issuer> getUpdateIssuerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateIssuer",
      requestType = nl.edubadges.v1.UpdateIssuerRequest.class,
      responseType = nl.edubadges.v1.Issuer.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateIssuerRequest,
      nl.edubadges.v1.Issuer> getUpdateIssuerMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateIssuerRequest, nl.edubadges.v1.Issuer> getUpdateIssuerMethod;
    if ((getUpdateIssuerMethod = IssuerServiceGrpc.getUpdateIssuerMethod) == null) {
      synchronized (IssuerServiceGrpc.class) {
        if ((getUpdateIssuerMethod = IssuerServiceGrpc.getUpdateIssuerMethod) == null) {
          IssuerServiceGrpc.getUpdateIssuerMethod = getUpdateIssuerMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.UpdateIssuerRequest, nl.edubadges.v1.Issuer>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateIssuer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.UpdateIssuerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Issuer.getDefaultInstance()))
              .setSchemaDescriptor(new IssuerServiceMethodDescriptorSupplier("UpdateIssuer"))
              .build();
        }
      }
    }
    return getUpdateIssuerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveIssuerRequest,
      nl.edubadges.v1.Issuer> getArchiveIssuerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ArchiveIssuer",
      requestType = nl.edubadges.v1.ArchiveIssuerRequest.class,
      responseType = nl.edubadges.v1.Issuer.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveIssuerRequest,
      nl.edubadges.v1.Issuer> getArchiveIssuerMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveIssuerRequest, nl.edubadges.v1.Issuer> getArchiveIssuerMethod;
    if ((getArchiveIssuerMethod = IssuerServiceGrpc.getArchiveIssuerMethod) == null) {
      synchronized (IssuerServiceGrpc.class) {
        if ((getArchiveIssuerMethod = IssuerServiceGrpc.getArchiveIssuerMethod) == null) {
          IssuerServiceGrpc.getArchiveIssuerMethod = getArchiveIssuerMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ArchiveIssuerRequest, nl.edubadges.v1.Issuer>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ArchiveIssuer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ArchiveIssuerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Issuer.getDefaultInstance()))
              .setSchemaDescriptor(new IssuerServiceMethodDescriptorSupplier("ArchiveIssuer"))
              .build();
        }
      }
    }
    return getArchiveIssuerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteIssuerRequest,
      nl.edubadges.v1.DeleteIssuerResponse> getDeleteIssuerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteIssuer",
      requestType = nl.edubadges.v1.DeleteIssuerRequest.class,
      responseType = nl.edubadges.v1.DeleteIssuerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteIssuerRequest,
      nl.edubadges.v1.DeleteIssuerResponse> getDeleteIssuerMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteIssuerRequest, nl.edubadges.v1.DeleteIssuerResponse> getDeleteIssuerMethod;
    if ((getDeleteIssuerMethod = IssuerServiceGrpc.getDeleteIssuerMethod) == null) {
      synchronized (IssuerServiceGrpc.class) {
        if ((getDeleteIssuerMethod = IssuerServiceGrpc.getDeleteIssuerMethod) == null) {
          IssuerServiceGrpc.getDeleteIssuerMethod = getDeleteIssuerMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.DeleteIssuerRequest, nl.edubadges.v1.DeleteIssuerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteIssuer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DeleteIssuerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DeleteIssuerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IssuerServiceMethodDescriptorSupplier("DeleteIssuer"))
              .build();
        }
      }
    }
    return getDeleteIssuerMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static IssuerServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<IssuerServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<IssuerServiceStub>() {
        @java.lang.Override
        public IssuerServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new IssuerServiceStub(channel, callOptions);
        }
      };
    return IssuerServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static IssuerServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<IssuerServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<IssuerServiceBlockingV2Stub>() {
        @java.lang.Override
        public IssuerServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new IssuerServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return IssuerServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static IssuerServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<IssuerServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<IssuerServiceBlockingStub>() {
        @java.lang.Override
        public IssuerServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new IssuerServiceBlockingStub(channel, callOptions);
        }
      };
    return IssuerServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static IssuerServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<IssuerServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<IssuerServiceFutureStub>() {
        @java.lang.Override
        public IssuerServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new IssuerServiceFutureStub(channel, callOptions);
        }
      };
    return IssuerServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the issuers of faculties.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates an issuer in an active faculty. Fails with ALREADY_EXISTS when an active issuer
     * of the faculty already has the same Dutch or English name.
     * </pre>
     */
    default void createIssuer(nl.edubadges.v1.CreateIssuerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Issuer> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateIssuerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets one issuer by resource name.
     * </pre>
     */
    default void getIssuer(nl.edubadges.v1.GetIssuerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Issuer> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetIssuerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the issuers of a faculty or of a whole institution in the order they were
     * created, with keyset paging. Fails with NOT_FOUND when the parent does not exist.
     * </pre>
     */
    default void listIssuers(nl.edubadges.v1.ListIssuersRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListIssuersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListIssuersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * issuer changed since that etag was read.
     * </pre>
     */
    default void updateIssuer(nl.edubadges.v1.UpdateIssuerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Issuer> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateIssuerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Archives an issuer together with its badge classes.
     * </pre>
     */
    default void archiveIssuer(nl.edubadges.v1.ArchiveIssuerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Issuer> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getArchiveIssuerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an issuer with its badge classes, when none of them was ever awarded;
     * otherwise fails with FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    default void deleteIssuer(nl.edubadges.v1.DeleteIssuerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteIssuerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteIssuerMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service IssuerService.
   * <pre>
   * Manages the issuers of faculties.
   * </pre>
   */
  public static abstract class IssuerServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return IssuerServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service IssuerService.
   * <pre>
   * Manages the issuers of faculties.
   * </pre>
   */
  public static final class IssuerServiceStub
      extends io.grpc.stub.AbstractAsyncStub<IssuerServiceStub> {
    private IssuerServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected IssuerServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new IssuerServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an issuer in an active faculty. Fails with ALREADY_EXISTS when an active issuer
     * of the faculty already has the same Dutch or English name.
     * </pre>
     */
    public void createIssuer(nl.edubadges.v1.CreateIssuerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Issuer> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateIssuerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets one issuer by resource name.
     * </pre>
     */
    public void getIssuer(nl.edubadges.v1.GetIssuerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Issuer> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetIssuerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the issuers of a faculty or of a whole institution in the order they were
     * created, with keyset paging. Fails with NOT_FOUND when the parent does not exist.
     * </pre>
     */
    public void listIssuers(nl.edubadges.v1.ListIssuersRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListIssuersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListIssuersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * issuer changed since that etag was read.
     * </pre>
     */
    public void updateIssuer(nl.edubadges.v1.UpdateIssuerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Issuer> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateIssuerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Archives an issuer together with its badge classes.
     * </pre>
     */
    public void archiveIssuer(nl.edubadges.v1.ArchiveIssuerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Issuer> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getArchiveIssuerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an issuer with its badge classes, when none of them was ever awarded;
     * otherwise fails with FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public void deleteIssuer(nl.edubadges.v1.DeleteIssuerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteIssuerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteIssuerMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service IssuerService.
   * <pre>
   * Manages the issuers of faculties.
   * </pre>
   */
  public static final class IssuerServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<IssuerServiceBlockingV2Stub> {
    private IssuerServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected IssuerServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new IssuerServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an issuer in an active faculty. Fails with ALREADY_EXISTS when an active issuer
     * of the faculty already has the same Dutch or English name.
     * </pre>
     */
    public nl.edubadges.v1.Issuer createIssuer(nl.edubadges.v1.CreateIssuerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateIssuerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one issuer by resource name.
     * </pre>
     */
    public nl.edubadges.v1.Issuer getIssuer(nl.edubadges.v1.GetIssuerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetIssuerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the issuers of a faculty or of a whole institution in the order they were
     * created, with keyset paging. Fails with NOT_FOUND when the parent does not exist.
     * </pre>
     */
    public nl.edubadges.v1.ListIssuersResponse listIssuers(nl.edubadges.v1.ListIssuersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListIssuersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * issuer changed since that etag was read.
     * </pre>
     */
    public nl.edubadges.v1.Issuer updateIssuer(nl.edubadges.v1.UpdateIssuerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateIssuerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Archives an issuer together with its badge classes.
     * </pre>
     */
    public nl.edubadges.v1.Issuer archiveIssuer(nl.edubadges.v1.ArchiveIssuerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getArchiveIssuerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an issuer with its badge classes, when none of them was ever awarded;
     * otherwise fails with FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public nl.edubadges.v1.DeleteIssuerResponse deleteIssuer(nl.edubadges.v1.DeleteIssuerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteIssuerMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service IssuerService.
   * <pre>
   * Manages the issuers of faculties.
   * </pre>
   */
  public static final class IssuerServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<IssuerServiceBlockingStub> {
    private IssuerServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected IssuerServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new IssuerServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an issuer in an active faculty. Fails with ALREADY_EXISTS when an active issuer
     * of the faculty already has the same Dutch or English name.
     * </pre>
     */
    public nl.edubadges.v1.Issuer createIssuer(nl.edubadges.v1.CreateIssuerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateIssuerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one issuer by resource name.
     * </pre>
     */
    public nl.edubadges.v1.Issuer getIssuer(nl.edubadges.v1.GetIssuerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetIssuerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the issuers of a faculty or of a whole institution in the order they were
     * created, with keyset paging. Fails with NOT_FOUND when the parent does not exist.
     * </pre>
     */
    public nl.edubadges.v1.ListIssuersResponse listIssuers(nl.edubadges.v1.ListIssuersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListIssuersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * issuer changed since that etag was read.
     * </pre>
     */
    public nl.edubadges.v1.Issuer updateIssuer(nl.edubadges.v1.UpdateIssuerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateIssuerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Archives an issuer together with its badge classes.
     * </pre>
     */
    public nl.edubadges.v1.Issuer archiveIssuer(nl.edubadges.v1.ArchiveIssuerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getArchiveIssuerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an issuer with its badge classes, when none of them was ever awarded;
     * otherwise fails with FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public nl.edubadges.v1.DeleteIssuerResponse deleteIssuer(nl.edubadges.v1.DeleteIssuerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteIssuerMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service IssuerService.
   * <pre>
   * Manages the issuers of faculties.
   * </pre>
   */
  public static final class IssuerServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<IssuerServiceFutureStub> {
    private IssuerServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected IssuerServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new IssuerServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an issuer in an active faculty. Fails with ALREADY_EXISTS when an active issuer
     * of the faculty already has the same Dutch or English name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Issuer> createIssuer(
        nl.edubadges.v1.CreateIssuerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateIssuerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets one issuer by resource name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Issuer> getIssuer(
        nl.edubadges.v1.GetIssuerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetIssuerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the issuers of a faculty or of a whole institution in the order they were
     * created, with keyset paging. Fails with NOT_FOUND when the parent does not exist.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListIssuersResponse> listIssuers(
        nl.edubadges.v1.ListIssuersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListIssuersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * issuer changed since that etag was read.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Issuer> updateIssuer(
        nl.edubadges.v1.UpdateIssuerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateIssuerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Archives an issuer together with its badge classes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Issuer> archiveIssuer(
        nl.edubadges.v1.ArchiveIssuerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getArchiveIssuerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an issuer with its badge classes, when none of them was ever awarded;
     * otherwise fails with FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.DeleteIssuerResponse> deleteIssuer(
        nl.edubadges.v1.DeleteIssuerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteIssuerMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_ISSUER = 0;
  private static final int METHODID_GET_ISSUER = 1;
  private static final int METHODID_LIST_ISSUERS = 2;
  private static final int METHODID_UPDATE_ISSUER = 3;
  private static final int METHODID_ARCHIVE_ISSUER = 4;
  private static final int METHODID_DELETE_ISSUER = 5;

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
        case METHODID_CREATE_ISSUER:
          serviceImpl.createIssuer((nl.edubadges.v1.CreateIssuerRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Issuer>) responseObserver);
          break;
        case METHODID_GET_ISSUER:
          serviceImpl.getIssuer((nl.edubadges.v1.GetIssuerRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Issuer>) responseObserver);
          break;
        case METHODID_LIST_ISSUERS:
          serviceImpl.listIssuers((nl.edubadges.v1.ListIssuersRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListIssuersResponse>) responseObserver);
          break;
        case METHODID_UPDATE_ISSUER:
          serviceImpl.updateIssuer((nl.edubadges.v1.UpdateIssuerRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Issuer>) responseObserver);
          break;
        case METHODID_ARCHIVE_ISSUER:
          serviceImpl.archiveIssuer((nl.edubadges.v1.ArchiveIssuerRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Issuer>) responseObserver);
          break;
        case METHODID_DELETE_ISSUER:
          serviceImpl.deleteIssuer((nl.edubadges.v1.DeleteIssuerRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteIssuerResponse>) responseObserver);
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
          getCreateIssuerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.CreateIssuerRequest,
              nl.edubadges.v1.Issuer>(
                service, METHODID_CREATE_ISSUER)))
        .addMethod(
          getGetIssuerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetIssuerRequest,
              nl.edubadges.v1.Issuer>(
                service, METHODID_GET_ISSUER)))
        .addMethod(
          getListIssuersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListIssuersRequest,
              nl.edubadges.v1.ListIssuersResponse>(
                service, METHODID_LIST_ISSUERS)))
        .addMethod(
          getUpdateIssuerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.UpdateIssuerRequest,
              nl.edubadges.v1.Issuer>(
                service, METHODID_UPDATE_ISSUER)))
        .addMethod(
          getArchiveIssuerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ArchiveIssuerRequest,
              nl.edubadges.v1.Issuer>(
                service, METHODID_ARCHIVE_ISSUER)))
        .addMethod(
          getDeleteIssuerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.DeleteIssuerRequest,
              nl.edubadges.v1.DeleteIssuerResponse>(
                service, METHODID_DELETE_ISSUER)))
        .build();
  }

  private static abstract class IssuerServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    IssuerServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.IssuerProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("IssuerService");
    }
  }

  private static final class IssuerServiceFileDescriptorSupplier
      extends IssuerServiceBaseDescriptorSupplier {
    IssuerServiceFileDescriptorSupplier() {}
  }

  private static final class IssuerServiceMethodDescriptorSupplier
      extends IssuerServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    IssuerServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (IssuerServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new IssuerServiceFileDescriptorSupplier())
              .addMethod(getCreateIssuerMethod())
              .addMethod(getGetIssuerMethod())
              .addMethod(getListIssuersMethod())
              .addMethod(getUpdateIssuerMethod())
              .addMethod(getArchiveIssuerMethod())
              .addMethod(getDeleteIssuerMethod())
              .build();
        }
      }
    }
    return result;
  }
}
