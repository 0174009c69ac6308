/* Structured logging: one JSON object per line on stderr, with time and level. */
#ifndef EDUBADGES_LOG_H
#define EDUBADGES_LOG_H

#include <jansson.h>

typedef enum { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR } log_level;

/* Parses "debug", "info", "warn" or "error"; returns -1 for anything else. */
int log_level_parse(const char *s);
void log_set_level(log_level level);
int log_enabled(log_level level);

/* Writes the fields (an object, consumed) with "time" and "level" added. */
void log_json(log_level level, json_t *fields);
/* Writes {"msg": ...} with printf formatting. */
void log_msg(log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
