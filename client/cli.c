/* edubadges: the command-line client. Every unary RPC is a sub-command derived from the
 * service descriptors ("edubadges institution create-institution '{...}'"); requests and
 * responses are JSON in the proto3 mapping; errors list their field violations. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "api_services.h"
#include "arena.h"
#include "cli_login.h"
#include "eb_client.h"
#include "pbjson.h"
#include "protoset.h"

typedef struct cli_options {
    eb_client_options client;
    const char *ca_file;
    int argi;
} cli_options;

/* "InstitutionService" → "institution", "Health" → "health". */
static void service_command(const ProtobufCServiceDescriptor *s, char *out, size_t len)
{
    snprintf(out, len, "%s", s->short_name);
    size_t n = strlen(out);
    if (n > 7 && strcmp(out + n - 7, "Service") == 0)
        out[n - 7] = '\0';
    char tmp[128];
    size_t k = 0;
    for (size_t i = 0; out[i] && k + 2 < sizeof tmp; i++) {
        char ch = out[i];
        if (ch >= 'A' && ch <= 'Z') {
            if (i > 0)
                tmp[k++] = '-';
            ch = (char)(ch - 'A' + 'a');
        }
        tmp[k++] = ch;
    }
    tmp[k] = '\0';
    snprintf(out, len, "%s", tmp);
}

/* Whether the method streams (the descriptor set says so; protoc-c's descriptors do not):
 * the CLI makes unary calls only. */
static bool method_streams(const ProtobufCServiceDescriptor *s, const ProtobufCMethodDescriptor *m)
{
    char path[256];
    snprintf(path, sizeof path, "/%s/%s", s->name, m->name);
    return protoset_method_streams(protoset_embedded(), path);
}

/* "CreateInstitution" → "create-institution". */
static void method_command(const char *name, char *out, size_t len)
{
    size_t k = 0;
    for (size_t i = 0; name[i] && k + 2 < len; i++) {
        char ch = name[i];
        if (ch >= 'A' && ch <= 'Z') {
            if (i > 0)
                out[k++] = '-';
            ch = (char)(ch - 'A' + 'a');
        }
        out[k++] = ch;
    }
    out[k] = '\0';
}

static void usage(FILE *f)
{
    fputs("usage: edubadges [options] <service> <method> [JSON | @file | -]\n\n"
          "options (and environment variables):\n"
          "  --server HOST:PORT   EDUBADGES_SERVER (default localhost:50051)\n"
          "  --token TOKEN        EDUBADGES_TOKEN: bearer token\n"
          "  --tls                EDUBADGES_TLS=1: use TLS\n"
          "  --ca-file FILE       EDUBADGES_CA_FILE: PEM roots for TLS\n"
          "  --server-name NAME   TLS server name override\n"
          "  --timeout SECONDS    deadline of the call, 1 to 3600 (default 30)\n"
          "Without --token or EDUBADGES_TOKEN, the token saved by login is used\n"
          "(EDUBADGES_TOKEN_FILE, default ~/.config/edubadges/token).\n\n"
          "  edubadges login --client-id ID --client-secret SECRET|-   API client (or EDUBADGES_CLIENT_SECRET)\n"
          "  edubadges login --token TOKEN|-                           an ID token or operator token\n"
          "  edubadges logout                                          forget (and revoke) the saved token\n\n"
          "The request is JSON (proto3 mapping; omitted = {}). Commands:\n", f);
    for (const ProtobufCServiceDescriptor *const *s = api_services; *s; s++) {
        char sc[128];
        service_command(*s, sc, sizeof sc);
        for (unsigned m = 0; m < (*s)->n_methods; m++) {
            if (method_streams(*s, &(*s)->methods[m]))
                continue;
            char mc[128];
            method_command((*s)->methods[m].name, mc, sizeof mc);
            fprintf(f, "  %s %s\n", sc, mc);
        }
    }
}

