/* A detached thread that ends a drain which overran its deadline. */
#include "shutdown_watchdog.h"

#include <pthread.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>

#include "log.h"

static void *watch(void *arg)
{
    int ms = (int)(intptr_t)arg;
    struct timespec t = {ms / 1000, (long)(ms % 1000) * 1000000};
    while (nanosleep(&t, &t) != 0)
        ;
    log_json(LOG_ERROR, json_pack("{s:s, s:i}", "event", "drain_overrun", "after_ms", ms));
    _exit(3);
}

void shutdown_watchdog_start(int deadline_ms)
{
    pthread_t t;
    if (pthread_create(&t, NULL, watch, (void *)(intptr_t)deadline_ms) == 0)
        pthread_detach(t);
}
