/* Login and logout of the CLI. */
#include "cli_login.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "edubadges/v1/auth.pb-c.h"

#define TOKEN_MAX 16384

const char *cli_token_file(void)
{
    static char path[4096];
    const char *env = getenv("EDUBADGES_TOKEN_FILE");
    if (env && *env)
        return env;
    snprintf(path, sizeof path, "%s/.config/edubadges/token", getenv("HOME") ? getenv("HOME") : ".");
    return path;
}

/* One line of text without its line break (malloc'd), or NULL. */
static char *read_line(FILE *f)
{
    char *buf = malloc(TOKEN_MAX);
    if (!buf || !fgets(buf, TOKEN_MAX, f)) {
        free(buf);
        return NULL;
    }
    buf[strcspn(buf, "\r\n")] = '\0';
    return buf;
}

char *cli_stored_token(void)
{
    FILE *f = fopen(cli_token_file(), "r");
    if (!f)
        return NULL;
    char *t = read_line(f);
    fclose(f);
    if (t && !*t) {
        free(t);
        t = NULL;
    }
    return t;
}

/* Creates the directories of path (mode 0700). */
static void make_parents(const char *path)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        mkdir(dir, 0700);
        *p = '/';
    }
}

static bool store(const char *token)
{
    const char *path = cli_token_file();
    make_parents(path);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0 && fchmod(fd, 0600) != 0) { /* the mode only applies to a new file */
        close(fd);
        fd = -1;
    }
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    bool ok = f && fprintf(f, "%s\n", token) > 0;
    if (f && fclose(f) != 0)
        ok = false;
    else if (!f && fd >= 0)
        close(fd);
    if (!ok)
        fprintf(stderr, "edubadges: cannot write %s: %s\n", path, strerror(errno));
    return ok;
}

static void print_failure(const char *what, const eb_call_result *r)
{
    fprintf(stderr, "edubadges: %s: %s (%s): %s\n", what, eb_status_name(r->code), r->reason ? r->reason : "",
            r->message ? r->message : "");
}

/* Shows who the server takes the token for; false when it refuses it. */
static bool show_caller(const eb_client_options *o, const char *token)
{
    eb_client_options with = *o;
    with.token = token;
    eb_client *c = eb_client_create(&with);
    Edubadges__V1__GetCallerRequest req = EDUBADGES__V1__GET_CALLER_REQUEST__INIT;
    eb_call_result r;
    eb_client_call(c, "/edubadges.v1.AuthService/GetCaller", &req.base, &edubadges__v1__caller__descriptor, &r);
    bool ok = r.code == GRPC_STATUS_OK;
    if (ok) {
        const Edubadges__V1__Caller *caller = (const void *)r.response;
        printf("logged in as %s (%s)%s%s\n", caller->name, caller->display_name, *caller->institution ? " of " : "",
               caller->institution);
    } else {
        print_failure("the server refuses the token", &r);
    }
    eb_call_result_free(&r);
    eb_client_destroy(c);
    return ok;
}

/* The value of a flag, "-" read from stdin. */
static char *value_of(const char *v)
{
    if (strcmp(v, "-") != 0)
        return strdup(v);
    return read_line(stdin);
}

static char *exchange(const eb_client_options *o, const char *id, const char *secret)
{
    eb_client_options anonymous = *o;
    anonymous.token = NULL;
    eb_client *c = eb_client_create(&anonymous);
    Edubadges__V1__ExchangeClientCredentialsRequest req = EDUBADGES__V1__EXCHANGE_CLIENT_CREDENTIALS_REQUEST__INIT;
    req.grant_type = "client_credentials";
    req.client_id = (char *)id;
    req.client_secret = (char *)secret;
    eb_call_result r;
    eb_client_call(c, "/edubadges.v1.AuthService/ExchangeClientCredentials", &req.base,
                   &edubadges__v1__exchange_client_credentials_response__descriptor, &r);
    char *token = NULL;
    if (r.code == GRPC_STATUS_OK)
        token = strdup(((const Edubadges__V1__ExchangeClientCredentialsResponse *)r.response)->access_token);
    else
        print_failure("login refused", &r);
    eb_call_result_free(&r);
    eb_client_destroy(c);
    return token;
}

int cli_login(const eb_client_options *o, int argc, char **argv)
{
    char *id = NULL, *secret = NULL, *token = NULL;
    int rc = 2;
    for (int i = 0; i + 1 < argc; i += 2) {
        char **slot = strcmp(argv[i], "--client-id") == 0       ? &id
                      : strcmp(argv[i], "--client-secret") == 0 ? &secret
                      : strcmp(argv[i], "--token") == 0         ? &token
                                                                : NULL;
        if (!slot || *slot) {
            fprintf(stderr, "edubadges: login: unexpected %s\n", argv[i]);
            goto done;
        }
        *slot = value_of(argv[i + 1]);
    }
    if (argc % 2 != 0) {
        fprintf(stderr, "edubadges: login: %s needs a value\n", argv[argc - 1]);
        goto done;
    }
    if (!secret && getenv("EDUBADGES_CLIENT_SECRET"))
        secret = strdup(getenv("EDUBADGES_CLIENT_SECRET"));
    if (!token == !id || (id && !secret)) {
        fputs("usage: edubadges login --client-id ID --client-secret SECRET|-   (or EDUBADGES_CLIENT_SECRET)\n"
              "       edubadges login --token TOKEN|-\n", stderr);
        goto done;
    }
    rc = 1;
    if (id && !(token = exchange(o, id, secret)))
        goto done;
    if (show_caller(o, token) && store(token))
        rc = 0;
done:
    free(id);
    free(secret);
    free(token);
    return rc;
}

int cli_logout(const eb_client_options *o)
{
    char *token = cli_stored_token();
    if (token && strncmp(token, "ebc.", 4) == 0) {
        eb_client_options anonymous = *o;
        anonymous.token = NULL;
        eb_client *c = eb_client_create(&anonymous);
        Edubadges__V1__RevokeClientTokenRequest req = EDUBADGES__V1__REVOKE_CLIENT_TOKEN_REQUEST__INIT;
        req.token = token;
        eb_call_result r;
        eb_client_call(c, "/edubadges.v1.AuthService/RevokeClientToken", &req.base,
                       &edubadges__v1__revoke_client_token_response__descriptor, &r);
        if (r.code != GRPC_STATUS_OK)
            print_failure("the token could not be revoked", &r);
        eb_call_result_free(&r);
        eb_client_destroy(c);
    }
    free(token);
    if (unlink(cli_token_file()) != 0 && errno != ENOENT) {
        fprintf(stderr, "edubadges: cannot remove %s: %s\n", cli_token_file(), strerror(errno));
        return 1;
    }
    puts("logged out");
    return 0;
}
