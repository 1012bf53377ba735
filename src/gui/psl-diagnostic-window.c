/* psl-diagnostic-window.c — the Annexe 3 diagnostic grid, answered by one member of staff at a time
 *
 * The grid is long (59 questions in six parts), so its parts are listed
 * on the left and one is shown at a time, questions in the seed's order
 * and words.  Whoever answers is chosen at the top: each member of the
 * team gives their own answers, and every choice, box and text is saved
 * as it is given, like everywhere in Passerelle.  The window is built
 * from the grid's definition: a later grid needs no new code here.
 */

#define G_LOG_DOMAIN "psl-diagnostic-window"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-diagnostic.h"
#include "psl-diagnostic-report.h"
#include "psl-diagnostic-window.h"
#include "psl-field-row.h"
#include "psl-format.h"
#include "psl-map-report.h"
#include "psl-portfolio.h"
#include "psl-positioning-window.h"
#include "psl-toast.h"

typedef enum
{
  ANSWER_CHOICE,
  ANSWER_TEXT,
  ANSWER_CHECK,
  ANSWER_ROW,
  ANSWER_CELL,
} AnswerKind;

struct _PslDiagnosticWindow
{
  PslChartWindow      parent_instance;

  PslDiagnosticGrid  *grid;
  GPtrArray          *staff_ids;
  char               *staff_id;
  GHashTable         *widgets;      /* "question|part" → the widget answering it */
  GPtrArray          *fields;       /* PslField of the rows, which keep pointers to them */
  GPtrArray          *items;        /* the choices' lists */
  guint               answered;

  GtkDropDown        *staff_dropdown;
  GtkStack           *stack;
  GtkListBox         *sections;
};

G_DEFINE_FINAL_TYPE (PslDiagnosticWindow, psl_diagnostic_window, PSL_TYPE_CHART_WINDOW)

static void
count_answered (PslDiagnosticWindow *self,
                GHashTable          *answers)
{
  GHashTableIter iter;
  gpointer value;
  g_autofree char *subtitle = NULL;

  self->answered = 0;
  g_hash_table_iter_init (&iter, answers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (json_object_get_size (value) > 0)
      self->answered++;
  /* Translators: under the diagnostic window's title */
  subtitle = g_strdup_printf (_("%u of %u questions answered, each saved as it is given"), self->answered,
                              self->grid->questions->len);
  adw_window_title_set_subtitle (psl_chart_window_get_title (PSL_CHART_WINDOW (self)), subtitle);
}

static void
refresh_count (PslDiagnosticWindow *self)
{
  g_autoptr(GHashTable) answers = NULL;
  g_autoptr(GError) error = NULL;

  if (self->staff_id == NULL)
    return;
  answers = psl_diagnostic_load_answers (PSL_CHART_WINDOW_STORE (self), self->grid, self->staff_id, &error);
  psl_toast_error (GTK_WIDGET (self), &error);
  if (answers != NULL)
    count_answered (self, answers);
}

static void
on_row_save_cb (GtkWidget *row,
                gpointer   user_data)
{
  PslDiagnosticWindow *self = user_data;
  const char *question = g_object_get_data (G_OBJECT (row), "psl-question");
  const char *a = g_object_get_data (G_OBJECT (row), "psl-a");
  const char *b = g_object_get_data (G_OBJECT (row), "psl-b");
  AnswerKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "psl-kind"));
  g_autofree char *value = psl_field_row_get_value (row);
  PslStore *store = PSL_CHART_WINDOW_STORE (self);
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  switch (kind)
    {
    case ANSWER_CHOICE:
      ok = psl_diagnostic_set_choice (store, self->grid, self->staff_id, question, value, &error);
      break;
    case ANSWER_TEXT:
      ok = psl_diagnostic_set_text (store, self->grid, self->staff_id, question, a, value, &error);
      break;
    case ANSWER_CHECK:
      ok = psl_diagnostic_set_check (store, self->grid, self->staff_id, question, a,
                                     g_strcmp0 (value, "1") == 0, &error);
      break;
    case ANSWER_ROW:
      ok = psl_diagnostic_set_row (store, self->grid, self->staff_id, question, a, value, &error);
      break;
    case ANSWER_CELL:
    default:
      ok = psl_diagnostic_set_cell (store, self->grid, self->staff_id, question, a, b, value, &error);
      break;
    }
  psl_field_row_set_problem (row, ok ? NULL : error->message);
  if (ok)
    refresh_count (self);
}

