/* CSV output of any response for the CLI's --csv: the table is the response's list (its one
 * repeated message field next to an optional next_page_token), or else the response itself
 * as one row. Columns are the scalar fields of the row message, nested messages flattened
 * into dotted paths ("counts.assertions.in_backpack"), taken from the descriptor so that
 * every row has every column. Cells are quoted as RFC 4180 says and neutralised against
 * spreadsheet formula injection: a cell starting with =, +, -, @, a tab or a carriage
 * return gets a leading apostrophe. */
#ifndef EDUBADGES_CSV_EXPORT_H
#define EDUBADGES_CSV_EXPORT_H

#include <stdio.h>

#include <protobuf-c/protobuf-c.h>

#include "arena.h"

typedef struct csv_table csv_table;

/* The table of a response type. */
csv_table *csv_table_for(arena *a, const ProtobufCMessageDescriptor *response);
void csv_write_header(FILE *out, const csv_table *t);
/* Writes the rows of one response of the table's type. */
void csv_write_rows(FILE *out, const csv_table *t, const ProtobufCMessage *response);
/* A cell as written: neutralised, then quoted when needed. */
char *csv_cell(arena *a, const char *value);

#endif
