/* The gRPC services the CLI can call: the edubadges.v1 services and grpc.health.v1. */
#ifndef EDUBADGES_API_SERVICES_H
#define EDUBADGES_API_SERVICES_H

#include <protobuf-c/protobuf-c.h>

extern const ProtobufCServiceDescriptor *const api_services[]; /* NULL-terminated */

#endif
