/* Content negotiation of the public documents: JSON-LD, or plain JSON for a client that
 * prefers it. */
#ifndef EDUBADGES_MEDIA_TYPE_H
#define EDUBADGES_MEDIA_TYPE_H

#include <stdbool.h>

/* Whether an Accept header (NULL when absent) gives application/json a higher quality than
 * application/ld+json. The quality of each is that of the most specific media range that
 * matches it (type/subtype, then type/ *, then * / *), 0 when none does (RFC 9110 12.5.1). */
bool http_accept_prefers_json(const char *accept);

#endif
