/* A world for the access tests: a server with the test OpenID Connect issuer, two
 * institutions with their trees, staff in every role (invited by an operator, logged in
 * with ID tokens), a SIS client with its token, a learner with a token, and awarding
 * objects of the learner in every state the tests need. */
#ifndef EDUBADGES_TEST_ACCESS_WORLD_H
#define EDUBADGES_TEST_ACCESS_WORLD_H

#include <stdbool.h>

#include <jansson.h>

#include "harness.h"

#define NAME_LEN 128

typedef struct access_world {
    test_env env;
    char issuer_dir[64];
    /* institution A (uu.nl) and its tree: bc is where the badge class roles are held */
    char inst[NAME_LEN], fac[NAME_LEN], iss[NAME_LEN], bc[NAME_LEN], bc2[NAME_LEN], bc3[NAME_LEN], tag[NAME_LEN];
    /* institution B (vu.nl) */
    char inst_b[NAME_LEN], fac_b[NAME_LEN], iss_b[NAME_LEN], bc_b[NAME_LEN];
    /* ID tokens (malloc'd) and staff names of the roles */
    char *tok_ba, *tok_be, *tok_is, *tok_fa, *tok_ia, *tok_oa, *tok_learner, *tok_sis;
    char staff_ba[NAME_LEN], staff_ia[NAME_LEN], staff_fa[NAME_LEN];
    char membership_ba[NAME_LEN];     /* the badge class awarder's membership on bc */
    char invitation_ba[NAME_LEN];     /* accepted */
    char invitation_open[NAME_LEN];   /* open, for x.open@uu.nl on bc */
    char sis[NAME_LEN], sis_secret[64], disabled_client[NAME_LEN];
    char learner[NAME_LEN];
    char assertion[NAME_LEN];         /* the learner's, on bc2, unrevoked */
    char revoked_assertion[NAME_LEN]; /* the learner's, on bc3, revoked */
    char bundle[NAME_LEN];            /* on bc2 */
    char rejected_award[NAME_LEN];    /* on bc, addressed to the learner, rejected */
    char withdrawn_request[NAME_LEN]; /* on bc3 */
    char retired_key[NAME_LEN];       /* a signing key of iss */
} access_world;

/* Builds the world (aborts the test run when a step fails). */
void access_world_start(access_world *w, const char *name);
void access_world_stop(access_world *w);

/* A staff ID token of the test issuer (malloc'd). */
char *world_staff_token(access_world *w, const char *sub, const char *email, const char *schac_home, bool mfa);
/* A client of the world's server with this bearer token (NULL: none). */
eb_client *world_client(access_world *w, const char *token);
/* Calls with the world's operator and requires OK; returns the answer's JSON path value
 * (static buffers, 8 in rotation). */
const char *world_ok(access_world *w, eb_client *c, const char *method, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

#endif