static char *read_stream(FILE *f)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        abort();
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n < 2) {
            cap *= 2;
            buf = realloc(buf, cap);
            if (!buf)
                abort();
        }
    }
    buf[n] = '\0';
    return buf;
}

static char *read_path(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *text = read_stream(f);
    fclose(f);
    return text;
}

#define TIMEOUT_MAX_SECONDS 3600

/* A whole number of seconds from 1 to TIMEOUT_MAX_SECONDS, as milliseconds; 0 if not. */
static int timeout_ms(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 4 || strspn(s, "0123456789") != n)
        return 0;
    int seconds = atoi(s);
    return seconds >= 1 && seconds <= TIMEOUT_MAX_SECONDS ? seconds * 1000 : 0;
}

static bool parse_options(int argc, char **argv, cli_options *o)
{
    memset(o, 0, sizeof *o);
    o->client.target = getenv("EDUBADGES_SERVER") ? getenv("EDUBADGES_SERVER") : "localhost:50051";
    o->client.token = getenv("EDUBADGES_TOKEN");
    o->client.tls = getenv("EDUBADGES_TLS") && strcmp(getenv("EDUBADGES_TLS"), "1") == 0;
    o->ca_file = getenv("EDUBADGES_CA_FILE");
    o->client.timeout_ms = 30000;
    int i = 1;
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        const char *a = argv[i];
        bool takes = strcmp(a, "--server") == 0 || strcmp(a, "--token") == 0 ||
                     strcmp(a, "--ca-file") == 0 || strcmp(a, "--server-name") == 0 ||
                     strcmp(a, "--timeout") == 0;
        if (takes && i + 1 >= argc) {
            fprintf(stderr, "edubadges: %s needs a value\n", a);
            return false;
        }
        if (strcmp(a, "--server") == 0)
            o->client.target = argv[++i];
        else if (strcmp(a, "--token") == 0)
            o->client.token = argv[++i];
        else if (strcmp(a, "--ca-file") == 0)
            o->ca_file = argv[++i];
        else if (strcmp(a, "--server-name") == 0)
            o->client.server_name = argv[++i];
        else if (strcmp(a, "--timeout") == 0) {
            if (!(o->client.timeout_ms = timeout_ms(argv[++i]))) {
                fprintf(stderr, "edubadges: --timeout must be a whole number of seconds from 1 to %d, "
                                "got \"%s\"\n", TIMEOUT_MAX_SECONDS, argv[i]);
                return false;
            }
        }
        else if (strcmp(a, "--tls") == 0)
            o->client.tls = true;
        else if (strcmp(a, "--help") == 0) {
            usage(stdout);
            exit(0);
        } else {
            fprintf(stderr, "edubadges: unknown option %s\n", a);
            return false;
        }
    }
    if (o->client.token && !*o->client.token)
        o->client.token = NULL;
    o->argi = i;
    return true;
}

/* The token saved by login when none was given; freed by the caller. */
static char *saved_token(cli_options *o)
{
    char *saved = o->client.token ? NULL : cli_stored_token();
    if (saved)
        o->client.token = saved;
    return saved;
}

static const ProtobufCMethodDescriptor *find_method(const char *service, const char *method,
                                                    const ProtobufCServiceDescriptor **svc)
{
    for (const ProtobufCServiceDescriptor *const *s = api_services; *s; s++) {
        char sc[128];
        service_command(*s, sc, sizeof sc);
        if (strcmp(sc, service) != 0 && strcmp((*s)->short_name, service) != 0)
            continue;
        for (unsigned m = 0; m < (*s)->n_methods; m++) {
            char mc[128];
            method_command((*s)->methods[m].name, mc, sizeof mc);
            if (strcmp(mc, method) == 0 || strcmp((*s)->methods[m].name, method) == 0) {
                *svc = *s;
                return &(*s)->methods[m];
            }
        }
    }
    return NULL;
}

