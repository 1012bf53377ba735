/* psl-record-list.h — a group listing the records one parent owns, to add, edit and delete them */
#pragma once

#include <adwaita.h>

#include "psl-record-dialog.h"

G_BEGIN_DECLS

/* A button on the rows of a list, for something more than editing the
 * record: print it, evaluate it…  why_not returns NULL when the action
 * applies to the record, "" to leave the button out, or a sentence saying
 * why it cannot be done now: the button then says so instead of acting. */
typedef struct
{
  const char *icon_name;
  const char *tooltip;                  /* N_() */
  char     *(*why_not)  (PslStore   *store,
                         const char *id);
  void      (*activate) (GtkWidget  *list,
                         PslStore   *store,
                         const char *id);
} PslRecordRowAction;

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
  const PslRecordRowAction *row_actions; /* ends with an empty one; or NULL */
  /* The heading of the column that says a record is done ("Lifted"): a
   * list that has one exports what it shows, to XLSX or CSV. */
  const char          *done_header;
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
