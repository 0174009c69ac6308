/* The last resort of a drain: when the server has not stopped some time after the grace
 * period (a handler busy computing cannot be cancelled), the process exits. Nothing is
 * half-written: PostgreSQL rolls back the open transactions of the closed connections. */
#ifndef EDUBADGES_SHUTDOWN_WATCHDOG_H
#define EDUBADGES_SHUTDOWN_WATCHDOG_H

/* After deadline_ms, logs and exits the process with status 3 unless it ended before. */
void shutdown_watchdog_start(int deadline_ms);

#endif
