/* psl-record-list.h — a group listing the records one parent owns, to add, edit and delete them */
#pragma once

#include <adwaita.h>

#include "psl-record-dialog.h"

G_BEGIN_DECLS

/* What the group lists and how it edits them; the texts are N_(). */
typedef struct
{
  const char          *title;
  const char          *description;
  const char          *empty;          /* said when there is nothing */
  const char          *add_tooltip;    /* NULL: records are added elsewhere */
  const char          *new_title;      /* of the window for a new record */
  const char          *edit_title;
  const char          *deleted;        /* the toast after a deletion */
  const PslRecordForm *form;
  const char          *dated_column;   /* a new record starts there with today */
  PslRecordLinesFunc   lines;
} PslRecordListSpec;

#define PSL_TYPE_RECORD_LIST (psl_record_list_get_type ())
G_DECLARE_FINAL_TYPE (PslRecordList, psl_record_list, PSL, RECORD_LIST, AdwPreferencesGroup)

PslRecordList *psl_record_list_new    (const PslRecordListSpec *spec);
void           psl_record_list_show   (PslRecordList           *self,
                                       PslStore                *store,
                                       const char              *parent_id);
void           psl_record_list_reload (PslRecordList           *self);
guint          psl_record_list_get_n_lines (PslRecordList      *self);

G_END_DECLS
