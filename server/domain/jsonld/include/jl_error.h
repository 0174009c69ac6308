/* Error reporting shared by the JSON-LD, RDF, RDFC-1.0 and Data Integrity code:
 * every fallible function returns a jl_status and fills a caller-owned jl_error. */
#ifndef EDUBADGES_JL_ERROR_H
#define EDUBADGES_JL_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum jl_status {
    JL_OK = 0,
    /* Not JSON-LD specific. */
    JL_ERR_NOMEM,
    JL_ERR_ARGUMENT,          /* API misuse, e.g. NULL input */
    JL_ERR_JSON,              /* input is not JSON */
    JL_ERR_NQUADS_SYNTAX,     /* N-Quads parse error */
    JL_ERR_RDFC_LIMIT,        /* RDFC-1.0 Hash N-Degree Quads call limit reached */
    JL_ERR_RDFC_HASH,         /* unsupported RDFC-1.0 hash algorithm */
    JL_ERR_MULTIBASE,         /* bad multibase / multikey encoding */
    JL_ERR_PROOF,             /* malformed Data Integrity proof or options */
    JL_ERR_VERIFY,            /* signature does not verify */
    JL_ERR_CRYPTO,            /* crypto library failure */
    JL_ERR_REGISTRY,          /* document registry misuse (duplicate URL, ...) */
    JL_ERR_SAFE_MODE,         /* safe mode: the input would lose data */
    /* JSON-LD 1.1 API error codes (names as in the specification). */
    JL_ERR_COLLIDING_KEYWORDS,
    JL_ERR_CONFLICTING_INDEXES,
    JL_ERR_CONTEXT_OVERFLOW,
    JL_ERR_CYCLIC_IRI_MAPPING,
    JL_ERR_INVALID_ID_VALUE,
    JL_ERR_INVALID_IMPORT_VALUE,
    JL_ERR_INVALID_INCLUDED_VALUE,
    JL_ERR_INVALID_INDEX_VALUE,
    JL_ERR_INVALID_NEST_VALUE,
    JL_ERR_INVALID_PREFIX_VALUE,
    JL_ERR_INVALID_PROPAGATE_VALUE,
    JL_ERR_INVALID_PROTECTED_VALUE,
    JL_ERR_INVALID_REVERSE_VALUE,
    JL_ERR_INVALID_VERSION_VALUE,
    JL_ERR_INVALID_BASE_DIRECTION,
    JL_ERR_INVALID_BASE_IRI,
    JL_ERR_INVALID_CONTAINER_MAPPING,
    JL_ERR_INVALID_CONTEXT_ENTRY,
    JL_ERR_INVALID_CONTEXT_NULLIFICATION,
    JL_ERR_INVALID_DEFAULT_LANGUAGE,
    JL_ERR_INVALID_IRI_MAPPING,
    JL_ERR_INVALID_JSON_LITERAL,
    JL_ERR_INVALID_KEYWORD_ALIAS,
    JL_ERR_INVALID_LANGUAGE_MAP_VALUE,
    JL_ERR_INVALID_LANGUAGE_MAPPING,
    JL_ERR_INVALID_LANGUAGE_TAGGED_STRING,
    JL_ERR_INVALID_LANGUAGE_TAGGED_VALUE,
    JL_ERR_INVALID_LOCAL_CONTEXT,
    JL_ERR_INVALID_REMOTE_CONTEXT,
    JL_ERR_INVALID_REVERSE_PROPERTY,
    JL_ERR_INVALID_REVERSE_PROPERTY_MAP,
    JL_ERR_INVALID_REVERSE_PROPERTY_VALUE,
    JL_ERR_INVALID_SCOPED_CONTEXT,
    JL_ERR_INVALID_SET_OR_LIST_OBJECT,
    JL_ERR_INVALID_TERM_DEFINITION,
    JL_ERR_INVALID_TYPE_MAPPING,
    JL_ERR_INVALID_TYPE_VALUE,
    JL_ERR_INVALID_TYPED_VALUE,
    JL_ERR_INVALID_VALUE_OBJECT,
    JL_ERR_INVALID_VALUE_OBJECT_VALUE,
    JL_ERR_INVALID_VOCAB_MAPPING,
    JL_ERR_IRI_CONFUSED_WITH_PREFIX,
    JL_ERR_KEYWORD_REDEFINITION,
    JL_ERR_LIST_OF_LISTS,
    JL_ERR_LOADING_DOCUMENT_FAILED,
    JL_ERR_LOADING_REMOTE_CONTEXT_FAILED,
    JL_ERR_PROCESSING_MODE_CONFLICT,
    JL_ERR_PROTECTED_TERM_REDEFINITION,
    JL_ERR_RECURSIVE_CONTEXT_INCLUSION
} jl_status;

/* Caller-owned error record. code == JL_OK means no error. */
typedef struct jl_error {
    jl_status code;
    char message[512];
} jl_error;

/* The stable name of a status: for JSON-LD errors exactly the specification's
 * error code string (e.g. "invalid scoped context"). */
const char *jl_status_name(jl_status code);

/* Clears err (may be NULL). */
void jl_error_clear(jl_error *err);

/* Records code and a printf-style message in err (may be NULL); returns code. */
jl_status jl_error_set(jl_error *err, jl_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#ifdef __cplusplus
}
#endif
#endif
