/* psl-mentor-list.h — the volunteer mentors, and one mentor with whom they follow and their meetings */
#pragma once

#include <adwaita.h>

#include "psl-page.h"

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_MENTOR_LIST (psl_mentor_list_get_type ())
G_DECLARE_FINAL_TYPE (PslMentorList, psl_mentor_list, PSL, MENTOR_LIST, PslPage)

void        psl_mentor_list_set_store   (PslMentorList *self,
                                         PslStore      *store);
void        psl_mentor_list_reload      (PslMentorList *self);
gboolean    psl_mentor_list_open_mentor (PslMentorList *self,
                                         const char    *mentor_id);
GtkListBox *psl_mentor_list_get_list    (PslMentorList *self);

G_END_DECLS