static void
on_cell_toggled_cb (GtkCheckButton *button,
                    gpointer        user_data)
{
  PslDiagnosticWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!psl_diagnostic_set_cell (PSL_CHART_WINDOW_STORE (self), self->grid, self->staff_id,
                                g_object_get_data (G_OBJECT (button), "psl-question"),
                                g_object_get_data (G_OBJECT (button), "psl-a"),
                                g_object_get_data (G_OBJECT (button), "psl-b"),
                                gtk_check_button_get_active (button) ? "x" : NULL, &error))
    psl_toast_message (GTK_WIDGET (self), error->message);
  else
    refresh_count (self);
}

static void
remember (PslDiagnosticWindow *self,
          GtkWidget           *widget,
          const char          *question,
          AnswerKind           kind,
          const char          *a,
          const char          *b)
{
  g_object_set_data (G_OBJECT (widget), "psl-question", (gpointer) question);
  g_object_set_data (G_OBJECT (widget), "psl-kind", GUINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (widget), "psl-a", (gpointer) a);
  g_object_set_data (G_OBJECT (widget), "psl-b", (gpointer) b);
  g_hash_table_insert (self->widgets,
                       b != NULL ? g_strdup_printf ("%s|%s/%s", question, a, b)
                                 : g_strdup_printf ("%s|%s", question, a != NULL ? a : ""), widget);
}

static const PslField *
new_field (PslDiagnosticWindow *self,
           const char          *label)
{
  PslField *field = g_new0 (PslField, 1);

  field->column = "answer";
  field->kind = PSL_FIELD_TEXT;
  field->label = label;
  g_ptr_array_add (self->fields, field);
  return field;
}

static GPtrArray *
option_items (GPtrArray *options)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_ref_item_free);

  for (guint i = 0; i < options->len; i++)
    {
      const PslDiagnosticOption *option = g_ptr_array_index (options, i);
      PslRefItem *item = g_new0 (PslRefItem, 1);

      item->code = g_strdup (option->code);
      item->label = g_strdup (option->label);
      g_ptr_array_add (items, item);
    }
  return items;
}

static JsonObject *
member (JsonObject *answer,
        const char *name)
{
  JsonNode *node = answer != NULL ? json_object_get_member (answer, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char *
string_in (JsonObject *object,
           const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

/* A row saved through on_row_save_cb, showing value first. */
static void
add_row (PslDiagnosticWindow *self,
         GtkWidget           *parent,
         GtkWidget           *row,
         const char          *value,
         const char          *question,
         AnswerKind           kind,
         const char          *a,
         const char          *b)
{
  psl_field_row_set_value (row, value);
  remember (self, row, question, kind, a, b);
  psl_field_row_watch (row, on_row_save_cb, self);
  if (ADW_IS_EXPANDER_ROW (parent))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (parent), row);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), row);
}

static GtkWidget *
combo (PslDiagnosticWindow *self,
       const char          *label,
       GPtrArray           *options)
{
  GPtrArray *items = option_items (options);

  g_ptr_array_add (self->items, items);
  return psl_field_row_new_combo (new_field (self, label), items, TRUE);
}

/* The network × phase table: a box to tick in each cell. */
static void
add_tick_grid (PslDiagnosticWindow         *self,
               AdwPreferencesGroup         *group,
               const PslDiagnosticQuestion *q,
               JsonObject                  *cells)
{
  GtkWidget *table = gtk_grid_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_grid_set_column_spacing (GTK_GRID (table), 12);
  gtk_grid_set_row_spacing (GTK_GRID (table), 4);
  gtk_widget_set_margin_start (table, 12);
  gtk_widget_set_margin_end (table, 12);
  gtk_widget_set_margin_top (table, 8);
  gtk_widget_set_margin_bottom (table, 8);
  for (guint c = 0; c < q->columns->len; c++)
    {
      const PslDiagnosticOption *column = g_ptr_array_index (q->columns, c);
      GtkWidget *label = gtk_label_new (column->label);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_grid_attach (GTK_GRID (table), label, (int) c + 1, 0, 1, 1);
    }
  for (guint r = 0; r < q->rows->len; r++)
    {
      const PslDiagnosticOption *row = g_ptr_array_index (q->rows, r);
      GtkWidget *label = gtk_label_new (row->label);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (GTK_GRID (table), label, 0, (int) r + 1, 1, 1);
      for (guint c = 0; c < q->columns->len; c++)
        {
          const PslDiagnosticOption *column = g_ptr_array_index (q->columns, c);
          GtkWidget *button = gtk_check_button_new ();
          g_autofree char *key = g_strdup_printf ("%s/%s", row->code, column->code);
          /* Translators: the accessible name of a box of the network × phase table */
          g_autofree char *name = g_strdup_printf (_("%s, %s"), row->label, column->label);

          gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (button),
                                       cells != NULL && json_object_has_member (cells, key));
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          remember (self, button, q->code, ANSWER_CELL, row->code, column->code);
          g_signal_connect (button, "toggled", G_CALLBACK (on_cell_toggled_cb), self);
          gtk_grid_attach (GTK_GRID (table), button, (int) c + 1, (int) r + 1, 1, 1);
        }
    }
  gtk_frame_set_child (GTK_FRAME (frame), table);
  adw_preferences_group_add (group, frame);
}

