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

static const vocab_term visibility_terms[] = {
    {1, "VISIBILITY_PUBLIC", "public", "Openbaar", "Public", NULL},
    {2, "VISIBILITY_TEST", "test", "Test (niet openbaar)", "Test (not public)", NULL},
};
const vocabulary VOCAB_VISIBILITY = {"edubadges.v1.Visibility", "Zichtbaarheid", "Visibility",
                                     TERMS(visibility_terms)};

static const vocab_term badge_class_type_terms[] = {
    {1, "BADGE_CLASS_TYPE_REGULAR", "regular", "Regulier onderwijs", "Regular education", NULL},
    {2, "BADGE_CLASS_TYPE_MICRO_CREDENTIAL", "micro_credential", "Microcredential", "Micro-credential", NULL},
    {3, "BADGE_CLASS_TYPE_EXTRA_CURRICULAR", "extra_curricular", "Extracurriculair", "Extra-curricular", NULL},
};
const vocabulary VOCAB_BADGE_CLASS_TYPE = {"edubadges.v1.BadgeClassType", "Soort badge",
                                           "Badge class type", TERMS(badge_class_type_terms)};

static const vocab_term course_language_terms[] = {
    {1, "COURSE_LANGUAGE_NL", "nl", "Nederlands", "Dutch", "http://publications.europa.eu/resource/authority/language/NLD"},
    {2, "COURSE_LANGUAGE_EN", "en", "Engels", "English", "http://publications.europa.eu/resource/authority/language/ENG"},
    {3, "COURSE_LANGUAGE_DE", "de", "Duits", "German", "http://publications.europa.eu/resource/authority/language/DEU"},
    {4, "COURSE_LANGUAGE_FR", "fr", "Frans", "French", "http://publications.europa.eu/resource/authority/language/FRA"},
    {5, "COURSE_LANGUAGE_ES", "es", "Spaans", "Spanish", "http://publications.europa.eu/resource/authority/language/SPA"},
};
const vocabulary VOCAB_COURSE_LANGUAGE = {"edubadges.v1.CourseLanguage", "Taal van de cursus",
                                          "Course language", TERMS(course_language_terms)};

static const vocab_term program_identifier_type_terms[] = {
    {1, "PROGRAM_IDENTIFIER_TYPE_CROHO", "CROHO", "CROHO (hoger onderwijs)", "CROHO (higher education)", NULL},
    {2, "PROGRAM_IDENTIFIER_TYPE_ISAT", "ISAT", "ISAT (RIO)", "ISAT (RIO)", NULL},
    {3, "PROGRAM_IDENTIFIER_TYPE_CREBO", "CREBO", "CREBO (mbo)", "CREBO (MBO)", NULL},
};
const vocabulary VOCAB_PROGRAM_IDENTIFIER_TYPE = {
    "edubadges.v1.ProgramIdentifierType", "Register van de opleidingscode",
    "Register of the programme code", TERMS(program_identifier_type_terms)};

/* ELM supervision-verification concepts: only the two whose labels are confirmed. */
static const vocab_term supervision_terms[] = {
    {1, "SUPERVISION_UNSUPERVISED_NO_ID_VERIFICATION", "unsupervised_no_id",
     "Zonder toezicht zonder identiteitsverificatie", "Unsupervised with no identity verification",
     "http://data.europa.eu/snb/supervision-verification/c598449d64"},
    {2, "SUPERVISION_UNSUPERVISED_WITH_ID_VERIFICATION", "unsupervised_id",
     "Zonder toezicht met identiteitsverificatie", "Unsupervised with identity verification", NULL},
    {3, "SUPERVISION_SUPERVISED_NO_ID_VERIFICATION", "supervised_no_id",
     "Onder toezicht zonder identiteitsverificatie", "Supervised with no identity verification", NULL},
    {4, "SUPERVISION_SUPERVISED_WITH_ID_VERIFICATION", "supervised_id",
     "Onder toezicht met identiteitsverificatie", "Supervised with identity verification",
     "http://data.europa.eu/snb/supervision-verification/70be69aaf9"},
};
const vocabulary VOCAB_SUPERVISION = {"edubadges.v1.Supervision",
                                      "Toezicht en identiteitsverificatie bij de toetsing",
                                      "Supervision and identity verification during assessment",
                                      TERMS(supervision_terms)};

