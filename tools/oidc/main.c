/* edubadges-test-issuer: a test OpenID Connect issuer for the main job (never for
 * production). "init DIR" makes keys, their JWK Sets and DIR/issuers.json (the server's
 * --oidc-issuers file); "token DIR staff|learner CLAIMS-JSON" prints a signed ID token. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_issuer.h"

int main(int argc, char **argv)
{
    char err[512] = "";
    if (argc == 3 && strcmp(argv[1], "init") == 0) {
        if (test_issuer_init(argv[2], err, sizeof err))
            return 0;
    } else if (argc == 5 && strcmp(argv[1], "token") == 0 &&
               (strcmp(argv[3], "staff") == 0 || strcmp(argv[3], "learner") == 0)) {
        json_error_t jerr;
        json_t *claims = json_loads(argv[4], 0, &jerr);
        char *token = json_is_object(claims) ? test_issuer_token(argv[2], argv[3], claims, err, sizeof err) : NULL;
        if (!claims)
            snprintf(err, sizeof err, "claims are not JSON: %s", jerr.text);
        json_decref(claims);
        if (token) {
            printf("%s\n", token);
            free(token);
            return 0;
        }
    } else {
        fputs("usage: edubadges-test-issuer init DIR\n"
              "       edubadges-test-issuer token DIR staff|learner '{\"sub\": ..., \"email\": ..., ...}'\n",
              stderr);
        return 2;
    }
    fprintf(stderr, "edubadges-test-issuer: %s\n", err);
    return 1;
}