/* The comparison and the target read the whole base: made on the
 * database worker, shown when ready. */
static gpointer
make_comparison (PslStore     *store,
                 gpointer      data,
                 GCancellable *cancellable,
                 GError      **error)
{
  return psl_diagnostic_report_new (store, error);
}

static gpointer
make_target (PslStore     *store,
             gpointer      data,
             GCancellable *cancellable,
             GError      **error)
{
  /* The target of the last twelve months, rings by how often. */
  g_autoptr(GDate) today = g_date_new ();
  g_autoptr(GDate) year_ago = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  PslMapFilter filter = { NULL, NULL, NULL, NULL, NULL, NULL, PSL_MAP_RINGS_FREQUENCY, 2000 };

  g_date_set_time_t (today, time (NULL));
  year_ago = g_date_copy (today);
  g_date_subtract_years (year_ago, 1);
  filter.from = from = psl_date_to_iso (year_ago);
  filter.to = to = psl_date_to_iso (today);
  return psl_map_report_load (store, &filter, error);
}

static void
on_tool_clicked_cb (GtkButton *button,
                    gpointer   user_data)
{
  PslDiagnosticWindow *self = user_data;
  const char *tool = g_object_get_data (G_OBJECT (button), "psl-tool");

  if (g_strcmp0 (tool, "positioning") == 0)
    gtk_window_present (GTK_WINDOW (psl_positioning_window_new (GTK_WINDOW (self), PSL_CHART_WINDOW_STORE (self))));
  else
    psl_chart_window_show_document (PSL_CHART_WINDOW (self), make_target);
}

static void
add_tool (PslDiagnosticWindow         *self,
          AdwPreferencesGroup         *group,
          const PslDiagnosticQuestion *q)
{
  gboolean positioning = g_strcmp0 (q->tool, "positioning") == 0;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (positioning ? _("_Fill In the Positioning…")
                                                                : _("_See the Target…"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), positioning
    ? _("The structure’s positioning is filled in once for the team, with its own table.")
    : _("The target is drawn from the partnerships recorded: how often each one was in touch."));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "psl-tool", q->tool);
  g_signal_connect (button, "clicked", G_CALLBACK (on_tool_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (group, row);
}

/* A group's title is cut at one line in libadwaita 1.2; the grid's
 * wording must be read whole, so its label is let wrap. */
static gboolean
wrap_title (GtkWidget  *widget,
            const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), title) == 0)
        {
          gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_NONE);
          gtk_label_set_wrap (GTK_LABEL (child), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
          return TRUE;
        }
      if (!GTK_IS_LIST_BOX (child) && wrap_title (child, title))
        return TRUE;
    }
  return FALSE;
}

static void
set_group_title (GtkWidget  *group,
                 const char *title)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  wrap_title (group, title);
}

