/* The HTTP side's database connections. */
#include "db_pool.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

struct db_pool {
    const char *database_url;
    int64_t statement_timeout_ms;
    int size;
    pthread_mutex_t lock;
    pthread_cond_t freed;
    db **conns; /* NULL until first used */
    bool *busy;
};

db_pool *db_pool_create(const char *database_url, int64_t statement_timeout_ms, int size)
{
    db_pool *p = calloc(1, sizeof *p);
    if (!p)
        abort();
    p->database_url = database_url;
    p->statement_timeout_ms = statement_timeout_ms;
    p->size = size;
    p->conns = calloc((size_t)size, sizeof *p->conns);
    p->busy = calloc((size_t)size, sizeof *p->busy);
    if (!p->conns || !p->busy)
        abort();
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->freed, NULL);
    return p;
}

db *db_pool_acquire(db_pool *p, char *err, size_t errlen)
{
    pthread_mutex_lock(&p->lock);
    int slot = -1;
    while (slot < 0) {
        for (int i = 0; i < p->size && slot < 0; i++)
            if (!p->busy[i])
                slot = i;
        if (slot < 0)
            pthread_cond_wait(&p->freed, &p->lock);
    }
    p->busy[slot] = true;
    pthread_mutex_unlock(&p->lock);

    db *d = p->conns[slot];
    if (!d)
        d = p->conns[slot] = db_connect(p->database_url, p->statement_timeout_ms, err, errlen);
    else if (!db_ensure(d)) {
        snprintf(err, errlen, "the database is unreachable");
        d = NULL;
    }
    if (!d) {
        pthread_mutex_lock(&p->lock);
        p->busy[slot] = false;
        pthread_cond_signal(&p->freed);
        pthread_mutex_unlock(&p->lock);
    }
    return d;
}

void db_pool_release(db_pool *p, db *d)
{
    pthread_mutex_lock(&p->lock);
    for (int i = 0; i < p->size; i++)
        if (p->conns[i] == d)
            p->busy[i] = false;
    pthread_cond_signal(&p->freed);
    pthread_mutex_unlock(&p->lock);
}

void db_pool_destroy(db_pool *p)
{
    if (!p)
        return;
    for (int i = 0; i < p->size; i++)
        db_close(p->conns[i]);
    pthread_cond_destroy(&p->freed);
    pthread_mutex_destroy(&p->lock);
    free(p->conns);
    free(p->busy);
    free(p);
}
