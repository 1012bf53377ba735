/* psl-prepare.h — what the user will likely open next, made once the worker and the main loop are free */
#pragma once

#include <gio/gio.h>

#include "psl-store.h"

G_BEGIN_DECLS

/* Calls make (data) on the main loop, alone in an idle moment, once every
 * job asked of store so far is done; never once cancellable is cancelled. */
void psl_prepare_later (PslStore     *store,
                        GCancellable *cancellable,
                        GSourceFunc   make,
                        gpointer      data);

G_END_DECLS
