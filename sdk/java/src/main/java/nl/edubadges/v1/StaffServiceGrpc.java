package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages who may do what in an institution. A membership gives one staff member or API
 * client a set of the seven permissions on one node of the organisation tree (the
 * institution, a faculty, an issuer or a badge class); it holds on that node and
 * everything below it, never above. A staff member with any membership may also read
 * everything of their own institution. Rules, enforced by the server:
 * - granting needs the administrate_users permission on the node (or below an ancestor
 *   that has it), and only permissions the granter holds there can be given;
 * - the member and the node belong to the granter's institution, and nobody grants,
 *   changes or widens their own membership;
 * - one membership per branch: a member with a membership on an ancestor of the node
 *   cannot get another (FAILED_PRECONDITION, MEMBERSHIP_ON_ANCESTOR); a new membership
 *   replaces the member's memberships below its node;
 * - the last institution-level membership with administrate_users cannot be removed or
 *   lose that permission (FAILED_PRECONDITION, LAST_INSTITUTION_ADMIN);
 * - API clients never hold administrate_users.
 * Platform operators may do everything. People who have no account yet are invited by
 * e-mail; the invitation is taken up at their first login with an ID token whose e-mail
 * matches and whose schac_home_organization is the institution's.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class StaffServiceGrpc {

  private StaffServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.StaffService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListStaffMembersRequest,
      nl.edubadges.v1.ListStaffMembersResponse> getListStaffMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListStaffMembers",
      requestType = nl.edubadges.v1.ListStaffMembersRequest.class,
      responseType = nl.edubadges.v1.ListStaffMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListStaffMembersRequest,
      nl.edubadges.v1.ListStaffMembersResponse> getListStaffMembersMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListStaffMembersRequest, nl.edubadges.v1.ListStaffMembersResponse> getListStaffMembersMethod;
    if ((getListStaffMembersMethod = StaffServiceGrpc.getListStaffMembersMethod) == null) {
      synchronized (StaffServiceGrpc.class) {
        if ((getListStaffMembersMethod = StaffServiceGrpc.getListStaffMembersMethod) == null) {
          StaffServiceGrpc.getListStaffMembersMethod = getListStaffMembersMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListStaffMembersRequest, nl.edubadges.v1.ListStaffMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListStaffMembers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListStaffMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListStaffMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StaffServiceMethodDescriptorSupplier("ListStaffMembers"))
              .build();
        }
      }
    }
    return getListStaffMembersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.CreateMembershipRequest,
      nl.edubadges.v1.Membership> getCreateMembershipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateMembership",
      requestType = nl.edubadges.v1.CreateMembershipRequest.class,
      responseType = nl.edubadges.v1.Membership.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.CreateMembershipRequest,
      nl.edubadges.v1.Membership> getCreateMembershipMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.CreateMembershipRequest, nl.edubadges.v1.Membership> getCreateMembershipMethod;
    if ((getCreateMembershipMethod = StaffServiceGrpc.getCreateMembershipMethod) == null) {
      synchronized (StaffServiceGrpc.class) {
        if ((getCreateMembershipMethod = StaffServiceGrpc.getCreateMembershipMethod) == null) {
          StaffServiceGrpc.getCreateMembershipMethod = getCreateMembershipMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.CreateMembershipRequest, nl.edubadges.v1.Membership>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateMembership"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.CreateMembershipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Membership.getDefaultInstance()))
              .setSchemaDescriptor(new StaffServiceMethodDescriptorSupplier("CreateMembership"))
              .build();
        }
      }
    }
    return getCreateMembershipMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateMembershipRequest,
      nl.edubadges.v1.Membership> getUpdateMembershipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateMembership",
      requestType = nl.edubadges.v1.UpdateMembershipRequest.class,
      responseType = nl.edubadges.v1.Membership.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateMembershipRequest,
      nl.edubadges.v1.Membership> getUpdateMembershipMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateMembershipRequest, nl.edubadges.v1.Membership> getUpdateMembershipMethod;
    if ((getUpdateMembershipMethod = StaffServiceGrpc.getUpdateMembershipMethod) == null) {
      synchronized (StaffServiceGrpc.class) {
        if ((getUpdateMembershipMethod = StaffServiceGrpc.getUpdateMembershipMethod) == null) {
          StaffServiceGrpc.getUpdateMembershipMethod = getUpdateMembershipMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.UpdateMembershipRequest, nl.edubadges.v1.Membership>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateMembership"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.UpdateMembershipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Membership.getDefaultInstance()))
              .setSchemaDescriptor(new StaffServiceMethodDescriptorSupplier("UpdateMembership"))
              .build();
        }
      }
    }
    return getUpdateMembershipMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteMembershipRequest,
      nl.edubadges.v1.DeleteMembershipResponse> getDeleteMembershipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteMembership",
      requestType = nl.edubadges.v1.DeleteMembershipRequest.class,
      responseType = nl.edubadges.v1.DeleteMembershipResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteMembershipRequest,
      nl.edubadges.v1.DeleteMembershipResponse> getDeleteMembershipMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteMembershipRequest, nl.edubadges.v1.DeleteMembershipResponse> getDeleteMembershipMethod;
    if ((getDeleteMembershipMethod = StaffServiceGrpc.getDeleteMembershipMethod) == null) {
      synchronized (StaffServiceGrpc.class) {
        if ((getDeleteMembershipMethod = StaffServiceGrpc.getDeleteMembershipMethod) == null) {
          StaffServiceGrpc.getDeleteMembershipMethod = getDeleteMembershipMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.DeleteMembershipRequest, nl.edubadges.v1.DeleteMembershipResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteMembership"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DeleteMembershipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DeleteMembershipResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StaffServiceMethodDescriptorSupplier("DeleteMembership"))
              .build();
        }
      }
    }
    return getDeleteMembershipMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListMembershipsRequest,
      nl.edubadges.v1.ListMembershipsResponse> getListMembershipsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMemberships",
      requestType = nl.edubadges.v1.ListMembershipsRequest.class,
      responseType = nl.edubadges.v1.ListMembershipsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListMembershipsRequest,
      nl.edubadges.v1.ListMembershipsResponse> getListMembershipsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListMembershipsRequest, nl.edubadges.v1.ListMembershipsResponse> getListMembershipsMethod;
    if ((getListMembershipsMethod = StaffServiceGrpc.getListMembershipsMethod) == null) {
      synchronized (StaffServiceGrpc.class) {
        if ((getListMembershipsMethod = StaffServiceGrpc.getListMembershipsMethod) == null) {
          StaffServiceGrpc.getListMembershipsMethod = getListMembershipsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListMembershipsRequest, nl.edubadges.v1.ListMembershipsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMemberships"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListMembershipsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListMembershipsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StaffServiceMethodDescriptorSupplier("ListMemberships"))
              .build();
        }
      }
    }
    return getListMembershipsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.CreateInvitationRequest,
      nl.edubadges.v1.Invitation> getCreateInvitationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateInvitation",
      requestType = nl.edubadges.v1.CreateInvitationRequest.class,
      responseType = nl.edubadges.v1.Invitation.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.CreateInvitationRequest,
      nl.edubadges.v1.Invitation> getCreateInvitationMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.CreateInvitationRequest, nl.edubadges.v1.Invitation> getCreateInvitationMethod;
    if ((getCreateInvitationMethod = StaffServiceGrpc.getCreateInvitationMethod) == null) {
      synchronized (StaffServiceGrpc.class) {
        if ((getCreateInvitationMethod = StaffServiceGrpc.getCreateInvitationMethod) == null) {
          StaffServiceGrpc.getCreateInvitationMethod = getCreateInvitationMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.CreateInvitationRequest, nl.edubadges.v1.Invitation>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateInvitation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.CreateInvitationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Invitation.getDefaultInstance()))
              .setSchemaDescriptor(new StaffServiceMethodDescriptorSupplier("CreateInvitation"))
              .build();
        }
      }
    }
    return getCreateInvitationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListInvitationsRequest,
      nl.edubadges.v1.ListInvitationsResponse> getListInvitationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListInvitations",
      requestType = nl.edubadges.v1.ListInvitationsRequest.class,
      responseType = nl.edubadges.v1.ListInvitationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListInvitationsRequest,
      nl.edubadges.v1.ListInvitationsResponse> getListInvitationsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListInvitationsRequest, nl.edubadges.v1.ListInvitationsResponse> getListInvitationsMethod;
    if ((getListInvitationsMethod = StaffServiceGrpc.getListInvitationsMethod) == null) {
      synchronized (StaffServiceGrpc.class) {
        if ((getListInvitationsMethod = StaffServiceGrpc.getListInvitationsMethod) == null) {
          StaffServiceGrpc.getListInvitationsMethod = getListInvitationsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListInvitationsRequest, nl.edubadges.v1.ListInvitationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListInvitations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListInvitationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListInvitationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StaffServiceMethodDescriptorSupplier("ListInvitations"))
              .build();
        }
      }
    }
    return getListInvitationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.RevokeInvitationRequest,
      nl.edubadges.v1.Invitation> getRevokeInvitationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeInvitation",
      requestType = nl.edubadges.v1.RevokeInvitationRequest.class,
      responseType = nl.edubadges.v1.Invitation.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.RevokeInvitationRequest,
      nl.edubadges.v1.Invitation> getRevokeInvitationMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.RevokeInvitationRequest, nl.edubadges.v1.Invitation> getRevokeInvitationMethod;
    if ((getRevokeInvitationMethod = StaffServiceGrpc.getRevokeInvitationMethod) == null) {
      synchronized (StaffServiceGrpc.class) {
        if ((getRevokeInvitationMethod = StaffServiceGrpc.getRevokeInvitationMethod) == null) {
          StaffServiceGrpc.getRevokeInvitationMethod = getRevokeInvitationMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.RevokeInvitationRequest, nl.edubadges.v1.Invitation>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeInvitation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.RevokeInvitationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Invitation.getDefaultInstance()))
              .setSchemaDescriptor(new StaffServiceMethodDescriptorSupplier("RevokeInvitation"))
              .build();
        }
      }
    }
    return getRevokeInvitationMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static StaffServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<StaffServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<StaffServiceStub>() {
        @java.lang.Override
        public StaffServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new StaffServiceStub(channel, callOptions);
        }
      };
    return StaffServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static StaffServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<StaffServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<StaffServiceBlockingV2Stub>() {
        @java.lang.Override
        public StaffServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new StaffServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return StaffServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static StaffServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<StaffServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<StaffServiceBlockingStub>() {
        @java.lang.Override
        public StaffServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new StaffServiceBlockingStub(channel, callOptions);
        }
      };
    return StaffServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static StaffServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<StaffServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<StaffServiceFutureStub>() {
        @java.lang.Override
        public StaffServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new StaffServiceFutureStub(channel, callOptions);
        }
      };
    return StaffServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages who may do what in an institution. A membership gives one staff member or API
   * client a set of the seven permissions on one node of the organisation tree (the
   * institution, a faculty, an issuer or a badge class); it holds on that node and
   * everything below it, never above. A staff member with any membership may also read
   * everything of their own institution. Rules, enforced by the server:
   * - granting needs the administrate_users permission on the node (or below an ancestor
   *   that has it), and only permissions the granter holds there can be given;
   * - the member and the node belong to the granter's institution, and nobody grants,
   *   changes or widens their own membership;
   * - one membership per branch: a member with a membership on an ancestor of the node
   *   cannot get another (FAILED_PRECONDITION, MEMBERSHIP_ON_ANCESTOR); a new membership
   *   replaces the member's memberships below its node;
   * - the last institution-level membership with administrate_users cannot be removed or
   *   lose that permission (FAILED_PRECONDITION, LAST_INSTITUTION_ADMIN);
   * - API clients never hold administrate_users.
   * Platform operators may do everything. People who have no account yet are invited by
   * e-mail; the invitation is taken up at their first login with an ID token whose e-mail
   * matches and whose schac_home_organization is the institution's.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Lists the staff members (people) of an institution, ordered by display name, with
     * their e-mail addresses. Needs the administrate-users permission on the institution.
     * </pre>
     */
    default void listStaffMembers(nl.edubadges.v1.ListStaffMembersRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListStaffMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListStaffMembersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gives a member permissions on a node. See the rules above.
     * </pre>
     */
    default void createMembership(nl.edubadges.v1.CreateMembershipRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Membership> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateMembershipMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the permissions of a membership (update_mask "permissions" or "role").
     * </pre>
     */
    default void updateMembership(nl.edubadges.v1.UpdateMembershipRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Membership> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateMembershipMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes a membership. Needs administrate_users on its node; the last institution
     * admin cannot be removed.
     * </pre>
     */
    default void deleteMembership(nl.edubadges.v1.DeleteMembershipRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteMembershipResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteMembershipMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the memberships on a node and below it (parent: the node), or those of one
     * member (parent: "staff/{id}" or "apiClients/{id}").
     * </pre>
     */
    default void listMemberships(nl.edubadges.v1.ListMembershipsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListMembershipsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMembershipsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Invites a person by e-mail address to a membership on a node; the same rules as
     * CreateMembership. At most one open invitation per address and node.
     * </pre>
     */
    default void createInvitation(nl.edubadges.v1.CreateInvitationRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Invitation> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateInvitationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the invitations on a node and below it, newest first.
     * </pre>
     */
    default void listInvitations(nl.edubadges.v1.ListInvitationsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListInvitationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListInvitationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Withdraws an open invitation.
     * </pre>
     */
    default void revokeInvitation(nl.edubadges.v1.RevokeInvitationRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Invitation> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeInvitationMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service StaffService.
   * <pre>
   * Manages who may do what in an institution. A membership gives one staff member or API
   * client a set of the seven permissions on one node of the organisation tree (the
   * institution, a faculty, an issuer or a badge class); it holds on that node and
   * everything below it, never above. A staff member with any membership may also read
   * everything of their own institution. Rules, enforced by the server:
   * - granting needs the administrate_users permission on the node (or below an ancestor
   *   that has it), and only permissions the granter holds there can be given;
   * - the member and the node belong to the granter's institution, and nobody grants,
   *   changes or widens their own membership;
   * - one membership per branch: a member with a membership on an ancestor of the node
   *   cannot get another (FAILED_PRECONDITION, MEMBERSHIP_ON_ANCESTOR); a new membership
   *   replaces the member's memberships below its node;
   * - the last institution-level membership with administrate_users cannot be removed or
   *   lose that permission (FAILED_PRECONDITION, LAST_INSTITUTION_ADMIN);
   * - API clients never hold administrate_users.
   * Platform operators may do everything. People who have no account yet are invited by
   * e-mail; the invitation is taken up at their first login with an ID token whose e-mail
   * matches and whose schac_home_organization is the institution's.
   * </pre>
   */
  public static abstract class StaffServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return StaffServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service StaffService.
   * <pre>
   * Manages who may do what in an institution. A membership gives one staff member or API
   * client a set of the seven permissions on one node of the organisation tree (the
   * institution, a faculty, an issuer or a badge class); it holds on that node and
   * everything below it, never above. A staff member with any membership may also read
   * everything of their own institution. Rules, enforced by the server:
   * - granting needs the administrate_users permission on the node (or below an ancestor
   *   that has it), and only permissions the granter holds there can be given;
   * - the member and the node belong to the granter's institution, and nobody grants,
   *   changes or widens their own membership;
   * - one membership per branch: a member with a membership on an ancestor of the node
   *   cannot get another (FAILED_PRECONDITION, MEMBERSHIP_ON_ANCESTOR); a new membership
   *   replaces the member's memberships below its node;
   * - the last institution-level membership with administrate_users cannot be removed or
   *   lose that permission (FAILED_PRECONDITION, LAST_INSTITUTION_ADMIN);
   * - API clients never hold administrate_users.
   * Platform operators may do everything. People who have no account yet are invited by
   * e-mail; the invitation is taken up at their first login with an ID token whose e-mail
   * matches and whose schac_home_organization is the institution's.
   * </pre>
   */
  public static final class StaffServiceStub
      extends io.grpc.stub.AbstractAsyncStub<StaffServiceStub> {
    private StaffServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected StaffServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new StaffServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the staff members (people) of an institution, ordered by display name, with
     * their e-mail addresses. Needs the administrate-users permission on the institution.
     * </pre>
     */
    public void listStaffMembers(nl.edubadges.v1.ListStaffMembersRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListStaffMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListStaffMembersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gives a member permissions on a node. See the rules above.
     * </pre>
     */
    public void createMembership(nl.edubadges.v1.CreateMembershipRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Membership> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateMembershipMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the permissions of a membership (update_mask "permissions" or "role").
     * </pre>
     */
    public void updateMembership(nl.edubadges.v1.UpdateMembershipRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Membership> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateMembershipMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes a membership. Needs administrate_users on its node; the last institution
     * admin cannot be removed.
     * </pre>
     */
    public void deleteMembership(nl.edubadges.v1.DeleteMembershipRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteMembershipResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteMembershipMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the memberships on a node and below it (parent: the node), or those of one
     * member (parent: "staff/{id}" or "apiClients/{id}").
     * </pre>
     */
    public void listMemberships(nl.edubadges.v1.ListMembershipsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListMembershipsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMembershipsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Invites a person by e-mail address to a membership on a node; the same rules as
     * CreateMembership. At most one open invitation per address and node.
     * </pre>
     */
    public void createInvitation(nl.edubadges.v1.CreateInvitationRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Invitation> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateInvitationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the invitations on a node and below it, newest first.
     * </pre>
     */
    public void listInvitations(nl.edubadges.v1.ListInvitationsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListInvitationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListInvitationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Withdraws an open invitation.
     * </pre>
     */
    public void revokeInvitation(nl.edubadges.v1.RevokeInvitationRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Invitation> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeInvitationMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service StaffService.
   * <pre>
   * Manages who may do what in an institution. A membership gives one staff member or API
   * client a set of the seven permissions on one node of the organisation tree (the
   * institution, a faculty, an issuer or a badge class); it holds on that node and
   * everything below it, never above. A staff member with any membership may also read
   * everything of their own institution. Rules, enforced by the server:
   * - granting needs the administrate_users permission on the node (or below an ancestor
   *   that has it), and only permissions the granter holds there can be given;
   * - the member and the node belong to the granter's institution, and nobody grants,
   *   changes or widens their own membership;
   * - one membership per branch: a member with a membership on an ancestor of the node
   *   cannot get another (FAILED_PRECONDITION, MEMBERSHIP_ON_ANCESTOR); a new membership
   *   replaces the member's memberships below its node;
   * - the last institution-level membership with administrate_users cannot be removed or
   *   lose that permission (FAILED_PRECONDITION, LAST_INSTITUTION_ADMIN);
   * - API clients never hold administrate_users.
   * Platform operators may do everything. People who have no account yet are invited by
   * e-mail; the invitation is taken up at their first login with an ID token whose e-mail
   * matches and whose schac_home_organization is the institution's.
   * </pre>
   */
  public static final class StaffServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<StaffServiceBlockingV2Stub> {
    private StaffServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected StaffServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new StaffServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the staff members (people) of an institution, ordered by display name, with
     * their e-mail addresses. Needs the administrate-users permission on the institution.
     * </pre>
     */
    public nl.edubadges.v1.ListStaffMembersResponse listStaffMembers(nl.edubadges.v1.ListStaffMembersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListStaffMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gives a member permissions on a node. See the rules above.
     * </pre>
     */
    public nl.edubadges.v1.Membership createMembership(nl.edubadges.v1.CreateMembershipRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the permissions of a membership (update_mask "permissions" or "role").
     * </pre>
     */
    public nl.edubadges.v1.Membership updateMembership(nl.edubadges.v1.UpdateMembershipRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a membership. Needs administrate_users on its node; the last institution
     * admin cannot be removed.
     * </pre>
     */
    public nl.edubadges.v1.DeleteMembershipResponse deleteMembership(nl.edubadges.v1.DeleteMembershipRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the memberships on a node and below it (parent: the node), or those of one
     * member (parent: "staff/{id}" or "apiClients/{id}").
     * </pre>
     */
    public nl.edubadges.v1.ListMembershipsResponse listMemberships(nl.edubadges.v1.ListMembershipsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListMembershipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Invites a person by e-mail address to a membership on a node; the same rules as
     * CreateMembership. At most one open invitation per address and node.
     * </pre>
     */
    public nl.edubadges.v1.Invitation createInvitation(nl.edubadges.v1.CreateInvitationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateInvitationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the invitations on a node and below it, newest first.
     * </pre>
     */
    public nl.edubadges.v1.ListInvitationsResponse listInvitations(nl.edubadges.v1.ListInvitationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListInvitationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Withdraws an open invitation.
     * </pre>
     */
    public nl.edubadges.v1.Invitation revokeInvitation(nl.edubadges.v1.RevokeInvitationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRevokeInvitationMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service StaffService.
   * <pre>
   * Manages who may do what in an institution. A membership gives one staff member or API
   * client a set of the seven permissions on one node of the organisation tree (the
   * institution, a faculty, an issuer or a badge class); it holds on that node and
   * everything below it, never above. A staff member with any membership may also read
   * everything of their own institution. Rules, enforced by the server:
   * - granting needs the administrate_users permission on the node (or below an ancestor
   *   that has it), and only permissions the granter holds there can be given;
   * - the member and the node belong to the granter's institution, and nobody grants,
   *   changes or widens their own membership;
   * - one membership per branch: a member with a membership on an ancestor of the node
   *   cannot get another (FAILED_PRECONDITION, MEMBERSHIP_ON_ANCESTOR); a new membership
   *   replaces the member's memberships below its node;
   * - the last institution-level membership with administrate_users cannot be removed or
   *   lose that permission (FAILED_PRECONDITION, LAST_INSTITUTION_ADMIN);
   * - API clients never hold administrate_users.
   * Platform operators may do everything. People who have no account yet are invited by
   * e-mail; the invitation is taken up at their first login with an ID token whose e-mail
   * matches and whose schac_home_organization is the institution's.
   * </pre>
   */
  public static final class StaffServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<StaffServiceBlockingStub> {
    private StaffServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected StaffServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new StaffServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the staff members (people) of an institution, ordered by display name, with
     * their e-mail addresses. Needs the administrate-users permission on the institution.
     * </pre>
     */
    public nl.edubadges.v1.ListStaffMembersResponse listStaffMembers(nl.edubadges.v1.ListStaffMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListStaffMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gives a member permissions on a node. See the rules above.
     * </pre>
     */
    public nl.edubadges.v1.Membership createMembership(nl.edubadges.v1.CreateMembershipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the permissions of a membership (update_mask "permissions" or "role").
     * </pre>
     */
    public nl.edubadges.v1.Membership updateMembership(nl.edubadges.v1.UpdateMembershipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a membership. Needs administrate_users on its node; the last institution
     * admin cannot be removed.
     * </pre>
     */
    public nl.edubadges.v1.DeleteMembershipResponse deleteMembership(nl.edubadges.v1.DeleteMembershipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteMembershipMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the memberships on a node and below it (parent: the node), or those of one
     * member (parent: "staff/{id}" or "apiClients/{id}").
     * </pre>
     */
    public nl.edubadges.v1.ListMembershipsResponse listMemberships(nl.edubadges.v1.ListMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMembershipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Invites a person by e-mail address to a membership on a node; the same rules as
     * CreateMembership. At most one open invitation per address and node.
     * </pre>
     */
    public nl.edubadges.v1.Invitation createInvitation(nl.edubadges.v1.CreateInvitationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateInvitationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the invitations on a node and below it, newest first.
     * </pre>
     */
    public nl.edubadges.v1.ListInvitationsResponse listInvitations(nl.edubadges.v1.ListInvitationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListInvitationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Withdraws an open invitation.
     * </pre>
     */
    public nl.edubadges.v1.Invitation revokeInvitation(nl.edubadges.v1.RevokeInvitationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeInvitationMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service StaffService.
   * <pre>
   * Manages who may do what in an institution. A membership gives one staff member or API
   * client a set of the seven permissions on one node of the organisation tree (the
   * institution, a faculty, an issuer or a badge class); it holds on that node and
   * everything below it, never above. A staff member with any membership may also read
   * everything of their own institution. Rules, enforced by the server:
   * - granting needs the administrate_users permission on the node (or below an ancestor
   *   that has it), and only permissions the granter holds there can be given;
   * - the member and the node belong to the granter's institution, and nobody grants,
   *   changes or widens their own membership;
   * - one membership per branch: a member with a membership on an ancestor of the node
   *   cannot get another (FAILED_PRECONDITION, MEMBERSHIP_ON_ANCESTOR); a new membership
   *   replaces the member's memberships below its node;
   * - the last institution-level membership with administrate_users cannot be removed or
   *   lose that permission (FAILED_PRECONDITION, LAST_INSTITUTION_ADMIN);
   * - API clients never hold administrate_users.
   * Platform operators may do everything. People who have no account yet are invited by
   * e-mail; the invitation is taken up at their first login with an ID token whose e-mail
   * matches and whose schac_home_organization is the institution's.
   * </pre>
   */
  public static final class StaffServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<StaffServiceFutureStub> {
    private StaffServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected StaffServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new StaffServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the staff members (people) of an institution, ordered by display name, with
     * their e-mail addresses. Needs the administrate-users permission on the institution.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListStaffMembersResponse> listStaffMembers(
        nl.edubadges.v1.ListStaffMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListStaffMembersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gives a member permissions on a node. See the rules above.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Membership> createMembership(
        nl.edubadges.v1.CreateMembershipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateMembershipMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the permissions of a membership (update_mask "permissions" or "role").
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Membership> updateMembership(
        nl.edubadges.v1.UpdateMembershipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateMembershipMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes a membership. Needs administrate_users on its node; the last institution
     * admin cannot be removed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.DeleteMembershipResponse> deleteMembership(
        nl.edubadges.v1.DeleteMembershipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteMembershipMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the memberships on a node and below it (parent: the node), or those of one
     * member (parent: "staff/{id}" or "apiClients/{id}").
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListMembershipsResponse> listMemberships(
        nl.edubadges.v1.ListMembershipsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMembershipsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Invites a person by e-mail address to a membership on a node; the same rules as
     * CreateMembership. At most one open invitation per address and node.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Invitation> createInvitation(
        nl.edubadges.v1.CreateInvitationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateInvitationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the invitations on a node and below it, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListInvitationsResponse> listInvitations(
        nl.edubadges.v1.ListInvitationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListInvitationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Withdraws an open invitation.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Invitation> revokeInvitation(
        nl.edubadges.v1.RevokeInvitationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeInvitationMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_STAFF_MEMBERS = 0;
  private static final int METHODID_CREATE_MEMBERSHIP = 1;
  private static final int METHODID_UPDATE_MEMBERSHIP = 2;
  private static final int METHODID_DELETE_MEMBERSHIP = 3;
  private static final int METHODID_LIST_MEMBERSHIPS = 4;
  private static final int METHODID_CREATE_INVITATION = 5;
  private static final int METHODID_LIST_INVITATIONS = 6;
  private static final int METHODID_REVOKE_INVITATION = 7;

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
        case METHODID_LIST_STAFF_MEMBERS:
          serviceImpl.listStaffMembers((nl.edubadges.v1.ListStaffMembersRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListStaffMembersResponse>) responseObserver);
          break;
        case METHODID_CREATE_MEMBERSHIP:
          serviceImpl.createMembership((nl.edubadges.v1.CreateMembershipRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Membership>) responseObserver);
          break;
        case METHODID_UPDATE_MEMBERSHIP:
          serviceImpl.updateMembership((nl.edubadges.v1.UpdateMembershipRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Membership>) responseObserver);
          break;
        case METHODID_DELETE_MEMBERSHIP:
          serviceImpl.deleteMembership((nl.edubadges.v1.DeleteMembershipRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteMembershipResponse>) responseObserver);
          break;
        case METHODID_LIST_MEMBERSHIPS:
          serviceImpl.listMemberships((nl.edubadges.v1.ListMembershipsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListMembershipsResponse>) responseObserver);
          break;
        case METHODID_CREATE_INVITATION:
          serviceImpl.createInvitation((nl.edubadges.v1.CreateInvitationRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Invitation>) responseObserver);
          break;
        case METHODID_LIST_INVITATIONS:
          serviceImpl.listInvitations((nl.edubadges.v1.ListInvitationsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListInvitationsResponse>) responseObserver);
          break;
        case METHODID_REVOKE_INVITATION:
          serviceImpl.revokeInvitation((nl.edubadges.v1.RevokeInvitationRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Invitation>) responseObserver);
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
          getListStaffMembersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListStaffMembersRequest,
              nl.edubadges.v1.ListStaffMembersResponse>(
                service, METHODID_LIST_STAFF_MEMBERS)))
        .addMethod(
          getCreateMembershipMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.CreateMembershipRequest,
              nl.edubadges.v1.Membership>(
                service, METHODID_CREATE_MEMBERSHIP)))
        .addMethod(
          getUpdateMembershipMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.UpdateMembershipRequest,
              nl.edubadges.v1.Membership>(
                service, METHODID_UPDATE_MEMBERSHIP)))
        .addMethod(
          getDeleteMembershipMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.DeleteMembershipRequest,
              nl.edubadges.v1.DeleteMembershipResponse>(
                service, METHODID_DELETE_MEMBERSHIP)))
        .addMethod(
          getListMembershipsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListMembershipsRequest,
              nl.edubadges.v1.ListMembershipsResponse>(
                service, METHODID_LIST_MEMBERSHIPS)))
        .addMethod(
          getCreateInvitationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.CreateInvitationRequest,
              nl.edubadges.v1.Invitation>(
                service, METHODID_CREATE_INVITATION)))
        .addMethod(
          getListInvitationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListInvitationsRequest,
              nl.edubadges.v1.ListInvitationsResponse>(
                service, METHODID_LIST_INVITATIONS)))
        .addMethod(
          getRevokeInvitationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.RevokeInvitationRequest,
              nl.edubadges.v1.Invitation>(
                service, METHODID_REVOKE_INVITATION)))
        .build();
  }

  private static abstract class StaffServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    StaffServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.StaffProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("StaffService");
    }
  }

  private static final class StaffServiceFileDescriptorSupplier
      extends StaffServiceBaseDescriptorSupplier {
    StaffServiceFileDescriptorSupplier() {}
  }

  private static final class StaffServiceMethodDescriptorSupplier
      extends StaffServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    StaffServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (StaffServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new StaffServiceFileDescriptorSupplier())
              .addMethod(getListStaffMembersMethod())
              .addMethod(getCreateMembershipMethod())
              .addMethod(getUpdateMembershipMethod())
              .addMethod(getDeleteMembershipMethod())
              .addMethod(getListMembershipsMethod())
              .addMethod(getCreateInvitationMethod())
              .addMethod(getListInvitationsMethod())
              .addMethod(getRevokeInvitationMethod())
              .build();
        }
      }
    }
    return result;
  }
}
