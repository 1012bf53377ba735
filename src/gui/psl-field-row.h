/* psl-field-row.h — form rows bound to one column of a record, whatever the kind of its value
 *
 * Forms save field by field through psl_record_set(); these rows give
 * every kind of value (a line, several lines, a choice, yes/no) the same
 * get/set/problem calls, so that a form is a loop over its columns.
 */
#pragma once

#include <adwaita.h>

#include "psl-choices.h"
#include "psl-record.h"

G_BEGIN_DECLS

/* Called when the change of row should be saved: at once for a choice,
 * after a pause in typing for text, or when the focus leaves a row still
 * waiting for its pause.  Never called for psl_field_row_set_value(). */
typedef void (*PslFieldRowSave) (GtkWidget *row,
                                 gpointer   user_data);

/* How a form shows a column. */
typedef enum
{
  PSL_FORM_ENTRY,        /* one line */
  PSL_FORM_TEXT,         /* several lines */
  PSL_FORM_SWITCH,       /* yes or no */
  PSL_FORM_COMBO,        /* a choice that may be left unsaid */
  PSL_FORM_CHOICE,       /* a choice that always has a value */
  PSL_FORM_CONTACT,      /* one of the contacts of the record's firm or partner */
} PslFormKind;

/* One row of a form: the list of choices of a combo comes from the
 * column's reference list, from items (codes and untranslated labels,
 * NULL-terminated), from a list of other records named in core (partners,
 * firms…), or else from the team for a staff member. */
typedef struct
{
  const char         *group;   /* the title of its group, N_() */
  const char         *column;
  PslFormKind         kind;
  const char * const *items;
  PslChoiceSource     choices;
} PslFormRow;

/* parent_id is the record the row's choices belong to (a person's
 * placements), when they belong to one. */
GtkWidget  *psl_field_row_new_for     (PslStore           *store,
                                       const PslField     *fields,
                                       const PslFormRow   *form_row,
                                       const char         *parent_id);
GtkWidget  *psl_field_row_new_entry   (const PslField     *field);
GtkWidget  *psl_field_row_new_text    (const PslField     *field);
GtkWidget  *psl_field_row_new_switch  (const PslField     *field);
GtkWidget  *psl_field_row_new_combo   (const PslField     *field,
                                       GPtrArray          *items,
                                       gboolean            allow_none);
GPtrArray  *psl_field_row_items       (const char * const *codes_and_labels);

const char *psl_field_row_get_column  (GtkWidget          *row);
char       *psl_field_row_get_value   (GtkWidget          *row);
void        psl_field_row_set_value   (GtkWidget          *row,
                                       const char         *value);
void        psl_field_row_set_problem (GtkWidget          *row,
                                       const char         *message);
const char *psl_field_row_get_problem (GtkWidget          *row);
void        psl_field_row_watch       (GtkWidget          *row,
                                       PslFieldRowSave     save,
                                       gpointer            user_data);
void        psl_field_row_flush       (GtkWidget          *row);

G_END_DECLS