static const vocab_term stackability_terms[] = {
    {1, "STACKABILITY_STANDALONE", "standalone", "Zelfstandig, onafhankelijke micro-credential",
     "Standalone, independent micro-credential", NULL},
    {2, "STACKABILITY_STACKABLE", "stackable", "Ge\xc3\xafntegreerd, stapelbaar met een andere credential",
     "Integrated, stackable towards another credential", NULL},
};
const vocabulary VOCAB_STACKABILITY = {"edubadges.v1.Stackability", "Integratie / stapelbaarheid",
                                       "Integration / stackability", TERMS(stackability_terms)};

static const vocab_term grade_achieved_terms[] = {
    {1, "GRADE_ACHIEVED_NOT_RECORDED", "not_recorded", "Geen cijfer", "No grade recorded", NULL},
    {2, "GRADE_ACHIEVED_OPTIONAL", "optional", "Cijfer mag worden vastgelegd", "A grade may be recorded", NULL},
    {3, "GRADE_ACHIEVED_REQUIRED", "required", "Cijfer moet worden vastgelegd", "A grade must be recorded", NULL},
};
const vocabulary VOCAB_GRADE_ACHIEVED = {"edubadges.v1.GradeAchieved", "Behaald cijfer",
                                         "Grade achieved", TERMS(grade_achieved_terms)};

#define ELM_ASSESSMENT "http://data.europa.eu/snb/assessment/"
static const vocab_term assessment_type_terms[] = {
    {1, "ASSESSMENT_TYPE_WRITTEN_EXAM", "written_exam", "Tentamen", "(Written) exam", ELM_ASSESSMENT "6e6cb2cc78"},
    {2, "ASSESSMENT_TYPE_BEHAVIOURAL_ASSESSMENT", "behavioural_assessment", "Gedragsassessment",
     "Behavioural assessment", ELM_ASSESSMENT "6a4db9f11d"},
    {3, "ASSESSMENT_TYPE_DEVELOPMENT_REPORT", "development_report", "Ontwikkelverslag/reflectieverslag",
     "Development report / reflection report", NULL},
    {4, "ASSESSMENT_TYPE_PERSONALISED", "personalised", "Gepersonaliseerde toetsvorm",
     "Personalised type of assessment", NULL},
    {5, "ASSESSMENT_TYPE_PORTFOLIO", "portfolio", "Portfolio", "Portfolio / portfolio assessment",
     ELM_ASSESSMENT "4f03b91c0e"},
    {6, "ASSESSMENT_TYPE_PRESENTATION_ORAL_EXAM", "presentation_oral_exam", "Presentatie/mondeling examen",
     "Presentation / oral exam", ELM_ASSESSMENT "d30284d7df"},
    {7, "ASSESSMENT_TYPE_PROFESSIONAL_PRODUCT", "professional_product", "Beroepsproduct",
     "Professional product", ELM_ASSESSMENT "de4d165a6c"},
    {8, "ASSESSMENT_TYPE_REPORT_PAPER", "report_paper", "Rapport/paper", "Report / paper",
     ELM_ASSESSMENT "2939dae15f"},
};
#undef ELM_ASSESSMENT
const vocabulary VOCAB_ASSESSMENT_TYPE = {"edubadges.v1.AssessmentType", "Toetsvorm",
                                          "Type of assessment", TERMS(assessment_type_terms)};

#define ELM_MODE "http://data.europa.eu/snb/learning-assessment/"
static const vocab_term participation_form_terms[] = {
    {1, "PARTICIPATION_FORM_BLENDED", "blended", "Blended", "Blended", ELM_MODE "e92d221e4d"},
    {2, "PARTICIPATION_FORM_ONLINE", "online", "Online", "Online", ELM_MODE "920fbb3cbe"},
    {3, "PARTICIPATION_FORM_ONSITE", "onsite", "Op locatie", "Onsite", ELM_MODE "9191af2ed9"},
    {4, "PARTICIPATION_FORM_WORK_EXPERIENCE", "work_experience", "Werkervaring", "Work experience",
     ELM_MODE "729f3bed4b"},
};
#undef ELM_MODE
const vocabulary VOCAB_PARTICIPATION_FORM = {"edubadges.v1.ParticipationForm", "Vorm van deelname",
                                             "Form of participation", TERMS(participation_form_terms)};

