/* psl-table-view.h — a sortable, filterable table of records read on the database worker
 *
 * The lists of firms and of people share it: a filter entry and its
 * drop-downs above, a count, a spinner while reading, an empty page that
 * says why, and a column view whose columns are described by a table of
 * getters.  What the filter keeps is decided by the owner.
 */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

typedef const char *(*PslTableGetter) (gpointer item);
typedef void        (*PslTableKeep)   (GPtrArray *rows,
                                       GPtrArray *kept,
                                       gpointer   user_data);

typedef enum
{
  PSL_TABLE_TEXT,
  PSL_TABLE_DATE,       /* ISO date shown short */
  PSL_TABLE_DUE,        /* a date shown as late when past */
} PslTableKind;

typedef struct
{
  const char     *title;   /* N_() */
  PslTableGetter  get;
  PslTableKind    kind;
  int             width;   /* the first column's is a minimum: it takes the room left */
  PslTableGetter  key;     /* the text folded, when the rows keep it so; or NULL */
} PslTableColumn;

/* What the table says of itself, all N_() but the count. */
typedef struct
{
  const char *placeholder;        /* in the filter entry */
  const char *accessible_label;   /* of the table */
  const char *(*count_format) (gulong n);  /* g_dngettext of "%s firm", "%s firms" */
  const char *new_tooltip;        /* the add button, or NULL for none */
  const char *new_action;
  const char *icon_name;          /* of the empty page */
  const char *empty_title;
  const char *empty_description;
  const char *no_match_title;
  gboolean    personal;           /* its rows name people: exports journaled */
} PslTableTexts;

#define PSL_TYPE_TABLE_VIEW (psl_table_view_get_type ())
G_DECLARE_FINAL_TYPE (PslTableView, psl_table_view, PSL, TABLE_VIEW, GtkWidget)

PslTableView *psl_table_view_new            (const PslTableTexts   *texts,
                                             const PslTableColumn  *columns,
                                             guint                  n_columns,
                                             GType                  item_type);
/* What the filter keeps: each row that match accepts; or, for a page
 * that counts as it filters, the rows that keep adds to kept, without a
 * reference (one pass over rows, in their order). */
void          psl_table_view_set_filter     (PslTableView          *self,
                                             GtkCustomFilterFunc    match,
                                             gpointer               user_data);
void          psl_table_view_set_keep       (PslTableView          *self,
                                             PslTableKeep           keep,
                                             gpointer               user_data);
GtkDropDown  *psl_table_view_add_dropdown   (PslTableView          *self,
                                             const char            *all_label,
                                             const char            *accessible_label,
                                             GPtrArray             *ref_items);
GtkDropDown  *psl_table_view_add_choices    (PslTableView          *self,
                                             const char            *accessible_label,
                                             const char * const    *labels);
const char   *psl_table_view_selected_code  (GtkDropDown           *dropdown,
                                             GPtrArray             *ref_items);
void          psl_table_view_select_code    (GtkDropDown           *dropdown,
                                             GPtrArray             *ref_items,
                                             const char            *code);
void          psl_table_view_add_toggle     (PslTableView          *self,
                                             GtkToggleButton       *toggle);
void          psl_table_view_add_end        (PslTableView          *self,
                                             GtkWidget             *widget);
/* job returns a GPtrArray of records (item_type), owning them. */
void          psl_table_view_load           (PslTableView          *self,
                                             PslStore              *store,
                                             PslStoreJob            job);
/* job reads what the table shows at first; rest the other rows, read only
 * once psl_table_view_read_rest () asks for them, then again with the
 * first part at each reload.  psl_table_view_is_loading () holds until
 * what was asked for is in.  A rest job is handed the rows read before
 * it (a GPtrArray) as its data. */
void          psl_table_view_load_in_parts  (PslTableView          *self,
                                             PslStore              *store,
                                             PslStoreJob            job,
                                             PslStoreJob            rest);
/* The same in three parts: job, then rest once psl_table_view_read_next ()
 * or psl_table_view_read_rest () asks for it, then later once
 * psl_table_view_read_rest () does. */
void          psl_table_view_load_in_parts_then (PslTableView      *self,
                                             PslStore              *store,
                                             PslStoreJob            job,
                                             PslStoreJob            rest,
                                             PslStoreJob            later);
/* A filter now reaches beyond the first part: its rows are read, once;
 * every part left, after each reload too. */
void          psl_table_view_read_rest      (PslTableView          *self);
/* The next part only, after the one being read. */
void          psl_table_view_read_next      (PslTableView          *self);
/* How many parts are in (0 while the first is read). */
guint         psl_table_view_get_n_parts_read (PslTableView        *self);
void          psl_table_view_refilter       (PslTableView          *self);
gboolean      psl_table_view_is_loading     (PslTableView          *self);
char * const *psl_table_view_get_words      (PslTableView          *self);
void          psl_table_view_set_text       (PslTableView          *self,
                                             const char            *text);
guint         psl_table_view_get_n_shown    (PslTableView          *self);
guint         psl_table_view_get_n_total    (PslTableView          *self);
gpointer      psl_table_view_get_selected   (PslTableView          *self);
GListModel   *psl_table_view_get_shown      (PslTableView          *self);
/* The rows shown, filtered and sorted as on screen, with the columns'
 * titles, to .csv or .xlsx by the file's ending. */
gboolean      psl_table_view_export         (PslTableView          *self,
                                             const char            *path,
                                             GError               **error);

G_END_DECLS
