/* The vocabulary tables: labels in Dutch and English for every enum value of the API. */
#include "vocabulary.h"

#include <string.h>

#define TERMS(t) t, sizeof t / sizeof *t

static const vocab_term sector_terms[] = {
    {1, "SECTOR_MBO", "MBO", "Middelbaar beroepsonderwijs (mbo)", "Secondary vocational education (MBO)", NULL},
    {2, "SECTOR_HBO", "HBO", "Hoger beroepsonderwijs (hbo)", "Higher professional education (HBO)", NULL},
    {3, "SECTOR_WO", "WO", "Wetenschappelijk onderwijs (wo)", "University education (WO)", NULL},
    {4, "SECTOR_HBO_MBO", "HBO/MBO", "Hbo en mbo", "HBO and MBO", NULL},
};
const vocabulary VOCAB_SECTOR = {"edubadges.v1.Sector", "Onderwijssector", "Education sector",
                                 TERMS(sector_terms)};

static const vocab_term language_terms[] = {
    {1, "LANGUAGE_NL", "nl", "Nederlands", "Dutch", NULL},
    {2, "LANGUAGE_EN", "en", "Engels", "English", NULL},
};
const vocabulary VOCAB_LANGUAGE = {"edubadges.v1.Language", "Taal", "Language",
                                   TERMS(language_terms)};

/* The lifecycle of institutions and tags. */
static const vocab_term lifecycle_state_terms[] = {
    {1, "STATE_ACTIVE", "active", "Actief", "Active", NULL},
    {2, "STATE_ARCHIVED", "archived", "Gearchiveerd", "Archived", NULL},
};
static const vocabulary VOCAB_INSTITUTION_STATE = {
    "edubadges.v1.Institution.State", "Status van de instelling", "Institution state",
    TERMS(lifecycle_state_terms)};

static const vocabulary VOCAB_TAG_STATE = {"edubadges.v1.Tag.State", "Status van de tag",
                                           "Tag state", TERMS(lifecycle_state_terms)};

static const vocabulary *const all_vocabularies[] = {
    &VOCAB_INSTITUTION_STATE,
    &VOCAB_LANGUAGE,
    &VOCAB_SECTOR,
    &VOCAB_TAG_STATE,
};

size_t vocabularies(const vocabulary *const **all)
{
    *all = all_vocabularies;
    return sizeof all_vocabularies / sizeof *all_vocabularies;
}

const vocabulary *vocabulary_find(const char *name)
{
    for (size_t i = 0; i < sizeof all_vocabularies / sizeof *all_vocabularies; i++)
        if (strcmp(all_vocabularies[i]->name, name) == 0)
            return all_vocabularies[i];
    return NULL;
}

const vocab_term *vocab_term_by_number(const vocabulary *v, int number)
{
    for (size_t i = 0; i < v->n_terms; i++)
        if (v->terms[i].number == number)
            return &v->terms[i];
    return NULL;
}

const vocab_term *vocab_term_by_code(const vocabulary *v, const char *code)
{
    for (size_t i = 0; code && i < v->n_terms; i++)
        if (strcmp(v->terms[i].code, code) == 0)
            return &v->terms[i];
    return NULL;
}

const char *vocab_code(const vocabulary *v, int number)
{
    const vocab_term *t = vocab_term_by_number(v, number);
    return t ? t->code : NULL;
}

int vocab_number(const vocabulary *v, const char *code)
{
    const vocab_term *t = vocab_term_by_code(v, code);
    return t ? t->number : 0;
}
