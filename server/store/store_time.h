/* Timestamps as statement parameters: microseconds since the epoch, exact. */
#ifndef EDUBADGES_STORE_TIME_H
#define EDUBADGES_STORE_TIME_H

/* The SQL for parameter $n holding microseconds since the epoch as a timestamptz. */
#define SQL_TS(n) "('epoch'::timestamptz + $" #n "::int8 * interval '1 microsecond')"
/* The SQL that reads a timestamptz column as microseconds since the epoch. */
#define SQL_US(col) "(extract(epoch FROM " col ") * 1000000)::int8"

#endif
