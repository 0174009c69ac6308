package nl.edubadges.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages tags, the labels with which an institution's staff sort and filter their badge
 * classes. Tags are internal: they never appear in public output (Open Badges documents,
 * public pages). Managing tags needs the right to update the institution; reading them
 * needs the right to read it.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class TagServiceGrpc {

  private TagServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "edubadges.v1.TagService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.CreateTagRequest,
      nl.edubadges.v1.Tag> getCreateTagMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateTag",
      requestType = nl.edubadges.v1.CreateTagRequest.class,
      responseType = nl.edubadges.v1.Tag.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.CreateTagRequest,
      nl.edubadges.v1.Tag> getCreateTagMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.CreateTagRequest, nl.edubadges.v1.Tag> getCreateTagMethod;
    if ((getCreateTagMethod = TagServiceGrpc.getCreateTagMethod) == null) {
      synchronized (TagServiceGrpc.class) {
        if ((getCreateTagMethod = TagServiceGrpc.getCreateTagMethod) == null) {
          TagServiceGrpc.getCreateTagMethod = getCreateTagMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.CreateTagRequest, nl.edubadges.v1.Tag>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateTag"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.CreateTagRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Tag.getDefaultInstance()))
              .setSchemaDescriptor(new TagServiceMethodDescriptorSupplier("CreateTag"))
              .build();
        }
      }
    }
    return getCreateTagMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.GetTagRequest,
      nl.edubadges.v1.Tag> getGetTagMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTag",
      requestType = nl.edubadges.v1.GetTagRequest.class,
      responseType = nl.edubadges.v1.Tag.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.GetTagRequest,
      nl.edubadges.v1.Tag> getGetTagMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.GetTagRequest, nl.edubadges.v1.Tag> getGetTagMethod;
    if ((getGetTagMethod = TagServiceGrpc.getGetTagMethod) == null) {
      synchronized (TagServiceGrpc.class) {
        if ((getGetTagMethod = TagServiceGrpc.getGetTagMethod) == null) {
          TagServiceGrpc.getGetTagMethod = getGetTagMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.GetTagRequest, nl.edubadges.v1.Tag>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTag"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.GetTagRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Tag.getDefaultInstance()))
              .setSchemaDescriptor(new TagServiceMethodDescriptorSupplier("GetTag"))
              .build();
        }
      }
    }
    return getGetTagMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ListTagsRequest,
      nl.edubadges.v1.ListTagsResponse> getListTagsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTags",
      requestType = nl.edubadges.v1.ListTagsRequest.class,
      responseType = nl.edubadges.v1.ListTagsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ListTagsRequest,
      nl.edubadges.v1.ListTagsResponse> getListTagsMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ListTagsRequest, nl.edubadges.v1.ListTagsResponse> getListTagsMethod;
    if ((getListTagsMethod = TagServiceGrpc.getListTagsMethod) == null) {
      synchronized (TagServiceGrpc.class) {
        if ((getListTagsMethod = TagServiceGrpc.getListTagsMethod) == null) {
          TagServiceGrpc.getListTagsMethod = getListTagsMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ListTagsRequest, nl.edubadges.v1.ListTagsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTags"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListTagsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ListTagsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TagServiceMethodDescriptorSupplier("ListTags"))
              .build();
        }
      }
    }
    return getListTagsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateTagRequest,
      nl.edubadges.v1.Tag> getUpdateTagMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateTag",
      requestType = nl.edubadges.v1.UpdateTagRequest.class,
      responseType = nl.edubadges.v1.Tag.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateTagRequest,
      nl.edubadges.v1.Tag> getUpdateTagMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.UpdateTagRequest, nl.edubadges.v1.Tag> getUpdateTagMethod;
    if ((getUpdateTagMethod = TagServiceGrpc.getUpdateTagMethod) == null) {
      synchronized (TagServiceGrpc.class) {
        if ((getUpdateTagMethod = TagServiceGrpc.getUpdateTagMethod) == null) {
          TagServiceGrpc.getUpdateTagMethod = getUpdateTagMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.UpdateTagRequest, nl.edubadges.v1.Tag>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateTag"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.UpdateTagRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Tag.getDefaultInstance()))
              .setSchemaDescriptor(new TagServiceMethodDescriptorSupplier("UpdateTag"))
              .build();
        }
      }
    }
    return getUpdateTagMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveTagRequest,
      nl.edubadges.v1.Tag> getArchiveTagMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ArchiveTag",
      requestType = nl.edubadges.v1.ArchiveTagRequest.class,
      responseType = nl.edubadges.v1.Tag.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveTagRequest,
      nl.edubadges.v1.Tag> getArchiveTagMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.ArchiveTagRequest, nl.edubadges.v1.Tag> getArchiveTagMethod;
    if ((getArchiveTagMethod = TagServiceGrpc.getArchiveTagMethod) == null) {
      synchronized (TagServiceGrpc.class) {
        if ((getArchiveTagMethod = TagServiceGrpc.getArchiveTagMethod) == null) {
          TagServiceGrpc.getArchiveTagMethod = getArchiveTagMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.ArchiveTagRequest, nl.edubadges.v1.Tag>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ArchiveTag"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.ArchiveTagRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Tag.getDefaultInstance()))
              .setSchemaDescriptor(new TagServiceMethodDescriptorSupplier("ArchiveTag"))
              .build();
        }
      }
    }
    return getArchiveTagMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.UnarchiveTagRequest,
      nl.edubadges.v1.Tag> getUnarchiveTagMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UnarchiveTag",
      requestType = nl.edubadges.v1.UnarchiveTagRequest.class,
      responseType = nl.edubadges.v1.Tag.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.UnarchiveTagRequest,
      nl.edubadges.v1.Tag> getUnarchiveTagMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.UnarchiveTagRequest, nl.edubadges.v1.Tag> getUnarchiveTagMethod;
    if ((getUnarchiveTagMethod = TagServiceGrpc.getUnarchiveTagMethod) == null) {
      synchronized (TagServiceGrpc.class) {
        if ((getUnarchiveTagMethod = TagServiceGrpc.getUnarchiveTagMethod) == null) {
          TagServiceGrpc.getUnarchiveTagMethod = getUnarchiveTagMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.UnarchiveTagRequest, nl.edubadges.v1.Tag>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UnarchiveTag"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.UnarchiveTagRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.Tag.getDefaultInstance()))
              .setSchemaDescriptor(new TagServiceMethodDescriptorSupplier("UnarchiveTag"))
              .build();
        }
      }
    }
    return getUnarchiveTagMethod;
  }

  private static volatile io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteTagRequest,
      nl.edubadges.v1.DeleteTagResponse> getDeleteTagMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteTag",
      requestType = nl.edubadges.v1.DeleteTagRequest.class,
      responseType = nl.edubadges.v1.DeleteTagResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteTagRequest,
      nl.edubadges.v1.DeleteTagResponse> getDeleteTagMethod() {
    io.grpc.MethodDescriptor<nl.edubadges.v1.DeleteTagRequest, nl.edubadges.v1.DeleteTagResponse> getDeleteTagMethod;
    if ((getDeleteTagMethod = TagServiceGrpc.getDeleteTagMethod) == null) {
      synchronized (TagServiceGrpc.class) {
        if ((getDeleteTagMethod = TagServiceGrpc.getDeleteTagMethod) == null) {
          TagServiceGrpc.getDeleteTagMethod = getDeleteTagMethod =
              io.grpc.MethodDescriptor.<nl.edubadges.v1.DeleteTagRequest, nl.edubadges.v1.DeleteTagResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteTag"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DeleteTagRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  nl.edubadges.v1.DeleteTagResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TagServiceMethodDescriptorSupplier("DeleteTag"))
              .build();
        }
      }
    }
    return getDeleteTagMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static TagServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TagServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TagServiceStub>() {
        @java.lang.Override
        public TagServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TagServiceStub(channel, callOptions);
        }
      };
    return TagServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static TagServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TagServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TagServiceBlockingV2Stub>() {
        @java.lang.Override
        public TagServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TagServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return TagServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static TagServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TagServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TagServiceBlockingStub>() {
        @java.lang.Override
        public TagServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TagServiceBlockingStub(channel, callOptions);
        }
      };
    return TagServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static TagServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TagServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TagServiceFutureStub>() {
        @java.lang.Override
        public TagServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TagServiceFutureStub(channel, callOptions);
        }
      };
    return TagServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages tags, the labels with which an institution's staff sort and filter their badge
   * classes. Tags are internal: they never appear in public output (Open Badges documents,
   * public pages). Managing tags needs the right to update the institution; reading them
   * needs the right to read it.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a tag under an institution. Fails with ALREADY_EXISTS (TAG_NAME_TAKEN) when
     * the institution already has a tag of that name in any letter case, archived tags
     * included; with NOT_FOUND when the institution does not exist and with
     * FAILED_PRECONDITION (INSTITUTION_ARCHIVED) when it is archived.
     * </pre>
     */
    default void createTag(nl.edubadges.v1.CreateTagRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTagMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets one tag by resource name.
     * </pre>
     */
    default void getTag(nl.edubadges.v1.GetTagRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTagMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the tags of one institution ordered by display name (case-insensitively), with
     * keyset paging. Archived tags are left out unless asked for.
     * </pre>
     */
    default void listTags(nl.edubadges.v1.ListTagsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListTagsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTagsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Renames a tag: display_name is the only updatable field. With an etag, fails with
     * ABORTED when the tag changed since that etag was read. The badge classes that have
     * the tag show the new name.
     * </pre>
     */
    default void updateTag(nl.edubadges.v1.UpdateTagRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateTagMethod(), responseObserver);
    }

    /**
     * <pre>
     * Archives a tag: it stays on the badge classes that have it, but can no longer be
     * assigned to a badge class. Archiving an archived tag changes nothing and succeeds.
     * </pre>
     */
    default void archiveTag(nl.edubadges.v1.ArchiveTagRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getArchiveTagMethod(), responseObserver);
    }

    /**
     * <pre>
     * Makes an archived tag assignable again. Unarchiving an active tag changes nothing
     * and succeeds.
     * </pre>
     */
    default void unarchiveTag(nl.edubadges.v1.UnarchiveTagRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnarchiveTagMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a tag and removes it from every badge class that has it. To keep it on
     * those badge classes, archive it instead.
     * </pre>
     */
    default void deleteTag(nl.edubadges.v1.DeleteTagRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteTagResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteTagMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service TagService.
   * <pre>
   * Manages tags, the labels with which an institution's staff sort and filter their badge
   * classes. Tags are internal: they never appear in public output (Open Badges documents,
   * public pages). Managing tags needs the right to update the institution; reading them
   * needs the right to read it.
   * </pre>
   */
  public static abstract class TagServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return TagServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service TagService.
   * <pre>
   * Manages tags, the labels with which an institution's staff sort and filter their badge
   * classes. Tags are internal: they never appear in public output (Open Badges documents,
   * public pages). Managing tags needs the right to update the institution; reading them
   * needs the right to read it.
   * </pre>
   */
  public static final class TagServiceStub
      extends io.grpc.stub.AbstractAsyncStub<TagServiceStub> {
    private TagServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TagServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TagServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a tag under an institution. Fails with ALREADY_EXISTS (TAG_NAME_TAKEN) when
     * the institution already has a tag of that name in any letter case, archived tags
     * included; with NOT_FOUND when the institution does not exist and with
     * FAILED_PRECONDITION (INSTITUTION_ARCHIVED) when it is archived.
     * </pre>
     */
    public void createTag(nl.edubadges.v1.CreateTagRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTagMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets one tag by resource name.
     * </pre>
     */
    public void getTag(nl.edubadges.v1.GetTagRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTagMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the tags of one institution ordered by display name (case-insensitively), with
     * keyset paging. Archived tags are left out unless asked for.
     * </pre>
     */
    public void listTags(nl.edubadges.v1.ListTagsRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.ListTagsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTagsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Renames a tag: display_name is the only updatable field. With an etag, fails with
     * ABORTED when the tag changed since that etag was read. The badge classes that have
     * the tag show the new name.
     * </pre>
     */
    public void updateTag(nl.edubadges.v1.UpdateTagRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateTagMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Archives a tag: it stays on the badge classes that have it, but can no longer be
     * assigned to a badge class. Archiving an archived tag changes nothing and succeeds.
     * </pre>
     */
    public void archiveTag(nl.edubadges.v1.ArchiveTagRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getArchiveTagMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Makes an archived tag assignable again. Unarchiving an active tag changes nothing
     * and succeeds.
     * </pre>
     */
    public void unarchiveTag(nl.edubadges.v1.UnarchiveTagRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnarchiveTagMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a tag and removes it from every badge class that has it. To keep it on
     * those badge classes, archive it instead.
     * </pre>
     */
    public void deleteTag(nl.edubadges.v1.DeleteTagRequest request,
        io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteTagResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteTagMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service TagService.
   * <pre>
   * Manages tags, the labels with which an institution's staff sort and filter their badge
   * classes. Tags are internal: they never appear in public output (Open Badges documents,
   * public pages). Managing tags needs the right to update the institution; reading them
   * needs the right to read it.
   * </pre>
   */
  public static final class TagServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<TagServiceBlockingV2Stub> {
    private TagServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TagServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TagServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a tag under an institution. Fails with ALREADY_EXISTS (TAG_NAME_TAKEN) when
     * the institution already has a tag of that name in any letter case, archived tags
     * included; with NOT_FOUND when the institution does not exist and with
     * FAILED_PRECONDITION (INSTITUTION_ARCHIVED) when it is archived.
     * </pre>
     */
    public nl.edubadges.v1.Tag createTag(nl.edubadges.v1.CreateTagRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateTagMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one tag by resource name.
     * </pre>
     */
    public nl.edubadges.v1.Tag getTag(nl.edubadges.v1.GetTagRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetTagMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the tags of one institution ordered by display name (case-insensitively), with
     * keyset paging. Archived tags are left out unless asked for.
     * </pre>
     */
    public nl.edubadges.v1.ListTagsResponse listTags(nl.edubadges.v1.ListTagsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTagsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renames a tag: display_name is the only updatable field. With an etag, fails with
     * ABORTED when the tag changed since that etag was read. The badge classes that have
     * the tag show the new name.
     * </pre>
     */
    public nl.edubadges.v1.Tag updateTag(nl.edubadges.v1.UpdateTagRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateTagMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Archives a tag: it stays on the badge classes that have it, but can no longer be
     * assigned to a badge class. Archiving an archived tag changes nothing and succeeds.
     * </pre>
     */
    public nl.edubadges.v1.Tag archiveTag(nl.edubadges.v1.ArchiveTagRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getArchiveTagMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes an archived tag assignable again. Unarchiving an active tag changes nothing
     * and succeeds.
     * </pre>
     */
    public nl.edubadges.v1.Tag unarchiveTag(nl.edubadges.v1.UnarchiveTagRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUnarchiveTagMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a tag and removes it from every badge class that has it. To keep it on
     * those badge classes, archive it instead.
     * </pre>
     */
    public nl.edubadges.v1.DeleteTagResponse deleteTag(nl.edubadges.v1.DeleteTagRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteTagMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service TagService.
   * <pre>
   * Manages tags, the labels with which an institution's staff sort and filter their badge
   * classes. Tags are internal: they never appear in public output (Open Badges documents,
   * public pages). Managing tags needs the right to update the institution; reading them
   * needs the right to read it.
   * </pre>
   */
  public static final class TagServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<TagServiceBlockingStub> {
    private TagServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TagServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TagServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a tag under an institution. Fails with ALREADY_EXISTS (TAG_NAME_TAKEN) when
     * the institution already has a tag of that name in any letter case, archived tags
     * included; with NOT_FOUND when the institution does not exist and with
     * FAILED_PRECONDITION (INSTITUTION_ARCHIVED) when it is archived.
     * </pre>
     */
    public nl.edubadges.v1.Tag createTag(nl.edubadges.v1.CreateTagRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTagMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one tag by resource name.
     * </pre>
     */
    public nl.edubadges.v1.Tag getTag(nl.edubadges.v1.GetTagRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTagMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the tags of one institution ordered by display name (case-insensitively), with
     * keyset paging. Archived tags are left out unless asked for.
     * </pre>
     */
    public nl.edubadges.v1.ListTagsResponse listTags(nl.edubadges.v1.ListTagsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTagsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renames a tag: display_name is the only updatable field. With an etag, fails with
     * ABORTED when the tag changed since that etag was read. The badge classes that have
     * the tag show the new name.
     * </pre>
     */
    public nl.edubadges.v1.Tag updateTag(nl.edubadges.v1.UpdateTagRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateTagMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Archives a tag: it stays on the badge classes that have it, but can no longer be
     * assigned to a badge class. Archiving an archived tag changes nothing and succeeds.
     * </pre>
     */
    public nl.edubadges.v1.Tag archiveTag(nl.edubadges.v1.ArchiveTagRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getArchiveTagMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes an archived tag assignable again. Unarchiving an active tag changes nothing
     * and succeeds.
     * </pre>
     */
    public nl.edubadges.v1.Tag unarchiveTag(nl.edubadges.v1.UnarchiveTagRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnarchiveTagMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a tag and removes it from every badge class that has it. To keep it on
     * those badge classes, archive it instead.
     * </pre>
     */
    public nl.edubadges.v1.DeleteTagResponse deleteTag(nl.edubadges.v1.DeleteTagRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteTagMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service TagService.
   * <pre>
   * Manages tags, the labels with which an institution's staff sort and filter their badge
   * classes. Tags are internal: they never appear in public output (Open Badges documents,
   * public pages). Managing tags needs the right to update the institution; reading them
   * needs the right to read it.
   * </pre>
   */
  public static final class TagServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<TagServiceFutureStub> {
    private TagServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TagServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TagServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a tag under an institution. Fails with ALREADY_EXISTS (TAG_NAME_TAKEN) when
     * the institution already has a tag of that name in any letter case, archived tags
     * included; with NOT_FOUND when the institution does not exist and with
     * FAILED_PRECONDITION (INSTITUTION_ARCHIVED) when it is archived.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Tag> createTag(
        nl.edubadges.v1.CreateTagRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTagMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets one tag by resource name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Tag> getTag(
        nl.edubadges.v1.GetTagRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTagMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the tags of one institution ordered by display name (case-insensitively), with
     * keyset paging. Archived tags are left out unless asked for.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.ListTagsResponse> listTags(
        nl.edubadges.v1.ListTagsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTagsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Renames a tag: display_name is the only updatable field. With an etag, fails with
     * ABORTED when the tag changed since that etag was read. The badge classes that have
     * the tag show the new name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Tag> updateTag(
        nl.edubadges.v1.UpdateTagRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateTagMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Archives a tag: it stays on the badge classes that have it, but can no longer be
     * assigned to a badge class. Archiving an archived tag changes nothing and succeeds.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Tag> archiveTag(
        nl.edubadges.v1.ArchiveTagRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getArchiveTagMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Makes an archived tag assignable again. Unarchiving an active tag changes nothing
     * and succeeds.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.Tag> unarchiveTag(
        nl.edubadges.v1.UnarchiveTagRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnarchiveTagMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a tag and removes it from every badge class that has it. To keep it on
     * those badge classes, archive it instead.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<nl.edubadges.v1.DeleteTagResponse> deleteTag(
        nl.edubadges.v1.DeleteTagRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteTagMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_TAG = 0;
  private static final int METHODID_GET_TAG = 1;
  private static final int METHODID_LIST_TAGS = 2;
  private static final int METHODID_UPDATE_TAG = 3;
  private static final int METHODID_ARCHIVE_TAG = 4;
  private static final int METHODID_UNARCHIVE_TAG = 5;
  private static final int METHODID_DELETE_TAG = 6;

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
        case METHODID_CREATE_TAG:
          serviceImpl.createTag((nl.edubadges.v1.CreateTagRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag>) responseObserver);
          break;
        case METHODID_GET_TAG:
          serviceImpl.getTag((nl.edubadges.v1.GetTagRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag>) responseObserver);
          break;
        case METHODID_LIST_TAGS:
          serviceImpl.listTags((nl.edubadges.v1.ListTagsRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.ListTagsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_TAG:
          serviceImpl.updateTag((nl.edubadges.v1.UpdateTagRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag>) responseObserver);
          break;
        case METHODID_ARCHIVE_TAG:
          serviceImpl.archiveTag((nl.edubadges.v1.ArchiveTagRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag>) responseObserver);
          break;
        case METHODID_UNARCHIVE_TAG:
          serviceImpl.unarchiveTag((nl.edubadges.v1.UnarchiveTagRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.Tag>) responseObserver);
          break;
        case METHODID_DELETE_TAG:
          serviceImpl.deleteTag((nl.edubadges.v1.DeleteTagRequest) request,
              (io.grpc.stub.StreamObserver<nl.edubadges.v1.DeleteTagResponse>) responseObserver);
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
          getCreateTagMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.CreateTagRequest,
              nl.edubadges.v1.Tag>(
                service, METHODID_CREATE_TAG)))
        .addMethod(
          getGetTagMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.GetTagRequest,
              nl.edubadges.v1.Tag>(
                service, METHODID_GET_TAG)))
        .addMethod(
          getListTagsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ListTagsRequest,
              nl.edubadges.v1.ListTagsResponse>(
                service, METHODID_LIST_TAGS)))
        .addMethod(
          getUpdateTagMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.UpdateTagRequest,
              nl.edubadges.v1.Tag>(
                service, METHODID_UPDATE_TAG)))
        .addMethod(
          getArchiveTagMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.ArchiveTagRequest,
              nl.edubadges.v1.Tag>(
                service, METHODID_ARCHIVE_TAG)))
        .addMethod(
          getUnarchiveTagMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.UnarchiveTagRequest,
              nl.edubadges.v1.Tag>(
                service, METHODID_UNARCHIVE_TAG)))
        .addMethod(
          getDeleteTagMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              nl.edubadges.v1.DeleteTagRequest,
              nl.edubadges.v1.DeleteTagResponse>(
                service, METHODID_DELETE_TAG)))
        .build();
  }

  private static abstract class TagServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    TagServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return nl.edubadges.v1.TagProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("TagService");
    }
  }

  private static final class TagServiceFileDescriptorSupplier
      extends TagServiceBaseDescriptorSupplier {
    TagServiceFileDescriptorSupplier() {}
  }

  private static final class TagServiceMethodDescriptorSupplier
      extends TagServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    TagServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (TagServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new TagServiceFileDescriptorSupplier())
              .addMethod(getCreateTagMethod())
              .addMethod(getGetTagMethod())
              .addMethod(getListTagsMethod())
              .addMethod(getUpdateTagMethod())
              .addMethod(getArchiveTagMethod())
              .addMethod(getUnarchiveTagMethod())
              .addMethod(getDeleteTagMethod())
              .build();
        }
      }
    }
    return result;
  }
}
