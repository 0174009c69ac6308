package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Issues and revokes the short-lived bearer tokens of API clients (student information
 * systems, alliance partners, internal tools) and tells any caller how the server sees
 * them. People do not use this service to log in: staff and learners present the signed
 * ID token (JWT) of their institution's or eduID's OpenID Connect provider as bearer
 * token, and platform operators an operator token.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AuthServiceGrpc {

  private AuthServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.AuthService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ExchangeClientCredentialsRequest,
      nl.edubadges.v1.ExchangeClientCredentialsResponse> getExchangeClientCredentialsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ExchangeClientCredentials",
      requestType = nl.edubadges.v1.ExchangeClientCredentialsRequest.class,
      responseType = nl.edubadges.v1.ExchangeClientCredentialsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ExchangeClientCredentialsRequest,
      nl.edubadges.v1.ExchangeClientCredentialsResponse> getExchangeClientCredentialsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ExchangeClientCredentialsRequest, nl.edubadges.v1.ExchangeClientCredentialsResponse> getExchangeClientCredentialsMethod;
    if ((getExchangeClientCredentialsMethod = AuthServiceGrpc.getExchangeClientCredentialsMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getExchangeClientCredentialsMethod = AuthServiceGrpc.getExchangeClientCredentialsMethod) == null) {
          AuthServiceGrpc.getExchangeClientCredentialsMethod = getExchangeClientCredentialsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ExchangeClientCredentialsRequest, nl.edubadges.v1.ExchangeClientCredentialsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ExchangeClientCredentials"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ExchangeClientCredentialsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ExchangeClientCredentialsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("ExchangeClientCredentials"))
              .build();
        }
      }
    }
    return getExchangeClientCredentialsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.RevokeClientTokenRequest,
      nl.edubadges.v1.RevokeClientTokenResponse> getRevokeClientTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeClientToken",
      requestType = nl.edubadges.v1.RevokeClientTokenRequest.class,
      responseType = nl.edubadges.v1.RevokeClientTokenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.RevokeClientTokenRequest,
      nl.edubadges.v1.RevokeClientTokenResponse> getRevokeClientTokenMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.RevokeClientTokenRequest, nl.edubadges.v1.RevokeClientTokenResponse> getRevokeClientTokenMethod;
    if ((getRevokeClientTokenMethod = AuthServiceGrpc.getRevokeClientTokenMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getRevokeClientTokenMethod = AuthServiceGrpc.getRevokeClientTokenMethod) == null) {
          AuthServiceGrpc.getRevokeClientTokenMethod = getRevokeClientTokenMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.RevokeClientTokenRequest, nl.edubadges.v1.RevokeClientTokenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeClientToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.RevokeClientTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.RevokeClientTokenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("RevokeClientToken"))
              .build();
        }
      }
    }
    return getRevokeClientTokenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetCallerRequest,
      nl.edubadges.v1.Caller> getGetCallerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCaller",
      requestType = nl.edubadges.v1.GetCallerRequest.class,
      responseType = nl.edubadges.v1.Caller.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetCallerRequest,
      nl.edubadges.v1.Caller> getGetCallerMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetCallerRequest, nl.edubadges.v1.Caller> getGetCallerMethod;
    if ((getGetCallerMethod = AuthServiceGrpc.getGetCallerMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getGetCallerMethod = AuthServiceGrpc.getGetCallerMethod) == null) {
          AuthServiceGrpc.getGetCallerMethod = getGetCallerMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetCallerRequest, nl.edubadges.v1.Caller>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCaller"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetCallerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Caller.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("GetCaller"))
              .build();
        }
      }
    }
    return getGetCallerMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AuthServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceStub>() {
        @java.lang.Override
        public AuthServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceStub(channel, callOptions);
        }
      };
    return AuthServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AuthServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceBlockingV2Stub>() {
        @java.lang.Override
        public AuthServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AuthServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AuthServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceBlockingStub>() {
        @java.lang.Override
        public AuthServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceBlockingStub(channel, callOptions);
        }
      };
    return AuthServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AuthServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceFutureStub>() {
        @java.lang.Override
        public AuthServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceFutureStub(channel, callOptions);
        }
      };
    return AuthServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Issues and revokes the short-lived bearer tokens of API clients (student information
   * systems, alliance partners, internal tools) and tells any caller how the server sees
   * them. People do not use this service to log in: staff and learners present the signed
   * ID token (JWT) of their institution's or eduID's OpenID Connect provider as bearer
   * token, and platform operators an operator token.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Exchanges an API client's id and secret for an opaque bearer token (the OAuth2
     * client-credentials grant, RFC 6749 §4.4). Needs no bearer token. A wrong id or secret
     * fails with UNAUTHENTICATED (INVALID_CLIENT); after 5 wrong secrets in a row the
     * client is locked out, first for 30 seconds and then twice as long after every
     * further wrong secret (at most an hour): calls fail with RESOURCE_EXHAUSTED
     * (CLIENT_LOCKED) until then, also with the right secret. A disabled client fails with
     * UNAUTHENTICATED.
     * </pre>
     */
    default void exchangeClientCredentials(nl.edubadges.v1.ExchangeClientCredentialsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ExchangeClientCredentialsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExchangeClientCredentialsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Revokes a token of an API client (RFC 7009 style: whoever holds the token may revoke
     * it). Revoking an unknown, expired or already revoked token succeeds and changes
     * nothing. The server that revokes it refuses it at once; other replicas that checked
     * it less than --auth-cache-seconds ago may accept it that much longer.
     * </pre>
     */
    default void revokeClientToken(nl.edubadges.v1.RevokeClientTokenRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.RevokeClientTokenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeClientTokenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Tells the caller who they are to the server: kind, name, institution and whether
     * their institution requires multi-factor authentication that their token lacks.
     * </pre>
     */
    default void getCaller(nl.edubadges.v1.GetCallerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Caller> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCallerMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AuthService.
   * <pre>
   * Issues and revokes the short-lived bearer tokens of API clients (student information
   * systems, alliance partners, internal tools) and tells any caller how the server sees
   * them. People do not use this service to log in: staff and learners present the signed
   * ID token (JWT) of their institution's or eduID's OpenID Connect provider as bearer
   * token, and platform operators an operator token.
   * </pre>
   */
  public static abstract class AuthServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AuthServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AuthService.
   * <pre>
   * Issues and revokes the short-lived bearer tokens of API clients (student information
   * systems, alliance partners, internal tools) and tells any caller how the server sees
   * them. People do not use this service to log in: staff and learners present the signed
   * ID token (JWT) of their institution's or eduID's OpenID Connect provider as bearer
   * token, and platform operators an operator token.
   * </pre>
   */
  public static final class AuthServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AuthServiceStub> {
    private AuthServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Exchanges an API client's id and secret for an opaque bearer token (the OAuth2
     * client-credentials grant, RFC 6749 §4.4). Needs no bearer token. A wrong id or secret
     * fails with UNAUTHENTICATED (INVALID_CLIENT); after 5 wrong secrets in a row the
     * client is locked out, first for 30 seconds and then twice as long after every
     * further wrong secret (at most an hour): calls fail with RESOURCE_EXHAUSTED
     * (CLIENT_LOCKED) until then, also with the right secret. A disabled client fails with
     * UNAUTHENTICATED.
     * </pre>
     */
    public void exchangeClientCredentials(nl.edubadges.v1.ExchangeClientCredentialsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ExchangeClientCredentialsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExchangeClientCredentialsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Revokes a token of an API client (RFC 7009 style: whoever holds the token may revoke
     * it). Revoking an unknown, expired or already revoked token succeeds and changes
     * nothing. The server that revokes it refuses it at once; other replicas that checked
     * it less than --auth-cache-seconds ago may accept it that much longer.
     * </pre>
     */
    public void revokeClientToken(nl.edubadges.v1.RevokeClientTokenRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.RevokeClientTokenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeClientTokenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Tells the caller who they are to the server: kind, name, institution and whether
     * their institution requires multi-factor authentication that their token lacks.
     * </pre>
     */
    public void getCaller(nl.edubadges.v1.GetCallerRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Caller> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCallerMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AuthService.
   * <pre>
   * Issues and revokes the short-lived bearer tokens of API clients (student information
   * systems, alliance partners, internal tools) and tells any caller how the server sees
   * them. People do not use this service to log in: staff and learners present the signed
   * ID token (JWT) of their institution's or eduID's OpenID Connect provider as bearer
   * token, and platform operators an operator token.
   * </pre>
   */
  public static final class AuthServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AuthServiceBlockingV2Stub> {
    private AuthServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Exchanges an API client's id and secret for an opaque bearer token (the OAuth2
     * client-credentials grant, RFC 6749 §4.4). Needs no bearer token. A wrong id or secret
     * fails with UNAUTHENTICATED (INVALID_CLIENT); after 5 wrong secrets in a row the
     * client is locked out, first for 30 seconds and then twice as long after every
     * further wrong secret (at most an hour): calls fail with RESOURCE_EXHAUSTED
     * (CLIENT_LOCKED) until then, also with the right secret. A disabled client fails with
     * UNAUTHENTICATED.
     * </pre>
     */
    public nl.edubadges.v1.ExchangeClientCredentialsResponse exchangeClientCredentials(nl.edubadges.v1.ExchangeClientCredentialsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExchangeClientCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes a token of an API client (RFC 7009 style: whoever holds the token may revoke
     * it). Revoking an unknown, expired or already revoked token succeeds and changes
     * nothing. The server that revokes it refuses it at once; other replicas that checked
     * it less than --auth-cache-seconds ago may accept it that much longer.
     * </pre>
     */
    public nl.edubadges.v1.RevokeClientTokenResponse revokeClientToken(nl.edubadges.v1.RevokeClientTokenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRevokeClientTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells the caller who they are to the server: kind, name, institution and whether
     * their institution requires multi-factor authentication that their token lacks.
     * </pre>
     */
    public nl.edubadges.v1.Caller getCaller(nl.edubadges.v1.GetCallerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetCallerMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AuthService.
   * <pre>
   * Issues and revokes the short-lived bearer tokens of API clients (student information
   * systems, alliance partners, internal tools) and tells any caller how the server sees
   * them. People do not use this service to log in: staff and learners present the signed
   * ID token (JWT) of their institution's or eduID's OpenID Connect provider as bearer
   * token, and platform operators an operator token.
   * </pre>
   */
  public static final class AuthServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AuthServiceBlockingStub> {
    private AuthServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Exchanges an API client's id and secret for an opaque bearer token (the OAuth2
     * client-credentials grant, RFC 6749 §4.4). Needs no bearer token. A wrong id or secret
     * fails with UNAUTHENTICATED (INVALID_CLIENT); after 5 wrong secrets in a row the
     * client is locked out, first for 30 seconds and then twice as long after every
     * further wrong secret (at most an hour): calls fail with RESOURCE_EXHAUSTED
     * (CLIENT_LOCKED) until then, also with the right secret. A disabled client fails with
     * UNAUTHENTICATED.
     * </pre>
     */
    public nl.edubadges.v1.ExchangeClientCredentialsResponse exchangeClientCredentials(nl.edubadges.v1.ExchangeClientCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExchangeClientCredentialsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes a token of an API client (RFC 7009 style: whoever holds the token may revoke
     * it). Revoking an unknown, expired or already revoked token succeeds and changes
     * nothing. The server that revokes it refuses it at once; other replicas that checked
     * it less than --auth-cache-seconds ago may accept it that much longer.
     * </pre>
     */
    public nl.edubadges.v1.RevokeClientTokenResponse revokeClientToken(nl.edubadges.v1.RevokeClientTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeClientTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells the caller who they are to the server: kind, name, institution and whether
     * their institution requires multi-factor authentication that their token lacks.
     * </pre>
     */
    public nl.edubadges.v1.Caller getCaller(nl.edubadges.v1.GetCallerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCallerMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AuthService.
   * <pre>
   * Issues and revokes the short-lived bearer tokens of API clients (student information
   * systems, alliance partners, internal tools) and tells any caller how the server sees
   * them. People do not use this service to log in: staff and learners present the signed
   * ID token (JWT) of their institution's or eduID's OpenID Connect provider as bearer
   * token, and platform operators an operator token.
   * </pre>
   */
  public static final class AuthServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AuthServiceFutureStub> {
    private AuthServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Exchanges an API client's id and secret for an opaque bearer token (the OAuth2
     * client-credentials grant, RFC 6749 §4.4). Needs no bearer token. A wrong id or secret
     * fails with UNAUTHENTICATED (INVALID_CLIENT); after 5 wrong secrets in a row the
     * client is locked out, first for 30 seconds and then twice as long after every
     * further wrong secret (at most an hour): calls fail with RESOURCE_EXHAUSTED
     * (CLIENT_LOCKED) until then, also with the right secret. A disabled client fails with
     * UNAUTHENTICATED.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ExchangeClientCredentialsResponse> exchangeClientCredentials(
        nl.edubadges.v1.ExchangeClientCredentialsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExchangeClientCredentialsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Revokes a token of an API client (RFC 7009 style: whoever holds the token may revoke
     * it). Revoking an unknown, expired or already revoked token succeeds and changes
     * nothing. The server that revokes it refuses it at once; other replicas that checked
     * it less than --auth-cache-seconds ago may accept it that much longer.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.RevokeClientTokenResponse> revokeClientToken(
        nl.edubadges.v1.RevokeClientTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeClientTokenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Tells the caller who they are to the server: kind, name, institution and whether
     * their institution requires multi-factor authentication that their token lacks.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Caller> getCaller(
        nl.edubadges.v1.GetCallerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCallerMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_EXCHANGE_CLIENT_CREDENTIALS = 0;
  private static final int METHODID_REVOKE_CLIENT_TOKEN = 1;
  private static final int METHODID_GET_CALLER = 2;

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
        case METHODID_EXCHANGE_CLIENT_CREDENTIALS:
          serviceImpl.exchangeClientCredentials((nl.edubadges.v1.ExchangeClientCredentialsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ExchangeClientCredentialsResponse>) responseObserver);
          break;
        case METHODID_REVOKE_CLIENT_TOKEN:
          serviceImpl.revokeClientToken((nl.edubadges.v1.RevokeClientTokenRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.RevokeClientTokenResponse>) responseObserver);
          break;
        case METHODID_GET_CALLER:
          serviceImpl.getCaller((nl.edubadges.v1.GetCallerRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Caller>) responseObserver);
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
          getExchangeClientCredentialsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ExchangeClientCredentialsRequest,
              nl.edubadges.v1.ExchangeClientCredentialsResponse>(
                service, METHODID_EXCHANGE_CLIENT_CREDENTIALS)))
        .addMethod(
          getRevokeClientTokenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.RevokeClientTokenRequest,
              nl.edubadges.v1.RevokeClientTokenResponse>(
                service, METHODID_REVOKE_CLIENT_TOKEN)))
        .addMethod(
          getGetCallerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetCallerRequest,
              nl.edubadges.v1.Caller>(
                service, METHODID_GET_CALLER)))
        .build();
  }

  private static abstract class AuthServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AuthServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.AuthProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AuthService");
    }
  }

  private static final class AuthServiceFileDescriptorSupplier
      extends AuthServiceBaseDescriptorSupplier {
    AuthServiceFileDescriptorSupplier() {}
  }

  private static final class AuthServiceMethodDescriptorSupplier
      extends AuthServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AuthServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AuthServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AuthServiceFileDescriptorSupplier())
              .addMethod(getExchangeClientCredentialsMethod())
              .addMethod(getRevokeClientTokenMethod())
              .addMethod(getGetCallerMethod())
              .build();
        }
      }
    }
    return result;
  }
}