static const vocab_term terms_kind_terms[] = {
    {1, "TERMS_KIND_FORMAL", "formal", "Voorwaarden voor formele badges", "Terms for formal badges", NULL},
    {2, "TERMS_KIND_INFORMAL", "informal", "Voorwaarden voor informele badges", "Terms for informal badges", NULL},
};
const vocabulary VOCAB_TERMS_KIND = {"edubadges.v1.TermsKind", "Soort voorwaarden", "Kind of terms",
                                     TERMS(terms_kind_terms)};

static const vocab_term recipient_identifier_type_terms[] = {
    {1, "RECIPIENT_IDENTIFIER_TYPE_EPPN", "eppn", "Instellingsaccount (eppn)", "Institution account (eppn)", NULL},
    {2, "RECIPIENT_IDENTIFIER_TYPE_EMAIL", "email", "E-mailadres", "E-mail address", NULL},
};
const vocabulary VOCAB_RECIPIENT_IDENTIFIER_TYPE = {
    "edubadges.v1.RecipientIdentifierType", "Adressering van de ontvanger", "Recipient identifier",
    TERMS(recipient_identifier_type_terms)};

static const vocab_term award_source_terms[] = {
    {1, "AWARD_SOURCE_UI", "ui", "Medewerker (webinterface)", "Staff (user interface)", NULL},
    {2, "AWARD_SOURCE_SIS", "sis", "Studentinformatiesysteem", "Student information system", NULL},
    {3, "AWARD_SOURCE_ALLIANCE", "alliance", "Alliantiepartner", "Alliance partner", NULL},
};
const vocabulary VOCAB_AWARD_SOURCE = {"edubadges.v1.AwardSource", "Herkomst van de toekenning",
                                       "Source of the award", TERMS(award_source_terms)};

static const vocab_term direct_award_status_terms[] = {
    {1, "DIRECT_AWARD_STATUS_SCHEDULED", "scheduled", "Ingepland", "Scheduled", NULL},
    {2, "DIRECT_AWARD_STATUS_UNACCEPTED", "unaccepted", "Nog niet geaccepteerd", "Not yet claimed", NULL},
    {3, "DIRECT_AWARD_STATUS_ACCEPTED", "accepted", "Geaccepteerd", "Claimed", NULL},
    {4, "DIRECT_AWARD_STATUS_REJECTED", "rejected", "Afgewezen", "Rejected", NULL},
    {5, "DIRECT_AWARD_STATUS_EXPIRED", "expired", "Verlopen", "Expired", NULL},
    {6, "DIRECT_AWARD_STATUS_DELETED", "deleted", "Ingetrokken", "Withdrawn", NULL},
};
const vocabulary VOCAB_DIRECT_AWARD_STATUS = {"edubadges.v1.DirectAwardStatus",
                                              "Status van de directe toekenning",
                                              "Direct award status", TERMS(direct_award_status_terms)};

static const vocab_term acceptance_terms[] = {
    {1, "ACCEPTANCE_UNACCEPTED", "unaccepted", "Nog niet geaccepteerd", "Not yet accepted", NULL},
    {2, "ACCEPTANCE_ACCEPTED", "accepted", "Geaccepteerd", "Accepted", NULL},
    {3, "ACCEPTANCE_REJECTED", "rejected", "Afgewezen", "Rejected", NULL},
};
const vocabulary VOCAB_ACCEPTANCE = {"edubadges.v1.Acceptance", "Acceptatie", "Acceptance",
                                     TERMS(acceptance_terms)};

static const vocab_term award_type_terms[] = {
    {1, "AWARD_TYPE_REQUEST", "request", "Aangevraagd", "Requested", NULL},
    {2, "AWARD_TYPE_DIRECT_AWARD", "direct_award", "Direct toegekend", "Direct award", NULL},
};
const vocabulary VOCAB_AWARD_TYPE = {"edubadges.v1.AwardType", "Soort toekenning", "Award type",
                                     TERMS(award_type_terms)};

