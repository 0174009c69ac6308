# Generates protobuf-c code and the embedded descriptor set from proto/ and the system
# protos (well-known types, gRPC health and reflection). Defines the `edubadges_protos`
# library and the `edubadges_protoset` embedded descriptor set.
find_program(PROTOC protoc REQUIRED)
find_program(PROTOC_C protoc-c REQUIRED)
pkg_check_modules(PROTOBUFC REQUIRED IMPORTED_TARGET libprotobuf-c)

set(GEN_DIR ${CMAKE_BINARY_DIR}/gen)
file(MAKE_DIRECTORY ${GEN_DIR})
set(SYS_PROTO_DIR /usr/include)
set(GRPC_PROTO_DIR /usr/share/grpc-proto)
set(API_PROTO_DIR ${CMAKE_SOURCE_DIR}/proto)

file(GLOB API_PROTOS CONFIGURE_DEPENDS RELATIVE ${API_PROTO_DIR}
     ${API_PROTO_DIR}/edubadges/v1/*.proto ${API_PROTO_DIR}/google/rpc/*.proto)
set(WKT_PROTOS google/protobuf/any.proto google/protobuf/descriptor.proto
    google/protobuf/duration.proto google/protobuf/empty.proto
    google/protobuf/field_mask.proto google/protobuf/timestamp.proto
    google/protobuf/wrappers.proto google/protobuf/struct.proto)
set(GRPC_PROTOS grpc/health/v1/health.proto grpc/reflection/v1/reflection.proto
    grpc/reflection/v1alpha/reflection.proto)

set(PROTO_INCLUDES -I${API_PROTO_DIR} -I${GRPC_PROTO_DIR} -I${SYS_PROTO_DIR})
set(PROTO_SOURCES "")
foreach(group API WKT GRPC)
  foreach(p IN LISTS ${group}_PROTOS)
    if(group STREQUAL "API")
      set(src ${API_PROTO_DIR}/${p})
    elseif(group STREQUAL "WKT")
      set(src ${SYS_PROTO_DIR}/${p})
    else()
      set(src ${GRPC_PROTO_DIR}/${p})
    endif()
    string(REGEX REPLACE "\\.proto$" "" stem ${p})
    add_custom_command(
      OUTPUT ${GEN_DIR}/${stem}.pb-c.c ${GEN_DIR}/${stem}.pb-c.h
      COMMAND ${PROTOC_C} --c_out=${GEN_DIR} ${PROTO_INCLUDES} ${src}
      DEPENDS ${src}
      COMMENT "protoc-c ${p}" VERBATIM)
    list(APPEND PROTO_SOURCES ${GEN_DIR}/${stem}.pb-c.c)
  endforeach()
endforeach()

add_library(edubadges_protos STATIC ${PROTO_SOURCES})
target_include_directories(edubadges_protos SYSTEM PUBLIC ${GEN_DIR})
target_link_libraries(edubadges_protos PUBLIC PkgConfig::PROTOBUFC)
target_compile_options(edubadges_protos PRIVATE -Wno-unused-parameter)

# The descriptor set served by reflection and used to find streaming methods and enums.
set(PROTOSET ${GEN_DIR}/edubadges.protoset)
set(API_PROTO_PATHS "")
foreach(p IN LISTS API_PROTOS)
  list(APPEND API_PROTO_PATHS ${API_PROTO_DIR}/${p})
endforeach()
add_custom_command(
  OUTPUT ${PROTOSET}
  COMMAND ${PROTOC} --include_imports --include_source_info --descriptor_set_out=${PROTOSET}
          ${PROTO_INCLUDES} ${API_PROTOS} ${GRPC_PROTOS}
  DEPENDS ${API_PROTO_PATHS}
  WORKING_DIRECTORY ${API_PROTO_DIR}
  COMMENT "descriptor set" VERBATIM)
add_custom_command(
  OUTPUT ${GEN_DIR}/protoset_embed.c
  COMMAND ${CMAKE_COMMAND} -DOUT=${GEN_DIR}/protoset_embed.c -DPREFIX=embedded_protoset
          -DINPUTS=${PROTOSET} -DNAMES=edubadges.protoset -P ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  DEPENDS ${PROTOSET} ${CMAKE_SOURCE_DIR}/cmake/embed.cmake VERBATIM)
# With its index (server/rpc/protoset.c, free of gRPC): the CLI asks it which methods stream.
add_library(edubadges_protoset STATIC ${GEN_DIR}/protoset_embed.c
            ${CMAKE_SOURCE_DIR}/server/rpc/protoset.c)
target_include_directories(edubadges_protoset PUBLIC ${CMAKE_SOURCE_DIR}/server/util
                           ${CMAKE_SOURCE_DIR}/server/rpc)
target_link_libraries(edubadges_protoset PUBLIC edubadges_protos Threads::Threads)
