/* The services the CLI knows; a test checks this list against the descriptor set. */
#include "api_services.h"

#include "edubadges/v1/access_review.pb-c.h"
#include "edubadges/v1/api_client.pb-c.h"
#include "edubadges/v1/assertion.pb-c.h"
#include "edubadges/v1/audit.pb-c.h"
#include "edubadges/v1/auth.pb-c.h"
#include "edubadges/v1/badge_class.pb-c.h"
#include "edubadges/v1/badge_request.pb-c.h"
#include "edubadges/v1/credential.pb-c.h"
#include "edubadges/v1/direct_award.pb-c.h"
#include "edubadges/v1/faculty.pb-c.h"
#include "edubadges/v1/institution.pb-c.h"
#include "edubadges/v1/issuer.pb-c.h"
#include "edubadges/v1/learner.pb-c.h"
#include "edubadges/v1/staff.pb-c.h"
#include "edubadges/v1/signing_key.pb-c.h"
#include "edubadges/v1/tag.pb-c.h"
#include "edubadges/v1/vocabulary.pb-c.h"
#include "grpc/health/v1/health.pb-c.h"

const ProtobufCServiceDescriptor *const api_services[] = {
    &edubadges__v1__institution_service__descriptor,
    &edubadges__v1__faculty_service__descriptor,
    &edubadges__v1__issuer_service__descriptor,
    &edubadges__v1__badge_class_service__descriptor,
    &edubadges__v1__tag_service__descriptor,
    &edubadges__v1__learner_service__descriptor,
    &edubadges__v1__direct_award_service__descriptor,
    &edubadges__v1__badge_request_service__descriptor,
    &edubadges__v1__assertion_service__descriptor,
    &edubadges__v1__credential_service__descriptor,
    &edubadges__v1__signing_key_service__descriptor,
    &edubadges__v1__vocabulary_service__descriptor,
    &edubadges__v1__auth_service__descriptor,
    &edubadges__v1__staff_service__descriptor,
    &edubadges__v1__api_client_service__descriptor,
    &edubadges__v1__audit_service__descriptor,
    &edubadges__v1__access_review_service__descriptor,
    &grpc__health__v1__health__descriptor,
    NULL,
};
