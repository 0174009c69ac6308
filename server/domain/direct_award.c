/* The rows of a direct award bundle. */
#include "direct_award.h"

#include <stdlib.h>
#include <string.h>

#include "email.h"
#include "localized.h"
#include "recipient.h"
#include "text.h"
#include "url.h"
#include "vocabulary.h"

void direct_award_row_fail(arena *a, row_outcome *o, const char *field, const char *reason,
                           const char *message)
{
    row_problem *p = arena_alloc(a, sizeof *p);
    *p = (row_problem){field, reason, message, NULL};
    row_problem **end = &o->problems;
    while (*end)
        end = &(*end)->next;
    *end = p;
    o->message = o->reason ? arena_sprintf(a, "%s; %s", o->message, message) : message;
    if (!o->reason)
        o->reason = reason;
}

static bool has_problem(const row_outcome *o, const char *field)
{
    for (const row_problem *p = o->problems; p; p = p->next)
        if (strcmp(p->field, field) == 0)
            return true;
    return false;
}

/* Every violation of the field checks, as problems of the row. */
static void take_violations(arena *a, row_outcome *o, const eb_error *e, const char *reason)
{
    for (const eb_violation *v = e->violations; v; v = v->next)
        direct_award_row_fail(a, o, v->field, reason, arena_sprintf(a, "%s %s", v->field, v->description));
}

static bool eppn_shaped(const char *eppn)
{
    const char *at = strchr(eppn, '@');
    return at && at != eppn && at[1] && !strchr(at + 1, '@') && !strpbrk(eppn, " \t\r\n");
}

static void check_row(arena *a, eb_award_row *r, bool by_email, const eppn_matcher *pattern,
                      const eb_badge_class *bc, row_outcome *o)
{
    eb_error e;
    eb_error_init(&e, a);
    r->recipient = recipient_normalize(a, r->recipient);
    if (!*r->recipient)
        direct_award_row_fail(a, o, "recipient", "INVALID_RECIPIENT", "recipient is required");
    else if (by_email) {
        check_email(&e, "recipient", r->recipient, true);
        take_violations(a, o, &e, "INVALID_RECIPIENT");
    } else if (!eppn_shaped(r->recipient) || strlen(r->recipient) > CATALOG_SHORT_TEXT_MAX) {
        direct_award_row_fail(a, o, "recipient", "INVALID_RECIPIENT",
                              "recipient must be an eppn such as \"j.jansen@uu.nl\"");
    } else if (!eppn_matcher_match(pattern, r->recipient)) {
        direct_award_row_fail(a, o, "recipient", "EPPN_PATTERN_MISMATCH",
                              "recipient does not match the institution's eppn pattern");
    }
    r->recipient_name = text_trim(a, r->recipient_name);
    r->narrative = text_trim(a, r->narrative);
    r->evidence_url = text_trim(a, r->evidence_url);
    r->grade = text_trim(a, r->grade);
    eb_error_init(&e, a);
    check_text(&e, "recipient_name", r->recipient_name, CATALOG_SHORT_TEXT_MAX, TEXT_SINGLE_LINE);
    check_text(&e, "narrative", r->narrative, CATALOG_DESCRIPTION_MAX, TEXT_MULTILINE);
    check_http_url(&e, "evidence_url", r->evidence_url, false);
    check_text(&e, "grade", r->grade, AWARD_GRADE_MAX, TEXT_SINGLE_LINE);
    take_violations(a, o, &e, "INVALID_ROW");
    if (bc->narrative_required && !*r->narrative)
        direct_award_row_fail(a, o, "narrative", "NARRATIVE_REQUIRED", "narrative is required by the badge class");
    if (bc->evidence_required && !*r->evidence_url)
        direct_award_row_fail(a, o, "evidence_url", "EVIDENCE_REQUIRED", "evidence_url is required by the badge class");
    if (bc->grade_achieved == vocab_number(&VOCAB_GRADE_ACHIEVED, "required") && !*r->grade)
        direct_award_row_fail(a, o, "grade", "GRADE_REQUIRED", "grade is required by the badge class");
    if (bc->grade_achieved == vocab_number(&VOCAB_GRADE_ACHIEVED, "not_recorded") && *r->grade)
        direct_award_row_fail(a, o, "grade", "GRADE_NOT_RECORDED", "the badge class records no grade");
}

typedef struct keyed {
    const char *recipient;
    size_t row;
} keyed;

static int by_recipient_then_row(const void *x, const void *y)
{
    const keyed *a = x, *b = y;
    int c = strcmp(a->recipient, b->recipient);
    return c ? c : (a->row > b->row) - (a->row < b->row);
}

size_t direct_award_check_rows(arena *a, eb_award_row *rows, size_t n, int identifier_type,
                               const eppn_matcher *pattern, const eb_badge_class *bc,
                               row_outcome *out)
{
    bool by_email = identifier_type == vocab_number(&VOCAB_RECIPIENT_IDENTIFIER_TYPE, "email");
    for (size_t i = 0; i < n; i++) {
        out[i] = (row_outcome){NULL, NULL, NULL};
        check_row(a, &rows[i], by_email, pattern, bc, &out[i]);
    }
    /* a valid recipient named again: the first row stands, later ones fail */
    keyed *k = arena_alloc(a, sizeof *k * (n ? n : 1));
    size_t valid = 0;
    for (size_t i = 0; i < n; i++)
        if (!has_problem(&out[i], "recipient"))
            k[valid++] = (keyed){rows[i].recipient, i};
    qsort(k, valid, sizeof *k, by_recipient_then_row);
    for (size_t i = 1; i < valid; i++)
        if (strcmp(k[i].recipient, k[i - 1].recipient) == 0)
            direct_award_row_fail(a, &out[k[i].row], "recipient", "DUPLICATE_IN_BUNDLE",
                                  arena_sprintf(a, "the recipient is already in row %zu", k[i - 1].row));
    size_t good = 0;
    for (size_t i = 0; i < n; i++)
        good += out[i].reason == NULL;
    return good;
}

eb_code direct_award_not_open(eb_error *e, const eb_direct_award *da)
{
    const char *state = vocab_code(&VOCAB_DIRECT_AWARD_STATUS, da->status);
    const char *became =
        *da->assertion_id ? arena_sprintf(e->arena, " (it became assertions/%s)", da->assertion_id) : "";
    return eb_fail(e, EB_FAILED_PRECONDITION, text_reason(e->arena, "DIRECT_AWARD", state),
                   "directAwards/%s is %s%s and can no longer be claimed or rejected", da->id, state, became);
}
