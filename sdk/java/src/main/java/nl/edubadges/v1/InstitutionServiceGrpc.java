package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages institutions, the roots of the organisational tree
 * (institution → faculty → issuer → badge class).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class InstitutionServiceGrpc {

  private InstitutionServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.InstitutionService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.CreateInstitutionRequest,
      nl.edubadges.v1.Institution> getCreateInstitutionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateInstitution",
      requestType = nl.edubadges.v1.CreateInstitutionRequest.class,
      responseType = nl.edubadges.v1.Institution.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.CreateInstitutionRequest,
      nl.edubadges.v1.Institution> getCreateInstitutionMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.CreateInstitutionRequest, nl.edubadges.v1.Institution> getCreateInstitutionMethod;
    if ((getCreateInstitutionMethod = InstitutionServiceGrpc.getCreateInstitutionMethod) == null) {
      synchronized (InstitutionServiceGrpc.class) {
        if ((getCreateInstitutionMethod = InstitutionServiceGrpc.getCreateInstitutionMethod) == null) {
          InstitutionServiceGrpc.getCreateInstitutionMethod = getCreateInstitutionMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.CreateInstitutionRequest, nl.edubadges.v1.Institution>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateInstitution"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.CreateInstitutionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Institution.getDefaultInstance()))
              .setSchemaDescriptor(new InstitutionServiceMethodDescriptorSupplier("CreateInstitution"))
              .build();
        }
      }
    }
    return getCreateInstitutionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetInstitutionRequest,
      nl.edubadges.v1.Institution> getGetInstitutionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetInstitution",
      requestType = nl.edubadges.v1.GetInstitutionRequest.class,
      responseType = nl.edubadges.v1.Institution.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetInstitutionRequest,
      nl.edubadges.v1.Institution> getGetInstitutionMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetInstitutionRequest, nl.edubadges.v1.Institution> getGetInstitutionMethod;
    if ((getGetInstitutionMethod = InstitutionServiceGrpc.getGetInstitutionMethod) == null) {
      synchronized (InstitutionServiceGrpc.class) {
        if ((getGetInstitutionMethod = InstitutionServiceGrpc.getGetInstitutionMethod) == null) {
          InstitutionServiceGrpc.getGetInstitutionMethod = getGetInstitutionMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetInstitutionRequest, nl.edubadges.v1.Institution>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetInstitution"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetInstitutionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Institution.getDefaultInstance()))
              .setSchemaDescriptor(new InstitutionServiceMethodDescriptorSupplier("GetInstitution"))
              .build();
        }
      }
    }
    return getGetInstitutionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListInstitutionsRequest,
      nl.edubadges.v1.ListInstitutionsResponse> getListInstitutionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListInstitutions",
      requestType = nl.edubadges.v1.ListInstitutionsRequest.class,
      responseType = nl.edubadges.v1.ListInstitutionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListInstitutionsRequest,
      nl.edubadges.v1.ListInstitutionsResponse> getListInstitutionsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListInstitutionsRequest, nl.edubadges.v1.ListInstitutionsResponse> getListInstitutionsMethod;
    if ((getListInstitutionsMethod = InstitutionServiceGrpc.getListInstitutionsMethod) == null) {
      synchronized (InstitutionServiceGrpc.class) {
        if ((getListInstitutionsMethod = InstitutionServiceGrpc.getListInstitutionsMethod) == null) {
          InstitutionServiceGrpc.getListInstitutionsMethod = getListInstitutionsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListInstitutionsRequest, nl.edubadges.v1.ListInstitutionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListInstitutions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListInstitutionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListInstitutionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new InstitutionServiceMethodDescriptorSupplier("ListInstitutions"))
              .build();
        }
      }
    }
    return getListInstitutionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateInstitutionRequest,
      nl.edubadges.v1.Institution> getUpdateInstitutionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateInstitution",
      requestType = nl.edubadges.v1.UpdateInstitutionRequest.class,
      responseType = nl.edubadges.v1.Institution.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateInstitutionRequest,
      nl.edubadges.v1.Institution> getUpdateInstitutionMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateInstitutionRequest, nl.edubadges.v1.Institution> getUpdateInstitutionMethod;
    if ((getUpdateInstitutionMethod = InstitutionServiceGrpc.getUpdateInstitutionMethod) == null) {
      synchronized (InstitutionServiceGrpc.class) {
        if ((getUpdateInstitutionMethod = InstitutionServiceGrpc.getUpdateInstitutionMethod) == null) {
          InstitutionServiceGrpc.getUpdateInstitutionMethod = getUpdateInstitutionMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.UpdateInstitutionRequest, nl.edubadges.v1.Institution>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateInstitution"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.UpdateInstitutionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Institution.getDefaultInstance()))
              .setSchemaDescriptor(new InstitutionServiceMethodDescriptorSupplier("UpdateInstitution"))
              .build();
        }
      }
    }
    return getUpdateInstitutionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveInstitutionRequest,
      nl.edubadges.v1.Institution> getArchiveInstitutionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ArchiveInstitution",
      requestType = nl.edubadges.v1.ArchiveInstitutionRequest.class,
      responseType = nl.edubadges.v1.Institution.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveInstitutionRequest,
      nl.edubadges.v1.Institution> getArchiveInstitutionMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveInstitutionRequest, nl.edubadges.v1.Institution> getArchiveInstitutionMethod;
    if ((getArchiveInstitutionMethod = InstitutionServiceGrpc.getArchiveInstitutionMethod) == null) {
      synchronized (InstitutionServiceGrpc.class) {
        if ((getArchiveInstitutionMethod = InstitutionServiceGrpc.getArchiveInstitutionMethod) == null) {
          InstitutionServiceGrpc.getArchiveInstitutionMethod = getArchiveInstitutionMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ArchiveInstitutionRequest, nl.edubadges.v1.Institution>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ArchiveInstitution"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ArchiveInstitutionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Institution.getDefaultInstance()))
              .setSchemaDescriptor(new InstitutionServiceMethodDescriptorSupplier("ArchiveInstitution"))
              .build();
        }
      }
    }
    return getArchiveInstitutionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteInstitutionRequest,
      nl.edubadges.v1.DeleteInstitutionResponse> getDeleteInstitutionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteInstitution",
      requestType = nl.edubadges.v1.DeleteInstitutionRequest.class,
      responseType = nl.edubadges.v1.DeleteInstitutionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteInstitutionRequest,
      nl.edubadges.v1.DeleteInstitutionResponse> getDeleteInstitutionMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteInstitutionRequest, nl.edubadges.v1.DeleteInstitutionResponse> getDeleteInstitutionMethod;
    if ((getDeleteInstitutionMethod = InstitutionServiceGrpc.getDeleteInstitutionMethod) == null) {
      synchronized (InstitutionServiceGrpc.class) {
        if ((getDeleteInstitutionMethod = InstitutionServiceGrpc.getDeleteInstitutionMethod) == null) {
          InstitutionServiceGrpc.getDeleteInstitutionMethod = getDeleteInstitutionMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.DeleteInstitutionRequest, nl.edubadges.v1.DeleteInstitutionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteInstitution"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DeleteInstitutionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DeleteInstitutionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new InstitutionServiceMethodDescriptorSupplier("DeleteInstitution"))
              .build();
        }
      }
    }
    return getDeleteInstitutionMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static InstitutionServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<InstitutionServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<InstitutionServiceStub>() {
        @java.lang.Override
        public InstitutionServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new InstitutionServiceStub(channel, callOptions);
        }
      };
    return InstitutionServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static InstitutionServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<InstitutionServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<InstitutionServiceBlockingV2Stub>() {
        @java.lang.Override
        public InstitutionServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new InstitutionServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return InstitutionServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static InstitutionServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<InstitutionServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<InstitutionServiceBlockingStub>() {
        @java.lang.Override
        public InstitutionServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new InstitutionServiceBlockingStub(channel, callOptions);
        }
      };
    return InstitutionServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static InstitutionServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<InstitutionServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<InstitutionServiceFutureStub>() {
        @java.lang.Override
        public InstitutionServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new InstitutionServiceFutureStub(channel, callOptions);
        }
      };
    return InstitutionServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages institutions, the roots of the organisational tree
   * (institution → faculty → issuer → badge class).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates an institution. Fails with ALREADY_EXISTS when its identifier or
     * alternative identifier is already used by another institution.
     * </pre>
     */
    default void createInstitution(nl.edubadges.v1.CreateInstitutionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Institution> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateInstitutionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets one institution by resource name.
     * </pre>
     */
    default void getInstitution(nl.edubadges.v1.GetInstitutionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Institution> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetInstitutionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists institutions ordered by identifier, with keyset paging.
     * </pre>
     */
    default void listInstitutions(nl.edubadges.v1.ListInstitutionsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListInstitutionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListInstitutionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * institution changed since that etag was read.
     * </pre>
     */
    default void updateInstitution(nl.edubadges.v1.UpdateInstitutionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Institution> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateInstitutionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Archives an institution: it stays readable but is hidden from lists by default.
     * </pre>
     */
    default void archiveInstitution(nl.edubadges.v1.ArchiveInstitutionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Institution> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getArchiveInstitutionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an institution that has nothing below it (no faculties); otherwise fails with
     * FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    default void deleteInstitution(nl.edubadges.v1.DeleteInstitutionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteInstitutionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteInstitutionMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service InstitutionService.
   * <pre>
   * Manages institutions, the roots of the organisational tree
   * (institution → faculty → issuer → badge class).
   * </pre>
   */
  public static abstract class InstitutionServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return InstitutionServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service InstitutionService.
   * <pre>
   * Manages institutions, the roots of the organisational tree
   * (institution → faculty → issuer → badge class).
   * </pre>
   */
  public static final class InstitutionServiceStub
      extends io.grpc.stub.AbstractAsyncStub<InstitutionServiceStub> {
    private InstitutionServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected InstitutionServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new InstitutionServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an institution. Fails with ALREADY_EXISTS when its identifier or
     * alternative identifier is already used by another institution.
     * </pre>
     */
    public void createInstitution(nl.edubadges.v1.CreateInstitutionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Institution> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateInstitutionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets one institution by resource name.
     * </pre>
     */
    public void getInstitution(nl.edubadges.v1.GetInstitutionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Institution> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetInstitutionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists institutions ordered by identifier, with keyset paging.
     * </pre>
     */
    public void listInstitutions(nl.edubadges.v1.ListInstitutionsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListInstitutionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListInstitutionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * institution changed since that etag was read.
     * </pre>
     */
    public void updateInstitution(nl.edubadges.v1.UpdateInstitutionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Institution> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateInstitutionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Archives an institution: it stays readable but is hidden from lists by default.
     * </pre>
     */
    public void archiveInstitution(nl.edubadges.v1.ArchiveInstitutionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Institution> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getArchiveInstitutionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an institution that has nothing below it (no faculties); otherwise fails with
     * FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public void deleteInstitution(nl.edubadges.v1.DeleteInstitutionRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteInstitutionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteInstitutionMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service InstitutionService.
   * <pre>
   * Manages institutions, the roots of the organisational tree
   * (institution → faculty → issuer → badge class).
   * </pre>
   */
  public static final class InstitutionServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<InstitutionServiceBlockingV2Stub> {
    private InstitutionServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected InstitutionServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new InstitutionServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an institution. Fails with ALREADY_EXISTS when its identifier or
     * alternative identifier is already used by another institution.
     * </pre>
     */
    public nl.edubadges.v1.Institution createInstitution(nl.edubadges.v1.CreateInstitutionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateInstitutionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one institution by resource name.
     * </pre>
     */
    public nl.edubadges.v1.Institution getInstitution(nl.edubadges.v1.GetInstitutionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetInstitutionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists institutions ordered by identifier, with keyset paging.
     * </pre>
     */
    public nl.edubadges.v1.ListInstitutionsResponse listInstitutions(nl.edubadges.v1.ListInstitutionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListInstitutionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * institution changed since that etag was read.
     * </pre>
     */
    public nl.edubadges.v1.Institution updateInstitution(nl.edubadges.v1.UpdateInstitutionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateInstitutionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Archives an institution: it stays readable but is hidden from lists by default.
     * </pre>
     */
    public nl.edubadges.v1.Institution archiveInstitution(nl.edubadges.v1.ArchiveInstitutionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getArchiveInstitutionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an institution that has nothing below it (no faculties); otherwise fails with
     * FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public nl.edubadges.v1.DeleteInstitutionResponse deleteInstitution(nl.edubadges.v1.DeleteInstitutionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteInstitutionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service InstitutionService.
   * <pre>
   * Manages institutions, the roots of the organisational tree
   * (institution → faculty → issuer → badge class).
   * </pre>
   */
  public static final class InstitutionServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<InstitutionServiceBlockingStub> {
    private InstitutionServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected InstitutionServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new InstitutionServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an institution. Fails with ALREADY_EXISTS when its identifier or
     * alternative identifier is already used by another institution.
     * </pre>
     */
    public nl.edubadges.v1.Institution createInstitution(nl.edubadges.v1.CreateInstitutionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateInstitutionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one institution by resource name.
     * </pre>
     */
    public nl.edubadges.v1.Institution getInstitution(nl.edubadges.v1.GetInstitutionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetInstitutionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists institutions ordered by identifier, with keyset paging.
     * </pre>
     */
    public nl.edubadges.v1.ListInstitutionsResponse listInstitutions(nl.edubadges.v1.ListInstitutionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListInstitutionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * institution changed since that etag was read.
     * </pre>
     */
    public nl.edubadges.v1.Institution updateInstitution(nl.edubadges.v1.UpdateInstitutionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateInstitutionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Archives an institution: it stays readable but is hidden from lists by default.
     * </pre>
     */
    public nl.edubadges.v1.Institution archiveInstitution(nl.edubadges.v1.ArchiveInstitutionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getArchiveInstitutionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an institution that has nothing below it (no faculties); otherwise fails with
     * FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public nl.edubadges.v1.DeleteInstitutionResponse deleteInstitution(nl.edubadges.v1.DeleteInstitutionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteInstitutionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service InstitutionService.
   * <pre>
   * Manages institutions, the roots of the organisational tree
   * (institution → faculty → issuer → badge class).
   * </pre>
   */
  public static final class InstitutionServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<InstitutionServiceFutureStub> {
    private InstitutionServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected InstitutionServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new InstitutionServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an institution. Fails with ALREADY_EXISTS when its identifier or
     * alternative identifier is already used by another institution.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Institution> createInstitution(
        nl.edubadges.v1.CreateInstitutionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateInstitutionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets one institution by resource name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Institution> getInstitution(
        nl.edubadges.v1.GetInstitutionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetInstitutionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists institutions ordered by identifier, with keyset paging.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListInstitutionsResponse> listInstitutions(
        nl.edubadges.v1.ListInstitutionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListInstitutionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * institution changed since that etag was read.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Institution> updateInstitution(
        nl.edubadges.v1.UpdateInstitutionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateInstitutionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Archives an institution: it stays readable but is hidden from lists by default.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Institution> archiveInstitution(
        nl.edubadges.v1.ArchiveInstitutionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getArchiveInstitutionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an institution that has nothing below it (no faculties); otherwise fails with
     * FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.DeleteInstitutionResponse> deleteInstitution(
        nl.edubadges.v1.DeleteInstitutionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteInstitutionMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_INSTITUTION = 0;
  private static final int METHODID_GET_INSTITUTION = 1;
  private static final int METHODID_LIST_INSTITUTIONS = 2;
  private static final int METHODID_UPDATE_INSTITUTION = 3;
  private static final int METHODID_ARCHIVE_INSTITUTION = 4;
  private static final int METHODID_DELETE_INSTITUTION = 5;

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
        case METHODID_CREATE_INSTITUTION:
          serviceImpl.createInstitution((nl.edubadges.v1.CreateInstitutionRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Institution>) responseObserver);
          break;
        case METHODID_GET_INSTITUTION:
          serviceImpl.getInstitution((nl.edubadges.v1.GetInstitutionRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Institution>) responseObserver);
          break;
        case METHODID_LIST_INSTITUTIONS:
          serviceImpl.listInstitutions((nl.edubadges.v1.ListInstitutionsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListInstitutionsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_INSTITUTION:
          serviceImpl.updateInstitution((nl.edubadges.v1.UpdateInstitutionRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Institution>) responseObserver);
          break;
        case METHODID_ARCHIVE_INSTITUTION:
          serviceImpl.archiveInstitution((nl.edubadges.v1.ArchiveInstitutionRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Institution>) responseObserver);
          break;
        case METHODID_DELETE_INSTITUTION:
          serviceImpl.deleteInstitution((nl.edubadges.v1.DeleteInstitutionRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteInstitutionResponse>) responseObserver);
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
          getCreateInstitutionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.CreateInstitutionRequest,
              nl.edubadges.v1.Institution>(
                service, METHODID_CREATE_INSTITUTION)))
        .addMethod(
          getGetInstitutionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetInstitutionRequest,
              nl.edubadges.v1.Institution>(
                service, METHODID_GET_INSTITUTION)))
        .addMethod(
          getListInstitutionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListInstitutionsRequest,
              nl.edubadges.v1.ListInstitutionsResponse>(
                service, METHODID_LIST_INSTITUTIONS)))
        .addMethod(
          getUpdateInstitutionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.UpdateInstitutionRequest,
              nl.edubadges.v1.Institution>(
                service, METHODID_UPDATE_INSTITUTION)))
        .addMethod(
          getArchiveInstitutionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ArchiveInstitutionRequest,
              nl.edubadges.v1.Institution>(
                service, METHODID_ARCHIVE_INSTITUTION)))
        .addMethod(
          getDeleteInstitutionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.DeleteInstitutionRequest,
              nl.edubadges.v1.DeleteInstitutionResponse>(
                service, METHODID_DELETE_INSTITUTION)))
        .build();
  }

  private static abstract class InstitutionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    InstitutionServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.InstitutionProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("InstitutionService");
    }
  }

  private static final class InstitutionServiceFileDescriptorSupplier
      extends InstitutionServiceBaseDescriptorSupplier {
    InstitutionServiceFileDescriptorSupplier() {}
  }

  private static final class InstitutionServiceMethodDescriptorSupplier
      extends InstitutionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    InstitutionServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (InstitutionServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new InstitutionServiceFileDescriptorSupplier())
              .addMethod(getCreateInstitutionMethod())
              .addMethod(getGetInstitutionMethod())
              .addMethod(getListInstitutionsMethod())
              .addMethod(getUpdateInstitutionMethod())
              .addMethod(getArchiveInstitutionMethod())
              .addMethod(getDeleteInstitutionMethod())
              .build();
        }
      }
    }
    return result;
  }
}
