package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Registers API clients. A SIS or alliance client belongs to one institution and is
 * created by someone with the administrate_users permission on it; what it may do is
 * given with StaffService.CreateMembership (member "apiClients/{id}"), never the
 * administrate_users permission. Its direct awards always carry its kind as source
 * (AWARD_SOURCE_SIS or AWARD_SOURCE_ALLIANCE) and its name as creator. An internal client
 * belongs to the platform (only operators create it) and may make the learner calls on a
 * learner's behalf, as the identity layer does.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ApiClientServiceGrpc {

  private ApiClientServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.ApiClientService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.CreateApiClientRequest,
      nl.edubadges.v1.CreateApiClientResponse> getCreateApiClientMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateApiClient",
      requestType = nl.edubadges.v1.CreateApiClientRequest.class,
      responseType = nl.edubadges.v1.CreateApiClientResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.CreateApiClientRequest,
      nl.edubadges.v1.CreateApiClientResponse> getCreateApiClientMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.CreateApiClientRequest, nl.edubadges.v1.CreateApiClientResponse> getCreateApiClientMethod;
    if ((getCreateApiClientMethod = ApiClientServiceGrpc.getCreateApiClientMethod) == null) {
      synchronized (ApiClientServiceGrpc.class) {
        if ((getCreateApiClientMethod = ApiClientServiceGrpc.getCreateApiClientMethod) == null) {
          ApiClientServiceGrpc.getCreateApiClientMethod = getCreateApiClientMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.CreateApiClientRequest, nl.edubadges.v1.CreateApiClientResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateApiClient"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.CreateApiClientRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.CreateApiClientResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ApiClientServiceMethodDescriptorSupplier("CreateApiClient"))
              .build();
        }
      }
    }
    return getCreateApiClientMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetApiClientRequest,
      nl.edubadges.v1.ApiClient> getGetApiClientMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetApiClient",
      requestType = nl.edubadges.v1.GetApiClientRequest.class,
      responseType = nl.edubadges.v1.ApiClient.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetApiClientRequest,
      nl.edubadges.v1.ApiClient> getGetApiClientMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetApiClientRequest, nl.edubadges.v1.ApiClient> getGetApiClientMethod;
    if ((getGetApiClientMethod = ApiClientServiceGrpc.getGetApiClientMethod) == null) {
      synchronized (ApiClientServiceGrpc.class) {
        if ((getGetApiClientMethod = ApiClientServiceGrpc.getGetApiClientMethod) == null) {
          ApiClientServiceGrpc.getGetApiClientMethod = getGetApiClientMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetApiClientRequest, nl.edubadges.v1.ApiClient>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetApiClient"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetApiClientRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ApiClient.getDefaultInstance()))
              .setSchemaDescriptor(new ApiClientServiceMethodDescriptorSupplier("GetApiClient"))
              .build();
        }
      }
    }
    return getGetApiClientMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListApiClientsRequest,
      nl.edubadges.v1.ListApiClientsResponse> getListApiClientsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListApiClients",
      requestType = nl.edubadges.v1.ListApiClientsRequest.class,
      responseType = nl.edubadges.v1.ListApiClientsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListApiClientsRequest,
      nl.edubadges.v1.ListApiClientsResponse> getListApiClientsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListApiClientsRequest, nl.edubadges.v1.ListApiClientsResponse> getListApiClientsMethod;
    if ((getListApiClientsMethod = ApiClientServiceGrpc.getListApiClientsMethod) == null) {
      synchronized (ApiClientServiceGrpc.class) {
        if ((getListApiClientsMethod = ApiClientServiceGrpc.getListApiClientsMethod) == null) {
          ApiClientServiceGrpc.getListApiClientsMethod = getListApiClientsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListApiClientsRequest, nl.edubadges.v1.ListApiClientsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListApiClients"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListApiClientsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListApiClientsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ApiClientServiceMethodDescriptorSupplier("ListApiClients"))
              .build();
        }
      }
    }
    return getListApiClientsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.DisableApiClientRequest,
      nl.edubadges.v1.ApiClient> getDisableApiClientMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DisableApiClient",
      requestType = nl.edubadges.v1.DisableApiClientRequest.class,
      responseType = nl.edubadges.v1.ApiClient.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.DisableApiClientRequest,
      nl.edubadges.v1.ApiClient> getDisableApiClientMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.DisableApiClientRequest, nl.edubadges.v1.ApiClient> getDisableApiClientMethod;
    if ((getDisableApiClientMethod = ApiClientServiceGrpc.getDisableApiClientMethod) == null) {
      synchronized (ApiClientServiceGrpc.class) {
        if ((getDisableApiClientMethod = ApiClientServiceGrpc.getDisableApiClientMethod) == null) {
          ApiClientServiceGrpc.getDisableApiClientMethod = getDisableApiClientMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.DisableApiClientRequest, nl.edubadges.v1.ApiClient>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DisableApiClient"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DisableApiClientRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ApiClient.getDefaultInstance()))
              .setSchemaDescriptor(new ApiClientServiceMethodDescriptorSupplier("DisableApiClient"))
              .build();
        }
      }
    }
    return getDisableApiClientMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ApiClientServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ApiClientServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ApiClientServiceStub>() {
        @java.lang.Override
        public ApiClientServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ApiClientServiceStub(channel, callOptions);
        }
      };
    return ApiClientServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ApiClientServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ApiClientServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ApiClientServiceBlockingV2Stub>() {
        @java.lang.Override
        public ApiClientServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ApiClientServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ApiClientServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ApiClientServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ApiClientServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ApiClientServiceBlockingStub>() {
        @java.lang.Override
        public ApiClientServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ApiClientServiceBlockingStub(channel, callOptions);
        }
      };
    return ApiClientServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ApiClientServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ApiClientServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ApiClientServiceFutureStub>() {
        @java.lang.Override
        public ApiClientServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ApiClientServiceFutureStub(channel, callOptions);
        }
      };
    return ApiClientServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Registers API clients. A SIS or alliance client belongs to one institution and is
   * created by someone with the administrate_users permission on it; what it may do is
   * given with StaffService.CreateMembership (member "apiClients/{id}"), never the
   * administrate_users permission. Its direct awards always carry its kind as source
   * (AWARD_SOURCE_SIS or AWARD_SOURCE_ALLIANCE) and its name as creator. An internal client
   * belongs to the platform (only operators create it) and may make the learner calls on a
   * learner's behalf, as the identity layer does.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a client and returns its secret, once. A SIS client needs an institution with
     * sis_integration_enabled (else FAILED_PRECONDITION, SIS_INTEGRATION_DISABLED).
     * </pre>
     */
    default void createApiClient(nl.edubadges.v1.CreateApiClientRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.CreateApiClientResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateApiClientMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a client.
     * </pre>
     */
    default void getApiClient(nl.edubadges.v1.GetApiClientRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ApiClient> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetApiClientMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the clients of an institution, oldest first.
     * </pre>
     */
    default void listApiClients(nl.edubadges.v1.ListApiClientsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListApiClientsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListApiClientsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Disables a client for good: its tokens are revoked and no new ones are issued.
     * </pre>
     */
    default void disableApiClient(nl.edubadges.v1.DisableApiClientRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ApiClient> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDisableApiClientMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ApiClientService.
   * <pre>
   * Registers API clients. A SIS or alliance client belongs to one institution and is
   * created by someone with the administrate_users permission on it; what it may do is
   * given with StaffService.CreateMembership (member "apiClients/{id}"), never the
   * administrate_users permission. Its direct awards always carry its kind as source
   * (AWARD_SOURCE_SIS or AWARD_SOURCE_ALLIANCE) and its name as creator. An internal client
   * belongs to the platform (only operators create it) and may make the learner calls on a
   * learner's behalf, as the identity layer does.
   * </pre>
   */
  public static abstract class ApiClientServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ApiClientServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ApiClientService.
   * <pre>
   * Registers API clients. A SIS or alliance client belongs to one institution and is
   * created by someone with the administrate_users permission on it; what it may do is
   * given with StaffService.CreateMembership (member "apiClients/{id}"), never the
   * administrate_users permission. Its direct awards always carry its kind as source
   * (AWARD_SOURCE_SIS or AWARD_SOURCE_ALLIANCE) and its name as creator. An internal client
   * belongs to the platform (only operators create it) and may make the learner calls on a
   * learner's behalf, as the identity layer does.
   * </pre>
   */
  public static final class ApiClientServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ApiClientServiceStub> {
    private ApiClientServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ApiClientServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ApiClientServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a client and returns its secret, once. A SIS client needs an institution with
     * sis_integration_enabled (else FAILED_PRECONDITION, SIS_INTEGRATION_DISABLED).
     * </pre>
     */
    public void createApiClient(nl.edubadges.v1.CreateApiClientRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.CreateApiClientResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateApiClientMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a client.
     * </pre>
     */
    public void getApiClient(nl.edubadges.v1.GetApiClientRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ApiClient> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetApiClientMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the clients of an institution, oldest first.
     * </pre>
     */
    public void listApiClients(nl.edubadges.v1.ListApiClientsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListApiClientsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListApiClientsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Disables a client for good: its tokens are revoked and no new ones are issued.
     * </pre>
     */
    public void disableApiClient(nl.edubadges.v1.DisableApiClientRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ApiClient> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDisableApiClientMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ApiClientService.
   * <pre>
   * Registers API clients. A SIS or alliance client belongs to one institution and is
   * created by someone with the administrate_users permission on it; what it may do is
   * given with StaffService.CreateMembership (member "apiClients/{id}"), never the
   * administrate_users permission. Its direct awards always carry its kind as source
   * (AWARD_SOURCE_SIS or AWARD_SOURCE_ALLIANCE) and its name as creator. An internal client
   * belongs to the platform (only operators create it) and may make the learner calls on a
   * learner's behalf, as the identity layer does.
   * </pre>
   */
  public static final class ApiClientServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ApiClientServiceBlockingV2Stub> {
    private ApiClientServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ApiClientServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ApiClientServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a client and returns its secret, once. A SIS client needs an institution with
     * sis_integration_enabled (else FAILED_PRECONDITION, SIS_INTEGRATION_DISABLED).
     * </pre>
     */
    public nl.edubadges.v1.CreateApiClientResponse createApiClient(nl.edubadges.v1.CreateApiClientRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateApiClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a client.
     * </pre>
     */
    public nl.edubadges.v1.ApiClient getApiClient(nl.edubadges.v1.GetApiClientRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetApiClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the clients of an institution, oldest first.
     * </pre>
     */
    public nl.edubadges.v1.ListApiClientsResponse listApiClients(nl.edubadges.v1.ListApiClientsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListApiClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Disables a client for good: its tokens are revoked and no new ones are issued.
     * </pre>
     */
    public nl.edubadges.v1.ApiClient disableApiClient(nl.edubadges.v1.DisableApiClientRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDisableApiClientMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ApiClientService.
   * <pre>
   * Registers API clients. A SIS or alliance client belongs to one institution and is
   * created by someone with the administrate_users permission on it; what it may do is
   * given with StaffService.CreateMembership (member "apiClients/{id}"), never the
   * administrate_users permission. Its direct awards always carry its kind as source
   * (AWARD_SOURCE_SIS or AWARD_SOURCE_ALLIANCE) and its name as creator. An internal client
   * belongs to the platform (only operators create it) and may make the learner calls on a
   * learner's behalf, as the identity layer does.
   * </pre>
   */
  public static final class ApiClientServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ApiClientServiceBlockingStub> {
    private ApiClientServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ApiClientServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ApiClientServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a client and returns its secret, once. A SIS client needs an institution with
     * sis_integration_enabled (else FAILED_PRECONDITION, SIS_INTEGRATION_DISABLED).
     * </pre>
     */
    public nl.edubadges.v1.CreateApiClientResponse createApiClient(nl.edubadges.v1.CreateApiClientRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateApiClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a client.
     * </pre>
     */
    public nl.edubadges.v1.ApiClient getApiClient(nl.edubadges.v1.GetApiClientRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetApiClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the clients of an institution, oldest first.
     * </pre>
     */
    public nl.edubadges.v1.ListApiClientsResponse listApiClients(nl.edubadges.v1.ListApiClientsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListApiClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Disables a client for good: its tokens are revoked and no new ones are issued.
     * </pre>
     */
    public nl.edubadges.v1.ApiClient disableApiClient(nl.edubadges.v1.DisableApiClientRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDisableApiClientMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ApiClientService.
   * <pre>
   * Registers API clients. A SIS or alliance client belongs to one institution and is
   * created by someone with the administrate_users permission on it; what it may do is
   * given with StaffService.CreateMembership (member "apiClients/{id}"), never the
   * administrate_users permission. Its direct awards always carry its kind as source
   * (AWARD_SOURCE_SIS or AWARD_SOURCE_ALLIANCE) and its name as creator. An internal client
   * belongs to the platform (only operators create it) and may make the learner calls on a
   * learner's behalf, as the identity layer does.
   * </pre>
   */
  public static final class ApiClientServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ApiClientServiceFutureStub> {
    private ApiClientServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ApiClientServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ApiClientServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a client and returns its secret, once. A SIS client needs an institution with
     * sis_integration_enabled (else FAILED_PRECONDITION, SIS_INTEGRATION_DISABLED).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.CreateApiClientResponse> createApiClient(
        nl.edubadges.v1.CreateApiClientRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateApiClientMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a client.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ApiClient> getApiClient(
        nl.edubadges.v1.GetApiClientRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetApiClientMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the clients of an institution, oldest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListApiClientsResponse> listApiClients(
        nl.edubadges.v1.ListApiClientsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListApiClientsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Disables a client for good: its tokens are revoked and no new ones are issued.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ApiClient> disableApiClient(
        nl.edubadges.v1.DisableApiClientRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDisableApiClientMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_API_CLIENT = 0;
  private static final int METHODID_GET_API_CLIENT = 1;
  private static final int METHODID_LIST_API_CLIENTS = 2;
  private static final int METHODID_DISABLE_API_CLIENT = 3;

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
        case METHODID_CREATE_API_CLIENT:
          serviceImpl.createApiClient((nl.edubadges.v1.CreateApiClientRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.CreateApiClientResponse>) responseObserver);
          break;
        case METHODID_GET_API_CLIENT:
          serviceImpl.getApiClient((nl.edubadges.v1.GetApiClientRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ApiClient>) responseObserver);
          break;
        case METHODID_LIST_API_CLIENTS:
          serviceImpl.listApiClients((nl.edubadges.v1.ListApiClientsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListApiClientsResponse>) responseObserver);
          break;
        case METHODID_DISABLE_API_CLIENT:
          serviceImpl.disableApiClient((nl.edubadges.v1.DisableApiClientRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ApiClient>) responseObserver);
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
          getCreateApiClientMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.CreateApiClientRequest,
              nl.edubadges.v1.CreateApiClientResponse>(
                service, METHODID_CREATE_API_CLIENT)))
        .addMethod(
          getGetApiClientMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetApiClientRequest,
              nl.edubadges.v1.ApiClient>(
                service, METHODID_GET_API_CLIENT)))
        .addMethod(
          getListApiClientsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListApiClientsRequest,
              nl.edubadges.v1.ListApiClientsResponse>(
                service, METHODID_LIST_API_CLIENTS)))
        .addMethod(
          getDisableApiClientMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.DisableApiClientRequest,
              nl.edubadges.v1.ApiClient>(
                service, METHODID_DISABLE_API_CLIENT)))
        .build();
  }

  private static abstract class ApiClientServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ApiClientServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.ApiClientProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ApiClientService");
    }
  }

  private static final class ApiClientServiceFileDescriptorSupplier
      extends ApiClientServiceBaseDescriptorSupplier {
    ApiClientServiceFileDescriptorSupplier() {}
  }

  private static final class ApiClientServiceMethodDescriptorSupplier
      extends ApiClientServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ApiClientServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ApiClientServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ApiClientServiceFileDescriptorSupplier())
              .addMethod(getCreateApiClientMethod())
              .addMethod(getGetApiClientMethod())
              .addMethod(getListApiClientsMethod())
              .addMethod(getDisableApiClientMethod())
              .build();
        }
      }
    }
    return result;
  }
}
