package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the faculties (issuer groups) of institutions.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class FacultyServiceGrpc {

  private FacultyServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.FacultyService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.CreateFacultyRequest,
      nl.edubadges.v1.Faculty> getCreateFacultyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateFaculty",
      requestType = nl.edubadges.v1.CreateFacultyRequest.class,
      responseType = nl.edubadges.v1.Faculty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.CreateFacultyRequest,
      nl.edubadges.v1.Faculty> getCreateFacultyMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.CreateFacultyRequest, nl.edubadges.v1.Faculty> getCreateFacultyMethod;
    if ((getCreateFacultyMethod = FacultyServiceGrpc.getCreateFacultyMethod) == null) {
      synchronized (FacultyServiceGrpc.class) {
        if ((getCreateFacultyMethod = FacultyServiceGrpc.getCreateFacultyMethod) == null) {
          FacultyServiceGrpc.getCreateFacultyMethod = getCreateFacultyMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.CreateFacultyRequest, nl.edubadges.v1.Faculty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateFaculty"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.CreateFacultyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Faculty.getDefaultInstance()))
              .setSchemaDescriptor(new FacultyServiceMethodDescriptorSupplier("CreateFaculty"))
              .build();
        }
      }
    }
    return getCreateFacultyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetFacultyRequest,
      nl.edubadges.v1.Faculty> getGetFacultyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetFaculty",
      requestType = nl.edubadges.v1.GetFacultyRequest.class,
      responseType = nl.edubadges.v1.Faculty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetFacultyRequest,
      nl.edubadges.v1.Faculty> getGetFacultyMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetFacultyRequest, nl.edubadges.v1.Faculty> getGetFacultyMethod;
    if ((getGetFacultyMethod = FacultyServiceGrpc.getGetFacultyMethod) == null) {
      synchronized (FacultyServiceGrpc.class) {
        if ((getGetFacultyMethod = FacultyServiceGrpc.getGetFacultyMethod) == null) {
          FacultyServiceGrpc.getGetFacultyMethod = getGetFacultyMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetFacultyRequest, nl.edubadges.v1.Faculty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetFaculty"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetFacultyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Faculty.getDefaultInstance()))
              .setSchemaDescriptor(new FacultyServiceMethodDescriptorSupplier("GetFaculty"))
              .build();
        }
      }
    }
    return getGetFacultyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListFacultiesRequest,
      nl.edubadges.v1.ListFacultiesResponse> getListFacultiesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListFaculties",
      requestType = nl.edubadges.v1.ListFacultiesRequest.class,
      responseType = nl.edubadges.v1.ListFacultiesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListFacultiesRequest,
      nl.edubadges.v1.ListFacultiesResponse> getListFacultiesMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListFacultiesRequest, nl.edubadges.v1.ListFacultiesResponse> getListFacultiesMethod;
    if ((getListFacultiesMethod = FacultyServiceGrpc.getListFacultiesMethod) == null) {
      synchronized (FacultyServiceGrpc.class) {
        if ((getListFacultiesMethod = FacultyServiceGrpc.getListFacultiesMethod) == null) {
          FacultyServiceGrpc.getListFacultiesMethod = getListFacultiesMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListFacultiesRequest, nl.edubadges.v1.ListFacultiesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListFaculties"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListFacultiesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListFacultiesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FacultyServiceMethodDescriptorSupplier("ListFaculties"))
              .build();
        }
      }
    }
    return getListFacultiesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateFacultyRequest,
      nl.edubadges.v1.Faculty> getUpdateFacultyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateFaculty",
      requestType = nl.edubadges.v1.UpdateFacultyRequest.class,
      responseType = nl.edubadges.v1.Faculty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateFacultyRequest,
      nl.edubadges.v1.Faculty> getUpdateFacultyMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateFacultyRequest, nl.edubadges.v1.Faculty> getUpdateFacultyMethod;
    if ((getUpdateFacultyMethod = FacultyServiceGrpc.getUpdateFacultyMethod) == null) {
      synchronized (FacultyServiceGrpc.class) {
        if ((getUpdateFacultyMethod = FacultyServiceGrpc.getUpdateFacultyMethod) == null) {
          FacultyServiceGrpc.getUpdateFacultyMethod = getUpdateFacultyMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.UpdateFacultyRequest, nl.edubadges.v1.Faculty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateFaculty"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.UpdateFacultyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Faculty.getDefaultInstance()))
              .setSchemaDescriptor(new FacultyServiceMethodDescriptorSupplier("UpdateFaculty"))
              .build();
        }
      }
    }
    return getUpdateFacultyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveFacultyRequest,
      nl.edubadges.v1.Faculty> getArchiveFacultyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ArchiveFaculty",
      requestType = nl.edubadges.v1.ArchiveFacultyRequest.class,
      responseType = nl.edubadges.v1.Faculty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveFacultyRequest,
      nl.edubadges.v1.Faculty> getArchiveFacultyMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveFacultyRequest, nl.edubadges.v1.Faculty> getArchiveFacultyMethod;
    if ((getArchiveFacultyMethod = FacultyServiceGrpc.getArchiveFacultyMethod) == null) {
      synchronized (FacultyServiceGrpc.class) {
        if ((getArchiveFacultyMethod = FacultyServiceGrpc.getArchiveFacultyMethod) == null) {
          FacultyServiceGrpc.getArchiveFacultyMethod = getArchiveFacultyMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ArchiveFacultyRequest, nl.edubadges.v1.Faculty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ArchiveFaculty"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ArchiveFacultyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Faculty.getDefaultInstance()))
              .setSchemaDescriptor(new FacultyServiceMethodDescriptorSupplier("ArchiveFaculty"))
              .build();
        }
      }
    }
    return getArchiveFacultyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteFacultyRequest,
      nl.edubadges.v1.DeleteFacultyResponse> getDeleteFacultyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteFaculty",
      requestType = nl.edubadges.v1.DeleteFacultyRequest.class,
      responseType = nl.edubadges.v1.DeleteFacultyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteFacultyRequest,
      nl.edubadges.v1.DeleteFacultyResponse> getDeleteFacultyMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteFacultyRequest, nl.edubadges.v1.DeleteFacultyResponse> getDeleteFacultyMethod;
    if ((getDeleteFacultyMethod = FacultyServiceGrpc.getDeleteFacultyMethod) == null) {
      synchronized (FacultyServiceGrpc.class) {
        if ((getDeleteFacultyMethod = FacultyServiceGrpc.getDeleteFacultyMethod) == null) {
          FacultyServiceGrpc.getDeleteFacultyMethod = getDeleteFacultyMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.DeleteFacultyRequest, nl.edubadges.v1.DeleteFacultyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteFaculty"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DeleteFacultyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DeleteFacultyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FacultyServiceMethodDescriptorSupplier("DeleteFaculty"))
              .build();
        }
      }
    }
    return getDeleteFacultyMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static FacultyServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<FacultyServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<FacultyServiceStub>() {
        @java.lang.Override
        public FacultyServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new FacultyServiceStub(channel, callOptions);
        }
      };
    return FacultyServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static FacultyServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<FacultyServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<FacultyServiceBlockingV2Stub>() {
        @java.lang.Override
        public FacultyServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new FacultyServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return FacultyServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static FacultyServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<FacultyServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<FacultyServiceBlockingStub>() {
        @java.lang.Override
        public FacultyServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new FacultyServiceBlockingStub(channel, callOptions);
        }
      };
    return FacultyServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static FacultyServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<FacultyServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<FacultyServiceFutureStub>() {
        @java.lang.Override
        public FacultyServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new FacultyServiceFutureStub(channel, callOptions);
        }
      };
    return FacultyServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the faculties (issuer groups) of institutions.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a faculty in an active institution. Fails with ALREADY_EXISTS when an active
     * faculty of the institution already has the same Dutch or English name.
     * </pre>
     */
    default void createFaculty(nl.edubadges.v1.CreateFacultyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Faculty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateFacultyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets one faculty by resource name.
     * </pre>
     */
    default void getFaculty(nl.edubadges.v1.GetFacultyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Faculty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetFacultyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the faculties of an institution in the order they were created, with keyset paging.
     * </pre>
     */
    default void listFaculties(nl.edubadges.v1.ListFacultiesRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListFacultiesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListFacultiesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * faculty changed since that etag was read.
     * </pre>
     */
    default void updateFaculty(nl.edubadges.v1.UpdateFacultyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Faculty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateFacultyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Archives a faculty together with its issuers and their badge classes. Archived
     * resources stay readable but are hidden from lists by default and cannot be awarded.
     * </pre>
     */
    default void archiveFaculty(nl.edubadges.v1.ArchiveFacultyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Faculty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getArchiveFacultyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a faculty with its issuers and badge classes, when nothing below it was ever
     * awarded; otherwise fails with FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    default void deleteFaculty(nl.edubadges.v1.DeleteFacultyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteFacultyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteFacultyMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service FacultyService.
   * <pre>
   * Manages the faculties (issuer groups) of institutions.
   * </pre>
   */
  public static abstract class FacultyServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return FacultyServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service FacultyService.
   * <pre>
   * Manages the faculties (issuer groups) of institutions.
   * </pre>
   */
  public static final class FacultyServiceStub
      extends io.grpc.stub.AbstractAsyncStub<FacultyServiceStub> {
    private FacultyServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected FacultyServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new FacultyServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a faculty in an active institution. Fails with ALREADY_EXISTS when an active
     * faculty of the institution already has the same Dutch or English name.
     * </pre>
     */
    public void createFaculty(nl.edubadges.v1.CreateFacultyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Faculty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateFacultyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets one faculty by resource name.
     * </pre>
     */
    public void getFaculty(nl.edubadges.v1.GetFacultyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Faculty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetFacultyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the faculties of an institution in the order they were created, with keyset paging.
     * </pre>
     */
    public void listFaculties(nl.edubadges.v1.ListFacultiesRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListFacultiesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListFacultiesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * faculty changed since that etag was read.
     * </pre>
     */
    public void updateFaculty(nl.edubadges.v1.UpdateFacultyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Faculty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateFacultyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Archives a faculty together with its issuers and their badge classes. Archived
     * resources stay readable but are hidden from lists by default and cannot be awarded.
     * </pre>
     */
    public void archiveFaculty(nl.edubadges.v1.ArchiveFacultyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Faculty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getArchiveFacultyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a faculty with its issuers and badge classes, when nothing below it was ever
     * awarded; otherwise fails with FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public void deleteFaculty(nl.edubadges.v1.DeleteFacultyRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteFacultyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteFacultyMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service FacultyService.
   * <pre>
   * Manages the faculties (issuer groups) of institutions.
   * </pre>
   */
  public static final class FacultyServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<FacultyServiceBlockingV2Stub> {
    private FacultyServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected FacultyServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new FacultyServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a faculty in an active institution. Fails with ALREADY_EXISTS when an active
     * faculty of the institution already has the same Dutch or English name.
     * </pre>
     */
    public nl.edubadges.v1.Faculty createFaculty(nl.edubadges.v1.CreateFacultyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateFacultyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one faculty by resource name.
     * </pre>
     */
    public nl.edubadges.v1.Faculty getFaculty(nl.edubadges.v1.GetFacultyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetFacultyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the faculties of an institution in the order they were created, with keyset paging.
     * </pre>
     */
    public nl.edubadges.v1.ListFacultiesResponse listFaculties(nl.edubadges.v1.ListFacultiesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListFacultiesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * faculty changed since that etag was read.
     * </pre>
     */
    public nl.edubadges.v1.Faculty updateFaculty(nl.edubadges.v1.UpdateFacultyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateFacultyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Archives a faculty together with its issuers and their badge classes. Archived
     * resources stay readable but are hidden from lists by default and cannot be awarded.
     * </pre>
     */
    public nl.edubadges.v1.Faculty archiveFaculty(nl.edubadges.v1.ArchiveFacultyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getArchiveFacultyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a faculty with its issuers and badge classes, when nothing below it was ever
     * awarded; otherwise fails with FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public nl.edubadges.v1.DeleteFacultyResponse deleteFaculty(nl.edubadges.v1.DeleteFacultyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteFacultyMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service FacultyService.
   * <pre>
   * Manages the faculties (issuer groups) of institutions.
   * </pre>
   */
  public static final class FacultyServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<FacultyServiceBlockingStub> {
    private FacultyServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected FacultyServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new FacultyServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a faculty in an active institution. Fails with ALREADY_EXISTS when an active
     * faculty of the institution already has the same Dutch or English name.
     * </pre>
     */
    public nl.edubadges.v1.Faculty createFaculty(nl.edubadges.v1.CreateFacultyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateFacultyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one faculty by resource name.
     * </pre>
     */
    public nl.edubadges.v1.Faculty getFaculty(nl.edubadges.v1.GetFacultyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetFacultyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the faculties of an institution in the order they were created, with keyset paging.
     * </pre>
     */
    public nl.edubadges.v1.ListFacultiesResponse listFaculties(nl.edubadges.v1.ListFacultiesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListFacultiesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * faculty changed since that etag was read.
     * </pre>
     */
    public nl.edubadges.v1.Faculty updateFaculty(nl.edubadges.v1.UpdateFacultyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateFacultyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Archives a faculty together with its issuers and their badge classes. Archived
     * resources stay readable but are hidden from lists by default and cannot be awarded.
     * </pre>
     */
    public nl.edubadges.v1.Faculty archiveFaculty(nl.edubadges.v1.ArchiveFacultyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getArchiveFacultyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a faculty with its issuers and badge classes, when nothing below it was ever
     * awarded; otherwise fails with FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public nl.edubadges.v1.DeleteFacultyResponse deleteFaculty(nl.edubadges.v1.DeleteFacultyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteFacultyMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service FacultyService.
   * <pre>
   * Manages the faculties (issuer groups) of institutions.
   * </pre>
   */
  public static final class FacultyServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<FacultyServiceFutureStub> {
    private FacultyServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected FacultyServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new FacultyServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a faculty in an active institution. Fails with ALREADY_EXISTS when an active
     * faculty of the institution already has the same Dutch or English name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Faculty> createFaculty(
        nl.edubadges.v1.CreateFacultyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateFacultyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets one faculty by resource name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Faculty> getFaculty(
        nl.edubadges.v1.GetFacultyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetFacultyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the faculties of an institution in the order they were created, with keyset paging.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListFacultiesResponse> listFaculties(
        nl.edubadges.v1.ListFacultiesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListFacultiesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields named in the update mask. With an etag, fails with ABORTED when the
     * faculty changed since that etag was read.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Faculty> updateFaculty(
        nl.edubadges.v1.UpdateFacultyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateFacultyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Archives a faculty together with its issuers and their badge classes. Archived
     * resources stay readable but are hidden from lists by default and cannot be awarded.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Faculty> archiveFaculty(
        nl.edubadges.v1.ArchiveFacultyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getArchiveFacultyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a faculty with its issuers and badge classes, when nothing below it was ever
     * awarded; otherwise fails with FAILED_PRECONDITION: archive it instead.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.DeleteFacultyResponse> deleteFaculty(
        nl.edubadges.v1.DeleteFacultyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteFacultyMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_FACULTY = 0;
  private static final int METHODID_GET_FACULTY = 1;
  private static final int METHODID_LIST_FACULTIES = 2;
  private static final int METHODID_UPDATE_FACULTY = 3;
  private static final int METHODID_ARCHIVE_FACULTY = 4;
  private static final int METHODID_DELETE_FACULTY = 5;

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
        case METHODID_CREATE_FACULTY:
          serviceImpl.createFaculty((nl.edubadges.v1.CreateFacultyRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Faculty>) responseObserver);
          break;
        case METHODID_GET_FACULTY:
          serviceImpl.getFaculty((nl.edubadges.v1.GetFacultyRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Faculty>) responseObserver);
          break;
        case METHODID_LIST_FACULTIES:
          serviceImpl.listFaculties((nl.edubadges.v1.ListFacultiesRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListFacultiesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_FACULTY:
          serviceImpl.updateFaculty((nl.edubadges.v1.UpdateFacultyRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Faculty>) responseObserver);
          break;
        case METHODID_ARCHIVE_FACULTY:
          serviceImpl.archiveFaculty((nl.edubadges.v1.ArchiveFacultyRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Faculty>) responseObserver);
          break;
        case METHODID_DELETE_FACULTY:
          serviceImpl.deleteFaculty((nl.edubadges.v1.DeleteFacultyRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteFacultyResponse>) responseObserver);
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
          getCreateFacultyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.CreateFacultyRequest,
              nl.edubadges.v1.Faculty>(
                service, METHODID_CREATE_FACULTY)))
        .addMethod(
          getGetFacultyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetFacultyRequest,
              nl.edubadges.v1.Faculty>(
                service, METHODID_GET_FACULTY)))
        .addMethod(
          getListFacultiesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListFacultiesRequest,
              nl.edubadges.v1.ListFacultiesResponse>(
                service, METHODID_LIST_FACULTIES)))
        .addMethod(
          getUpdateFacultyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.UpdateFacultyRequest,
              nl.edubadges.v1.Faculty>(
                service, METHODID_UPDATE_FACULTY)))
        .addMethod(
          getArchiveFacultyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ArchiveFacultyRequest,
              nl.edubadges.v1.Faculty>(
                service, METHODID_ARCHIVE_FACULTY)))
        .addMethod(
          getDeleteFacultyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.DeleteFacultyRequest,
              nl.edubadges.v1.DeleteFacultyResponse>(
                service, METHODID_DELETE_FACULTY)))
        .build();
  }

  private static abstract class FacultyServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    FacultyServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.FacultyProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("FacultyService");
    }
  }

  private static final class FacultyServiceFileDescriptorSupplier
      extends FacultyServiceBaseDescriptorSupplier {
    FacultyServiceFileDescriptorSupplier() {}
  }

  private static final class FacultyServiceMethodDescriptorSupplier
      extends FacultyServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    FacultyServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (FacultyServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new FacultyServiceFileDescriptorSupplier())
              .addMethod(getCreateFacultyMethod())
              .addMethod(getGetFacultyMethod())
              .addMethod(getListFacultiesMethod())
              .addMethod(getUpdateFacultyMethod())
              .addMethod(getArchiveFacultyMethod())
              .addMethod(getDeleteFacultyMethod())
              .build();
        }
      }
    }
    return result;
  }
}
