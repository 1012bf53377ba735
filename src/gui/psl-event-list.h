/* psl-event-list.h — the events of the structure, the latest first, with who came */
#pragma once

#include <adwaita.h>

#include "psl-page.h"

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_EVENT_LIST (psl_event_list_get_type ())
G_DECLARE_FINAL_TYPE (PslEventList, psl_event_list, PSL, EVENT_LIST, PslPage)

void        psl_event_list_set_store (PslEventList *self,
                                      PslStore     *store);
void        psl_event_list_reload    (PslEventList *self);
GtkListBox *psl_event_list_get_list  (PslEventList *self);

G_END_DECLS
