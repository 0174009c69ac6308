/* The services of the API, in registration order. */
#include "service.h"

extern const svc_service access_review_service;
extern const svc_service api_client_service;
extern const svc_service assertion_service;
extern const svc_service audit_service;
extern const svc_service auth_service;
extern const svc_service badge_class_service;
extern const svc_service badge_request_service;
extern const svc_service credential_service;
extern const svc_service direct_award_service;
extern const svc_service faculty_service;
extern const svc_service institution_service;
extern const svc_service issuer_service;
extern const svc_service learner_service;
extern const svc_service staff_service;
extern const svc_service signing_key_service;
extern const svc_service tag_service;
extern const svc_service vocabulary_service;

const svc_service *const svc_all_services[] = {
    &institution_service,
    &faculty_service,
    &issuer_service,
    &badge_class_service,
    &tag_service,
    &learner_service,
    &direct_award_service,
    &badge_request_service,
    &assertion_service,
    &credential_service,
    &signing_key_service,
    &vocabulary_service,
    &auth_service,
    &staff_service,
    &api_client_service,
    &audit_service,
    &access_review_service,
    NULL,
};
