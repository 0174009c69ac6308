/* The application's worker hooks and service registration. */
#include "app.h"

#include <stdlib.h>

#include "service.h"

static void *worker_init(void *arg, int index, char *err, size_t errlen)
{
    (void)index;
    app *a = arg;
    db *d = db_connect(a->database_url, a->statement_timeout_ms, err, errlen);
    if (!d)
        return NULL;
    worker_state *w = calloc(1, sizeof *w);
    if (!w)
        abort();
    w->app = a;
    w->db = d;
    return w;
}

static void worker_fini(void *state)
{
    worker_state *w = state;
    db_close(w->db);
    free(w);
}

static void worker_cancel(void *state) { db_cancel(((worker_state *)state)->db); }

rpc_hooks app_rpc_hooks(app *a)
{
    return (rpc_hooks){.app = a, .worker_init = worker_init, .worker_fini = worker_fini,
                       .worker_cancel = worker_cancel};
}

bool app_register_services(rpc_server *srv, app *a, char *err, size_t errlen)
{
    for (const svc_service *const *s = svc_all_services; *s; s++)
        if (!rpc_server_add_service(srv, (*s)->descriptor, svc_lookup, a, err, errlen))
            return false;
    return true;
}
