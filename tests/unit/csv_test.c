/* CSV export of the CLI: cells neutralised against spreadsheet formula injection and quoted
 * as RFC 4180 says; columns from the descriptors (nested messages as dotted paths, every
 * column in every row); a list response gives a row per item, another response one row. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_export.h"
#include "edubadges/v1/insights.pb-c.h"
#include "harness.h"

static void expect_cell(const char *value, const char *want)
{
    arena *a = arena_create();
    const char *got = csv_cell(a, value);
    if (strcmp(got, want) != 0)
        fprintf(stderr, "\ncell of [%s]: [%s], expected [%s]\n", value, got, want);
    CU_ASSERT_STRING_EQUAL(got, want);
    arena_destroy(a);
}

static void test_cells_are_neutralised(void)
{
    expect_cell("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect_cell("=1+1", "'=1+1");
    expect_cell("+31 6 1234", "'+31 6 1234");
    expect_cell("-2+3", "'-2+3");
    expect_cell("@SUM(A1)", "'@SUM(A1)");
    expect_cell("\tcmd", "\"'\tcmd\"");
    expect_cell("\rcmd", "\"'\rcmd\"");
    expect_cell("  =1+1", "'  =1+1");       /* blanks that a spreadsheet may trim */
    expect_cell("\n@SUM(A1)", "\"'\n@SUM(A1)\"");
    expect_cell(" -2", "' -2");
    expect_cell("  ", "  ");
    expect_cell("a=b", "a=b"); /* only the first character matters */
    expect_cell("", "");
    expect_cell("plain text", "plain text");
}

static void test_cells_are_quoted(void)
{
    expect_cell("a,b", "\"a,b\"");
    expect_cell("say \"hi\"", "\"say \"\"hi\"\"\"");
    expect_cell("two\nlines", "\"two\nlines\"");
    expect_cell("=a,b", "\"'=a,b\"");
    /* a Dutch spreadsheet splits on ';': the part after it must not become a cell */
    expect_cell("x;=1+1", "\"x;=1+1\"");
    expect_cell("x\t=1+1", "\"x\t=1+1\"");
}

/* What the table writes for a response (header and rows), in a malloc'ed string. */
static char *written(const ProtobufCMessage *response)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    arena *a = arena_create();
    csv_table *t = csv_table_for(a, response->descriptor);
    csv_write_header(f, t);
    csv_write_rows(f, t, response);
    fclose(f);
    arena_destroy(a);
    return text;
}

static void test_a_list_gives_a_row_per_item(void)
{
    Edubadges__V1__BadgeClassOverviewRow rows[2] = {EDUBADGES__V1__BADGE_CLASS_OVERVIEW_ROW__INIT,
                                                    EDUBADGES__V1__BADGE_CLASS_OVERVIEW_ROW__INIT};
    Edubadges__V1__LocalizedText name = EDUBADGES__V1__LOCALIZED_TEXT__INIT;
    name.nl = "Universiteit, Utrecht";
    rows[0].institution = "institutions/x";
    rows[0].institution_display_name = &name;
    rows[0].badge_class_display_name = "=cmd|' /C calc'!A0";
    rows[0].in_backpack = 12;
    rows[0].sector = EDUBADGES__V1__SECTOR__SECTOR_WO;
    Google__Protobuf__DoubleValue rate = GOOGLE__PROTOBUF__DOUBLE_VALUE__INIT;
    rate.value = 0.5;
    rows[0].claim_rate = &rate;
    rows[1].badge_class_display_name = "@import";
    Edubadges__V1__BadgeClassOverviewRow *ptrs[2] = {&rows[0], &rows[1]};
    Edubadges__V1__ListBadgeClassOverviewResponse resp = EDUBADGES__V1__LIST_BADGE_CLASS_OVERVIEW_RESPONSE__INIT;
    resp.n_rows = 2;
    resp.rows = ptrs;
    resp.next_page_token = "abc";
    char *text = written(&resp.base);
    const char *header = "institution,institution_display_name.nl,institution_display_name.en,sector,faculty,"
                         "faculty_display_name.nl,faculty_display_name.en,issuer,issuer_display_name.nl,"
                         "issuer_display_name.en,badge_class,badge_class_display_name,badge_class_type,in_backpack,"
                         "direct_awards_claimed,requests_accepted,revoked,made_public,claim_rate,direct_awards_total,"
                         "direct_awards_expired,awarded_via_ui,awarded_via_sis,awarded_via_alliance\r\n";
    CU_ASSERT_EQUAL(strncmp(text, header, strlen(header)), 0);
    const char *row0 = "institutions/x,\"Universiteit, Utrecht\",,SECTOR_WO,,,,,,,,'=cmd|' /C calc'!A0,,12,0,0,0,0,0.5,"
                       "0,0,0,0,0\r\n";
    const char *row1 = ",,,,,,,,,,,'@import,,0,0,0,0,0,,0,0,0,0,0\r\n";
    char *want = NULL;
    if (asprintf(&want, "%s%s%s", header, row0, row1) < 0)
        abort();
    if (strcmp(text, want) != 0)
        fprintf(stderr, "\ngot:\n%s\nexpected:\n%s\n", text, want);
    CU_ASSERT_STRING_EQUAL(text, want);
    free(want);
    free(text);
}

static void test_another_response_is_one_row(void)
{
    Edubadges__V1__SectorInstitutions wo = EDUBADGES__V1__SECTOR_INSTITUTIONS__INIT;
    wo.sector = EDUBADGES__V1__SECTOR__SECTOR_WO;
    wo.institutions = 12;
    Edubadges__V1__SectorInstitutions *sectors[] = {&wo};
    Edubadges__V1__PublicStatistics s = EDUBADGES__V1__PUBLIC_STATISTICS__INIT;
    s.learners_with_backpack = 2000000;
    s.badges_in_backpacks = 9000000;
    s.micro_credential_share = 0.25;
    s.n_institutions_per_sector = 1;
    s.institutions_per_sector = sectors;
    char *text = written(&s.base);
    CU_ASSERT_STRING_EQUAL(text, "learners_with_backpack,badges_in_backpacks,micro_credentials_in_backpacks,"
                                 "micro_credential_share,institutions_per_sector\r\n"
                                 "2000000,9000000,0,0.25,\"[{\"\"sector\"\":\"\"SECTOR_WO\"\",\"\"institutions\"\":12}]\"\r\n");
    free(text);
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("CSV export", NULL, NULL);
    CU_add_test(s, "cells are neutralised", test_cells_are_neutralised);
    CU_add_test(s, "cells are quoted", test_cells_are_quoted);
    CU_add_test(s, "a list gives a row per item", test_a_list_gives_a_row_per_item);
    CU_add_test(s, "another response is one row", test_another_response_is_one_row);
    return test_run_all();
}