static void
add_question (PslDiagnosticWindow         *self,
              AdwPreferencesPage          *page,
              const PslDiagnosticQuestion *q,
              JsonObject                  *answer)
{
  GtkWidget *group = adw_preferences_group_new ();
  /* Translators: a question of the diagnostic grid: its number and its wording */
  g_autofree char *title = g_strdup_printf (_("%u. %s"), q->number, q->label);
  JsonObject *object;

  set_group_title (group, title);
  if (q->hint != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), q->hint);
  switch (q->kind)
    {
    case PSL_DIAGNOSTIC_CHOICE:
      add_row (self, group, combo (self, N_("Answer"), q->options), string_in (answer, "choice"),
               q->code, ANSWER_CHOICE, NULL, NULL);
      break;
    case PSL_DIAGNOSTIC_ROWS:
      object = member (answer, "rows");
      for (guint r = 0; r < q->rows->len; r++)
        {
          const PslDiagnosticOption *row = g_ptr_array_index (q->rows, r);

          add_row (self, group, combo (self, row->label, q->options), string_in (object, row->code),
                   q->code, ANSWER_ROW, row->code, NULL);
        }
      break;
    case PSL_DIAGNOSTIC_GRID:
      object = member (answer, "cells");
      if (!q->cell_text)
        add_tick_grid (self, ADW_PREFERENCES_GROUP (group), q, object);
      else
        for (guint r = 0; r < q->rows->len; r++)
          {
            const PslDiagnosticOption *row = g_ptr_array_index (q->rows, r);
            GtkWidget *expander = adw_expander_row_new ();

            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), row->label);
            adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
            for (guint c = 0; c < q->columns->len; c++)
              {
                const PslDiagnosticOption *column = g_ptr_array_index (q->columns, c);
                g_autofree char *key = g_strdup_printf ("%s/%s", row->code, column->code);

                add_row (self, expander, psl_field_row_new_entry (new_field (self, column->label)),
                         string_in (object, key), q->code, ANSWER_CELL, row->code, column->code);
              }
          }
      break;
    case PSL_DIAGNOSTIC_TOOL:
      add_tool (self, ADW_PREFERENCES_GROUP (group), q);
      break;
    case PSL_DIAGNOSTIC_TEXT:
    default:
      break;
    }
  object = member (answer, "checks");
  for (guint c = 0; q->checks != NULL && c < q->checks->len; c++)
    {
      const PslDiagnosticOption *check = g_ptr_array_index (q->checks, c);

      add_row (self, group, psl_field_row_new_switch (new_field (self, check->label)),
               object != NULL && json_object_has_member (object, check->code) ? "1" : "0",
               q->code, ANSWER_CHECK, check->code, NULL);
    }
  object = member (answer, "texts");
  for (guint t = 0; t < q->texts->len; t++)
    {
      const PslDiagnosticOption *text = g_ptr_array_index (q->texts, t);

      add_row (self, group, psl_field_row_new_text (new_field (self, *text->label != '\0' ? text->label
                                                                                          : N_("Your answer"))),
               string_in (object, text->code), q->code, ANSWER_TEXT, text->code, NULL);
    }
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
}

/* Everything again, for the member now answering. */
static void
build_pages (PslDiagnosticWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) answers = NULL;
  const char *visible = gtk_stack_get_visible_child_name (self->stack);
  g_autofree char *shown = g_strdup (visible);
  AdwPreferencesPage *page = NULL;
  const char *section = NULL;
  GtkWidget *child;
  guint n = 0;

  /* The parts' titles are long: a list of wrapped labels rather than
   * a GtkStackSidebar, which would make the window as wide as them. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections))) != NULL)
    gtk_list_box_remove (self->sections, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stack))) != NULL)
    gtk_stack_remove (self->stack, child);
  g_hash_table_remove_all (self->widgets);
  /* The rows that pointed at them are gone with the pages. */
  g_ptr_array_set_size (self->fields, 0);
  g_ptr_array_set_size (self->items, 0);
  if (self->staff_id == NULL)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Member of Staff Yet"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("Each member of the team answers the grid on their own: add the team in "
                                         "the preferences first."));
      gtk_stack_add_named (self->stack, status, "empty");
      return;
    }
  answers = psl_diagnostic_load_answers (PSL_CHART_WINDOW_STORE (self), self->grid, self->staff_id, &error);
  if (answers == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      answers = g_hash_table_new (g_str_hash, g_str_equal);
    }
  for (guint i = 0; i < self->grid->questions->len; i++)
    {
      const PslDiagnosticQuestion *q = g_ptr_array_index (self->grid->questions, i);

      if (q->section != section)
        {
          g_autofree char *name = g_strdup_printf ("section-%u", n++);

          GtkWidget *label = gtk_label_new (q->section);

          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_set_margin_top (label, 6);
          gtk_widget_set_margin_bottom (label, 6);
          gtk_list_box_append (self->sections, label);
          page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
          gtk_stack_add_named (self->stack, GTK_WIDGET (page), name);
          section = q->section;
        }
      if (q->starts_part && (*q->part != '\0' || q->part_note != NULL))
        {
          GtkWidget *part = adw_preferences_group_new ();

          set_group_title (part, q->part);
          if (q->part_note != NULL)
            adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (part), q->part_note);
          gtk_widget_add_css_class (part, "diagnostic-part");
          adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (part));
        }
      add_question (self, page, q, g_hash_table_lookup (answers, q->code));
    }
  if (shown == NULL || gtk_stack_get_child_by_name (self->stack, shown) == NULL)
    {
      g_free (shown);
      shown = g_strdup ("section-0");
    }
  gtk_stack_set_visible_child_name (self->stack, shown);
  gtk_list_box_select_row (self->sections,
                           gtk_list_box_get_row_at_index (self->sections, (int) g_ascii_strtoull (shown + 8, NULL, 10)));
  count_answered (self, answers);
}

