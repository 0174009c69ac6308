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

/* The alpha-3 code of each of them, in the same order (4 characters apart). */
static const char alpha3[] =
    "AND ARE AFG ATG AIA ALB ARM AGO ATA ARG ASM AUT AUS ABW ALA AZE BIH BRB BGD BEL BFA "
    "BGR BHR BDI BEN BLM BMU BRN BOL BES BRA BHS BTN BVT BWA BLR BLZ CAN CCK COD CAF COG "
    "CHE CIV COK CHL CMR CHN COL CRI CUB CPV CUW CXR CYP CZE DEU DJI DNK DMA DOM DZA ECU "
    "EST EGY ESH ERI ESP ETH FIN FJI FLK FSM FRO FRA GAB GBR GRD GEO GUF GGY GHA GIB GRL "
    "GMB GIN GLP GNQ GRC SGS GTM GUM GNB GUY HKG HMD HND HRV HTI HUN IDN IRL ISR IMN IND "
    "IOT IRQ IRN ISL ITA JEY JAM JOR JPN KEN KGZ KHM KIR COM KNA PRK KOR KWT CYM KAZ LAO "
    "LBN LCA LIE LKA LBR LSO LTU LUX LVA LBY MAR MCO MDA MNE MAF MDG MHL MKD MLI MMR MNG "
    "MAC MNP MTQ MRT MSR MLT MUS MDV MWI MEX MYS MOZ NAM NCL NER NFK NGA NIC NLD NOR NPL "
    "NRU NIU NZL OMN PAN PER PYF PNG PHL PAK POL SPM PCN PRI PSE PRT PLW PRY QAT REU ROU "
    "SRB RUS RWA SAU SLB SYC SDN SWE SGP SHN SVN SJM SVK SLE SMR SEN SOM SUR SSD STP SLV "
    "SXM SYR SWZ TCA TCD ATF TGO THA TJK TKL TLS TKM TUN TON TUR TTO TUV TWN TZA UKR UGA "
    "UMI USA URY UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM MYT ZAF ZMB ZWE";
_Static_assert(sizeof alpha3 / 4 == sizeof assigned / 3, "one alpha-3 code per alpha-2 code");

/* The Dutch provinces, the countries of the Kingdom and the special municipalities. */
static const char *const netherlands[] = {
    "NL-DR", "NL-FL", "NL-FR", "NL-GE", "NL-GR", "NL-LI", "NL-NB", "NL-NH", "NL-OV",
    "NL-UT", "NL-ZE", "NL-ZH", "NL-AW", "NL-CW", "NL-SX", "NL-BQ1", "NL-BQ2", "NL-BQ3",
};

/* The position of code in `assigned`, or -1. */
static int country_index(const char *code)
{
    if (!code || strlen(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' ||
        code[1] > 'Z')
        return -1;
    for (size_t i = 0; i + 1 < sizeof assigned; i += 3) /* "AD AE ... ZW": a code every 3 */
        if (assigned[i] == code[0] && assigned[i + 1] == code[1])
            return (int)(i / 3);
    return -1;
}

bool country_code_valid(const char *code) { return country_index(code) >= 0; }

bool country_alpha3(const char *code, char out[4])
{
    int i = country_index(code);
    if (i < 0)
        return false;
    memcpy(out, alpha3 + 4 * i, 3);
    out[3] = '\0';
    return true;
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