static const vocab_term badge_request_status_terms[] = {
    {1, "BADGE_REQUEST_STATUS_PENDING", "pending", "In behandeling", "Pending", NULL},
    {2, "BADGE_REQUEST_STATUS_APPROVED", "approved", "Goedgekeurd", "Approved", NULL},
    {3, "BADGE_REQUEST_STATUS_DENIED", "denied", "Afgewezen", "Denied", NULL},
    {4, "BADGE_REQUEST_STATUS_WITHDRAWN", "withdrawn", "Ingetrokken", "Withdrawn", NULL},
};
const vocabulary VOCAB_BADGE_REQUEST_STATUS = {"edubadges.v1.BadgeRequestStatus", "Status van de aanvraag",
                                               "Badge request status", TERMS(badge_request_status_terms)};

/* The lifecycle of institutions, tags and the catalog resources. */
static const vocab_term lifecycle_state_terms[] = {
    {1, "STATE_ACTIVE", "active", "Actief", "Active", NULL},
    {2, "STATE_ARCHIVED", "archived", "Gearchiveerd", "Archived", NULL},
};
static const vocabulary VOCAB_INSTITUTION_STATE = {
    "edubadges.v1.Institution.State", "Status van de instelling", "Institution state",
    TERMS(lifecycle_state_terms)};

static const vocabulary VOCAB_TAG_STATE = {"edubadges.v1.Tag.State", "Status van de tag",
                                           "Tag state", TERMS(lifecycle_state_terms)};

static const vocabulary VOCAB_FACULTY_STATE = {"edubadges.v1.Faculty.State", "Status van de faculteit",
                                               "Faculty state", TERMS(lifecycle_state_terms)};
static const vocabulary VOCAB_ISSUER_STATE = {"edubadges.v1.Issuer.State", "Status van de uitgever",
                                              "Issuer state", TERMS(lifecycle_state_terms)};
static const vocabulary VOCAB_BADGE_CLASS_STATE = {"edubadges.v1.BadgeClass.State",
                                                   "Status van de badge", "Badge class state",
                                                   TERMS(lifecycle_state_terms)};

static const vocabulary *const all_vocabularies[] = {
    &VOCAB_ACCEPTANCE,
    &VOCAB_API_CLIENT_STATE,
    &VOCAB_API_CLIENT_KIND,
    &VOCAB_ASSESSMENT_TYPE,
    &VOCAB_AWARD_SOURCE,
    &VOCAB_AWARD_TYPE,
    &VOCAB_BADGE_CLASS_STATE,
    &VOCAB_BADGE_CLASS_TYPE,
    &VOCAB_BADGE_REQUEST_STATUS,
    &VOCAB_CHECK_KIND,
    &VOCAB_CHECK_OUTCOME,
    &VOCAB_COURSE_LANGUAGE,
    &VOCAB_CREDENTIAL_FORMAT,
    &VOCAB_DIRECT_AWARD_STATUS,
    &VOCAB_FACULTY_STATE,
    &VOCAB_GRADE_ACHIEVED,
    &VOCAB_INSTITUTION_STATE,
    &VOCAB_INVITATION_STATE,
    &VOCAB_ISSUER_STATE,
    &VOCAB_LANGUAGE,
    &VOCAB_PARTICIPATION_FORM,
    &VOCAB_PERMISSION,
    &VOCAB_PRINCIPAL_KIND,
    &VOCAB_PROGRAM_IDENTIFIER_TYPE,
    &VOCAB_RECIPIENT_IDENTIFIER_TYPE,
    &VOCAB_SECTOR,
    &VOCAB_SIGNING_ALGORITHM,
    &VOCAB_SIGNING_KEY_STATE,
    &VOCAB_STACKABILITY,
    &VOCAB_STAFF_ROLE,
    &VOCAB_SUPERVISION,
    &VOCAB_TAG_STATE,
    &VOCAB_TERMS_KIND,
    &VOCAB_VISIBILITY,
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