static void print_error(const eb_call_result *r)
{
    fprintf(stderr, "edubadges: %s", eb_status_name(r->code));
    if (r->reason && strcmp(r->reason, eb_status_name(r->code)) != 0)
        fprintf(stderr, " (%s)", r->reason);
    fprintf(stderr, ": %s\n", r->message && *r->message ? r->message : "(no message)");
    for (size_t i = 0; i < r->n_violations; i++)
        fprintf(stderr, "  - %s: %s\n", r->violations[i].field, r->violations[i].description);
    if (r->request_id)
        fprintf(stderr, "  request id: %s\n", r->request_id);
}

int main(int argc, char **argv)
{
    cli_options o;
    if (!parse_options(argc, argv, &o))
        return 2;
    if (argc - o.argi < 1 || strcmp(argv[o.argi], "help") == 0) {
        usage(argc - o.argi < 1 ? stderr : stdout);
        return argc - o.argi < 1 ? 2 : 0;
    }
    if (strcmp(argv[o.argi], "login") == 0)
        return cli_login(&o.client, argc - o.argi - 1, argv + o.argi + 1);
    if (strcmp(argv[o.argi], "logout") == 0)
        return cli_logout(&o.client);
    if (argc - o.argi < 2) {
        fprintf(stderr, "edubadges: name a service and a method; see edubadges help\n");
        return 2;
    }
    const ProtobufCServiceDescriptor *svc = NULL;
    const ProtobufCMethodDescriptor *m = find_method(argv[o.argi], argv[o.argi + 1], &svc);
    if (!m) {
        fprintf(stderr, "edubadges: no command \"%s %s\"; see edubadges help\n", argv[o.argi],
                argv[o.argi + 1]);
        return 2;
    }
    if (method_streams(svc, m)) {
        fprintf(stderr, "edubadges: \"%s %s\" is a streaming method; the CLI makes unary calls "
                        "only\n", argv[o.argi], argv[o.argi + 1]);
        return 2;
    }
    const char *arg = argc - o.argi > 2 ? argv[o.argi + 2] : "{}";
    char *text = strcmp(arg, "-") == 0 ? read_stream(stdin)
                 : arg[0] == '@'       ? read_path(arg + 1)
                                       : strdup(arg);
    if (!text) {
        fprintf(stderr, "edubadges: cannot read %s\n", arg + 1);
        return 2;
    }
    json_error_t jerr;
    json_t *json = json_loads(text, 0, &jerr);
    free(text);
    if (!json) {
        fprintf(stderr, "edubadges: the request is not JSON: %s (line %d)\n", jerr.text, jerr.line);
        return 2;
    }
    arena *a = arena_create();
    char err[512];
    ProtobufCMessage *req = pbjson_to_message(a, m->input, json, err, sizeof err);
    json_decref(json);
    if (!req) {
        fprintf(stderr, "edubadges: bad request: %s\n", err);
        arena_destroy(a);
        return 2;
    }
    char *ca = NULL;
    if (o.ca_file) {
        ca = read_path(o.ca_file);
        if (!ca) {
            fprintf(stderr, "edubadges: cannot read %s\n", o.ca_file);
            arena_destroy(a);
            return 2;
        }
        o.client.ca_pem = ca;
    }
    char *saved = saved_token(&o);
    eb_client *client = eb_client_create(&o.client);
    free(saved);
    char path[256];
    snprintf(path, sizeof path, "/%s/%s", svc->name, m->name);
    eb_call_result r;
    eb_client_call(client, path, req, m->output, &r);
    int rc = 0;
    if (r.code == GRPC_STATUS_OK) {
        json_t *out = pbjson_from_message(r.response);
        char *s = json_dumps(out, JSON_INDENT(2));
        puts(s);
        free(s);
        json_decref(out);
    } else {
        print_error(&r);
        rc = 1;
    }
    eb_call_result_free(&r);
    eb_client_destroy(client);
    arena_destroy(a);
    free(ca);
    return rc;
}
