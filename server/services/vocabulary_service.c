/* edubadges.v1.VocabularyService: every enum of the API (read from the embedded
 * descriptor set) with the Dutch and English labels of the domain's vocabulary tables. */
#include <string.h>

#include "convert.h"
#include "edubadges/v1/vocabulary.pb-c.h"
#include "protoset.h"
#include "service.h"
#include "vocabulary.h"

#define API_PACKAGE "edubadges.v1"

static Edubadges__V1__LocalizedText *label(arena *a, const char *nl, const char *en)
{
    eb_localized l = {(char *)(nl ? nl : ""), (char *)(en ? en : "")};
    return pb_localized(a, &l);
}

static Edubadges__V1__Vocabulary *vocabulary_pb(arena *a, const protoset_enum *e)
{
    const vocabulary *v = vocabulary_find(e->full_name);
    Edubadges__V1__Vocabulary *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__vocabulary__init(pb);
    pb->name = (char *)e->full_name;
    pb->label = label(a, v ? v->nl : NULL, v ? v->en : NULL);
    pb->terms = (Edubadges__V1__VocabularyTerm **)arena_ptrs(a, e->n_values);
    for (size_t i = 0; i < e->n_values; i++) {
        if (e->values[i].number == 0)
            continue; /* *_UNSPECIFIED */
        const vocab_term *t = v ? vocab_term_by_number(v, e->values[i].number) : NULL;
        Edubadges__V1__VocabularyTerm *term = arena_alloc(a, sizeof *term);
        edubadges__v1__vocabulary_term__init(term);
        term->value = (char *)e->values[i].name;
        term->number = e->values[i].number;
        term->label = label(a, t ? t->nl : NULL, t ? t->en : NULL);
        term->code = pb_str(t ? t->code : NULL);
        term->concept_iri = pb_str(t ? t->concept_iri : NULL);
        pb->terms[pb->n_terms++] = term;
    }
    return pb;
}

static ProtobufCMessage *list_vocabularies(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListVocabulariesRequest *req = (const void *)request;
    const protoset_enum *enums;
    size_t n = protoset_enums(protoset_embedded(), API_PACKAGE, &enums);
    Edubadges__V1__ListVocabulariesResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_vocabularies_response__init(resp);
    resp->vocabularies = (Edubadges__V1__Vocabulary **)arena_ptrs(ctx->arena, n);
    const char *only = pb_str(req->vocabulary);
    for (size_t i = 0; i < n; i++)
        if (!*only || strcmp(only, enums[i].full_name) == 0)
            resp->vocabularies[resp->n_vocabularies++] = vocabulary_pb(ctx->arena, &enums[i]);
    if (*only && resp->n_vocabularies == 0) {
        eb_fail(&ctx->err, EB_NOT_FOUND, "VOCABULARY_NOT_FOUND",
                "no vocabulary %s; leave vocabulary empty to list them all", only);
        return NULL;
    }
    return &resp->base;
}

static const svc_method methods[] = {
    {"ListVocabularies", list_vocabularies, ACCESS_PUBLIC},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service vocabulary_service = {&edubadges__v1__vocabulary_service__descriptor, methods};