static void
on_section_selected_cb (GtkListBox    *box,
                        GtkListBoxRow *row,
                        gpointer       user_data)
{
  PslDiagnosticWindow *self = user_data;
  g_autofree char *name = NULL;

  if (row == NULL)
    return;
  name = g_strdup_printf ("section-%d", gtk_list_box_row_get_index (row));
  if (gtk_stack_get_child_by_name (self->stack, name) != NULL)
    gtk_stack_set_visible_child_name (self->stack, name);
}

static void
on_staff_selected_cb (GtkDropDown *dropdown,
                      GParamSpec  *pspec,
                      gpointer     user_data)
{
  PslDiagnosticWindow *self = user_data;
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected >= self->staff_ids->len)
    return;
  psl_diagnostic_window_set_staff (self, g_ptr_array_index (self->staff_ids, selected));
}

/* Texts still waiting for their pause are saved before leaving them. */
static void
flush_all (PslChartWindow *window)
{
  PslDiagnosticWindow *self = PSL_DIAGNOSTIC_WINDOW (window);
  GHashTableIter iter;
  gpointer widget;

  g_hash_table_iter_init (&iter, self->widgets);
  while (g_hash_table_iter_next (&iter, NULL, &widget))
    if (!GTK_IS_CHECK_BUTTON (widget))
      psl_field_row_flush (widget);
}


static void
on_export_response_cb (GtkNativeDialog     *chooser,
                       int                  response,
                       PslDiagnosticWindow *self)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr(GError) error = NULL;

  if (path != NULL)
    {
      if (!psl_diagnostic_export (PSL_CHART_WINDOW_STORE (self), path, &error))
        psl_toast_message (GTK_WIDGET (self), error->message);
      else
        psl_toast_message (GTK_WIDGET (self), _("The structure’s answers are exported: send the file to the "
                                                "coordinating structure."));
    }
  g_object_unref (chooser);
}

static void
on_import_response_cb (GtkNativeDialog     *chooser,
                       int                  response,
                       PslDiagnosticWindow *self)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  gboolean replaced = FALSE;

  if (path != NULL)
    {
      if (!psl_diagnostic_import (PSL_CHART_WINDOW_STORE (self), path, &name, &replaced, &error))
        psl_toast_message (GTK_WIDGET (self), error->message);
      else
        {
          g_autofree char *message = replaced
            /* Translators: %s is the name of a structure */
            ? g_strdup_printf (_("The answers of “%s” replace those imported before."), name)
            : g_strdup_printf (_("The answers of “%s” are imported: the comparison shows them."), name);

          psl_toast_message (GTK_WIDGET (self), message);
        }
    }
  g_object_unref (chooser);
}

static GtkFileFilter *
diagnostic_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Diagnostics of structures (.psl-diag)"));
  gtk_file_filter_add_pattern (filter, "*.psl-diag");
  return filter;
}

static void
exchange_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  PslDiagnosticWindow *self = PSL_DIAGNOSTIC_WINDOW (widget);
  gboolean export = g_strcmp0 (action_name, "diagnostic.export") == 0;
  g_autoptr(GtkFileFilter) filter = diagnostic_filter ();
  GtkFileChooserNative *chooser;

  flush_all (PSL_CHART_WINDOW (self));
  chooser = gtk_file_chooser_native_new (export ? _("Export the Structure’s Answers")
                                                : _("Import Another Structure’s Answers"),
                                         GTK_WINDOW (self),
                                         export ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         export ? _("_Export") : _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (export)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("diagnostic.psl-diag"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export ? on_export_response_cb : on_import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
psl_diagnostic_window_dispose (GObject *object)
{
  PslDiagnosticWindow *self = PSL_DIAGNOSTIC_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_DIAGNOSTIC_WINDOW);
  G_OBJECT_CLASS (psl_diagnostic_window_parent_class)->dispose (object);
}

static void
psl_diagnostic_window_finalize (GObject *object)
{
  PslDiagnosticWindow *self = PSL_DIAGNOSTIC_WINDOW (object);

  g_clear_pointer (&self->widgets, g_hash_table_unref);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->staff_ids, g_ptr_array_unref);
  g_clear_pointer (&self->grid, psl_diagnostic_grid_free);
  g_free (self->staff_id);
  G_OBJECT_CLASS (psl_diagnostic_window_parent_class)->finalize (object);
}

