/* The worker pool: handler threads, each with its own state (a database connection),
 * fed from one FIFO queue of calls. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"
#include "log.h"

typedef struct worker {
    rpc_worker_pool *pool;
    pthread_t thread;
    void *state;
} worker;

struct rpc_worker_pool {
    rpc_server *srv;
    pthread_mutex_t lock;
    pthread_cond_t ready;
    rpc_call *head, *tail;
    bool stopping;
    int n;
    worker *workers;
};

static rpc_call *next_call(rpc_worker_pool *p)
{
    pthread_mutex_lock(&p->lock);
    while (!p->head && !p->stopping)
        pthread_cond_wait(&p->ready, &p->lock);
    rpc_call *c = p->head;
    if (c) {
        p->head = c->next_in_queue;
        if (!p->head)
            p->tail = NULL;
    }
    pthread_mutex_unlock(&p->lock);
    return c;
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    rpc_call *c;
    while ((c = next_call(w->pool)) != NULL)
        call_run_unary(c, w->state);
    return NULL;
}

static void stop_threads(rpc_worker_pool *p, int started)
{
    pthread_mutex_lock(&p->lock);
    p->stopping = true;
    pthread_cond_broadcast(&p->ready);
    pthread_mutex_unlock(&p->lock);
    for (int i = 0; i < started; i++)
        pthread_join(p->workers[i].thread, NULL);
    for (int i = 0; i < p->n; i++)
        if (p->workers[i].state && p->srv->hooks.worker_fini)
            p->srv->hooks.worker_fini(p->workers[i].state);
}

static void pool_free(rpc_worker_pool *p)
{
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->ready);
    free(p->workers);
    free(p);
}

rpc_worker_pool *worker_pool_create(rpc_server *srv, int n, char *err, size_t errlen)
{
    rpc_worker_pool *p = calloc(1, sizeof *p);
    if (!p)
        abort();
    p->srv = srv;
    p->n = n;
    p->workers = calloc((size_t)n, sizeof(worker));
    if (!p->workers)
        abort();
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->ready, NULL);
    for (int i = 0; i < n; i++) {
        p->workers[i].pool = p;
        if (srv->hooks.worker_init) {
            p->workers[i].state = srv->hooks.worker_init(srv->hooks.app, i, err, errlen);
            if (!p->workers[i].state) {
                stop_threads(p, 0);
                pool_free(p);
                return NULL;
            }
        }
    }
    for (int i = 0; i < n; i++) {
        if (pthread_create(&p->workers[i].thread, NULL, worker_main, &p->workers[i]) != 0) {
            snprintf(err, errlen, "cannot start worker thread %d", i);
            stop_threads(p, i);
            pool_free(p);
            return NULL;
        }
    }
    return p;
}

void worker_pool_submit(rpc_worker_pool *p, rpc_call *c)
{
    c->next_in_queue = NULL;
    pthread_mutex_lock(&p->lock);
    if (p->tail)
        p->tail->next_in_queue = c;
    else
        p->head = c;
    p->tail = c;
    pthread_cond_signal(&p->ready);
    pthread_mutex_unlock(&p->lock);
}

void worker_pool_stop(rpc_worker_pool *p)
{
    if (!p)
        return;
    /* workers drain the queue before they see `stopping` with an empty queue */
    stop_threads(p, p->n);
    pool_free(p);
}
