/* ISO 3166-1 alpha-2 country codes (officially assigned) and ISO 3166-2 region checks. */
#include "country.h"

#include <string.h>

/* The 249 officially assigned alpha-2 codes, in order. */
static const char assigned[] =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN "
    "BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
    "DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL "
    "GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM "
    "JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME "
    "MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP "
    "NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD "
    "SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/* The Dutch provinces, the countries of the Kingdom and the special municipalities. */
static const char *const netherlands[] = {
    "NL-DR", "NL-FL", "NL-FR", "NL-GE", "NL-GR", "NL-LI", "NL-NB", "NL-NH", "NL-OV",
    "NL-UT", "NL-ZE", "NL-ZH", "NL-AW", "NL-CW", "NL-SX", "NL-BQ1", "NL-BQ2", "NL-BQ3",
};

bool country_code_valid(const char *code)
{
    if (!code || strlen(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' ||
        code[1] > 'Z')
        return false;
    for (size_t i = 0; i + 1 < sizeof assigned; i += 3) /* "AD AE ... ZW": a code every 3 */
        if (assigned[i] == code[0] && assigned[i + 1] == code[1])
            return true;
    return false;
}

bool region_code_valid(const char *country, const char *region)
{
    if (!country || !region || strlen(region) < 4 || strlen(region) > 6 ||
        strncmp(region, country, 2) != 0 || region[2] != '-')
        return false;
    for (const char *p = region + 3; *p; p++)
        if (!((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
            return false;
    if (strcmp(country, "NL") != 0)
        return true;
    for (size_t i = 0; i < sizeof netherlands / sizeof *netherlands; i++)
        if (strcmp(region, netherlands[i]) == 0)
            return true;
    return false;
}