static void
psl_diagnostic_window_class_init (PslDiagnosticWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PslChartWindowClass *chart_class = PSL_CHART_WINDOW_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_diagnostic_window_dispose;
  chart_class->flush = flush_all;
  chart_class->document_job = make_comparison;
  G_OBJECT_CLASS (klass)->finalize = psl_diagnostic_window_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-diagnostic-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PslDiagnosticWindow, staff_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PslDiagnosticWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PslDiagnosticWindow, sections);
  psl_chart_window_class_set_print_action (widget_class, "diagnostic.print");
  gtk_widget_class_install_action (widget_class, "diagnostic.export", NULL, exchange_action);
  gtk_widget_class_install_action (widget_class, "diagnostic.import", NULL, exchange_action);
}

static void
psl_diagnostic_window_init (PslDiagnosticWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->widgets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->fields = g_ptr_array_new_with_free_func (g_free);
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->staff_ids = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (self->sections, "row-selected", G_CALLBACK (on_section_selected_cb), self);
}

PslDiagnosticWindow *
psl_diagnostic_window_new (GtkWindow *parent,
                           PslStore  *store)
{
  PslDiagnosticWindow *self = g_object_new (PSL_TYPE_DIAGNOSTIC_WINDOW, "transient-for", parent, "store", store,
                                            NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) team = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self->grid = psl_diagnostic_grid_load (store, PSL_DIAGNOSTIC_GRID_CODE, &error);
  if (self->grid == NULL)
    {
      /* The grid ships with the program: only a broken base lands here. */
      g_warning ("Diagnostic grid: %s", error->message);
      return self;
    }
  adw_window_title_set_title (psl_chart_window_get_title (PSL_CHART_WINDOW (self)), self->grid->title);
  /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
  team = psl_portfolio_team (store, NULL);
  for (guint i = 0; team != NULL && i < team->len; i++)
    {
      PslRefItem *member = g_ptr_array_index (team, i);

      gtk_string_list_append (names, member->label);
      g_ptr_array_add (self->staff_ids, g_strdup (member->code));
    }
  gtk_drop_down_set_model (self->staff_dropdown, G_LIST_MODEL (names));
  if (self->staff_ids->len > 0)
    self->staff_id = g_strdup (g_ptr_array_index (self->staff_ids, 0));
  gtk_widget_set_sensitive (GTK_WIDGET (self->staff_dropdown), self->staff_ids->len > 0);
  g_signal_connect (self->staff_dropdown, "notify::selected", G_CALLBACK (on_staff_selected_cb), self);
  build_pages (self);
  return self;
}

const char *
psl_diagnostic_window_get_staff (PslDiagnosticWindow *self)
{
  g_return_val_if_fail (PSL_IS_DIAGNOSTIC_WINDOW (self), NULL);
  return self->staff_id;
}

void
psl_diagnostic_window_set_staff (PslDiagnosticWindow *self,
                                 const char          *staff_id)
{
  g_return_if_fail (PSL_IS_DIAGNOSTIC_WINDOW (self));
  if (g_strcmp0 (staff_id, self->staff_id) == 0 || self->grid == NULL)
    return;
  flush_all (PSL_CHART_WINDOW (self));
  g_free (self->staff_id);
  self->staff_id = g_strdup (staff_id);
  for (guint i = 0; i < self->staff_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->staff_ids, i), staff_id) == 0
        && gtk_drop_down_get_selected (self->staff_dropdown) != i)
      gtk_drop_down_set_selected (self->staff_dropdown, i);
  build_pages (self);
}

GtkWidget *
psl_diagnostic_window_get_widget (PslDiagnosticWindow *self,
                                  const char          *question,
                                  const char          *part)
{
  g_autofree char *key = g_strdup_printf ("%s|%s", question, part != NULL ? part : "");

  g_return_val_if_fail (PSL_IS_DIAGNOSTIC_WINDOW (self), NULL);
  return g_hash_table_lookup (self->widgets, key);
}

guint
psl_diagnostic_window_get_answered (PslDiagnosticWindow *self)
{
  g_return_val_if_fail (PSL_IS_DIAGNOSTIC_WINDOW (self), 0);
  return self->answered;
}
