/* The VerifyCredential call: request checks, the documents the verifier may read (this
 * service's public documents and the ones the caller supplied) and the report. */
#ifndef EDUBADGES_CREDENTIAL_VERIFY_CALL_H
#define EDUBADGES_CREDENTIAL_VERIFY_CALL_H

#include "service.h"

ProtobufCMessage *verify_credential_call(svc_ctx *ctx, const ProtobufCMessage *request);

#endif
