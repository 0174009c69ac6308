/* jl_error: status names and message formatting. */
#include "jl_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const status_names[] = {
    [JL_OK] = "ok",
    [JL_ERR_NOMEM] = "out of memory",
    [JL_ERR_ARGUMENT] = "invalid argument",
    [JL_ERR_JSON] = "invalid JSON",
    [JL_ERR_NQUADS_SYNTAX] = "invalid N-Quads",
    [JL_ERR_RDFC_LIMIT] = "canonicalization limit exceeded",
    [JL_ERR_RDFC_HASH] = "unsupported hash algorithm",
    [JL_ERR_MULTIBASE] = "invalid multibase",
    [JL_ERR_PROOF] = "invalid proof",
    [JL_ERR_VERIFY] = "verification failed",
    [JL_ERR_CRYPTO] = "cryptography failure",
    [JL_ERR_REGISTRY] = "document registry error",
    [JL_ERR_SAFE_MODE] = "safe mode violation",
    [JL_ERR_COLLIDING_KEYWORDS] = "colliding keywords",
    [JL_ERR_CONFLICTING_INDEXES] = "conflicting indexes",
    [JL_ERR_CONTEXT_OVERFLOW] = "context overflow",
    [JL_ERR_CYCLIC_IRI_MAPPING] = "cyclic IRI mapping",
    [JL_ERR_INVALID_ID_VALUE] = "invalid @id value",
    [JL_ERR_INVALID_IMPORT_VALUE] = "invalid @import value",
    [JL_ERR_INVALID_INCLUDED_VALUE] = "invalid @included value",
    [JL_ERR_INVALID_INDEX_VALUE] = "invalid @index value",
    [JL_ERR_INVALID_NEST_VALUE] = "invalid @nest value",
    [JL_ERR_INVALID_PREFIX_VALUE] = "invalid @prefix value",
    [JL_ERR_INVALID_PROPAGATE_VALUE] = "invalid @propagate value",
    [JL_ERR_INVALID_PROTECTED_VALUE] = "invalid @protected value",
    [JL_ERR_INVALID_REVERSE_VALUE] = "invalid @reverse value",
    [JL_ERR_INVALID_VERSION_VALUE] = "invalid @version value",
    [JL_ERR_INVALID_BASE_DIRECTION] = "invalid base direction",
    [JL_ERR_INVALID_BASE_IRI] = "invalid base IRI",
    [JL_ERR_INVALID_CONTAINER_MAPPING] = "invalid container mapping",
    [JL_ERR_INVALID_CONTEXT_ENTRY] = "invalid context entry",
    [JL_ERR_INVALID_CONTEXT_NULLIFICATION] = "invalid context nullification",
    [JL_ERR_INVALID_DEFAULT_LANGUAGE] = "invalid default language",
    [JL_ERR_INVALID_IRI_MAPPING] = "invalid IRI mapping",
    [JL_ERR_INVALID_JSON_LITERAL] = "invalid JSON literal",
    [JL_ERR_INVALID_KEYWORD_ALIAS] = "invalid keyword alias",
    [JL_ERR_INVALID_LANGUAGE_MAP_VALUE] = "invalid language map value",
    [JL_ERR_INVALID_LANGUAGE_MAPPING] = "invalid language mapping",
    [JL_ERR_INVALID_LANGUAGE_TAGGED_STRING] = "invalid language-tagged string",
    [JL_ERR_INVALID_LANGUAGE_TAGGED_VALUE] = "invalid language-tagged value",
    [JL_ERR_INVALID_LOCAL_CONTEXT] = "invalid local context",
    [JL_ERR_INVALID_REMOTE_CONTEXT] = "invalid remote context",
    [JL_ERR_INVALID_REVERSE_PROPERTY] = "invalid reverse property",
    [JL_ERR_INVALID_REVERSE_PROPERTY_MAP] = "invalid reverse property map",
    [JL_ERR_INVALID_REVERSE_PROPERTY_VALUE] = "invalid reverse property value",
    [JL_ERR_INVALID_SCOPED_CONTEXT] = "invalid scoped context",
    [JL_ERR_INVALID_SET_OR_LIST_OBJECT] = "invalid set or list object",
    [JL_ERR_INVALID_TERM_DEFINITION] = "invalid term definition",
    [JL_ERR_INVALID_TYPE_MAPPING] = "invalid type mapping",
    [JL_ERR_INVALID_TYPE_VALUE] = "invalid type value",
    [JL_ERR_INVALID_TYPED_VALUE] = "invalid typed value",
    [JL_ERR_INVALID_VALUE_OBJECT] = "invalid value object",
    [JL_ERR_INVALID_VALUE_OBJECT_VALUE] = "invalid value object value",
    [JL_ERR_INVALID_VOCAB_MAPPING] = "invalid vocab mapping",
    [JL_ERR_IRI_CONFUSED_WITH_PREFIX] = "IRI confused with prefix",
    [JL_ERR_KEYWORD_REDEFINITION] = "keyword redefinition",
    [JL_ERR_LIST_OF_LISTS] = "list of lists",
    [JL_ERR_LOADING_DOCUMENT_FAILED] = "loading document failed",
    [JL_ERR_LOADING_REMOTE_CONTEXT_FAILED] = "loading remote context failed",
    [JL_ERR_PROCESSING_MODE_CONFLICT] = "processing mode conflict",
    [JL_ERR_PROTECTED_TERM_REDEFINITION] = "protected term redefinition",
    [JL_ERR_RECURSIVE_CONTEXT_INCLUSION] = "recursive context inclusion",
};

const char *jl_status_name(jl_status code)
{
    if ((unsigned)code < sizeof status_names / sizeof status_names[0] && status_names[code])
        return status_names[code];
    return "unknown error";
}

void jl_error_clear(jl_error *err)
{
    if (err) {
        err->code = JL_OK;
        err->message[0] = '\0';
    }
}

jl_status jl_error_set(jl_error *err, jl_status code, const char *fmt, ...)
{
    if (!err)
        return code;
    /* Keep the first (innermost) error: callers propagate without overwriting. */
    if (err->code != JL_OK)
        return err->code;
    err->code = code;
    int n = snprintf(err->message, sizeof err->message, "%s: ", jl_status_name(code));
    if (n < 0 || (size_t)n >= sizeof err->message)
        return code;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message + n, sizeof err->message - (size_t)n, fmt, ap);
    va_end(ap);
    return code;
}
