/* psl-field-row.c — form rows bound to one column of a record, whatever the kind of its value */

#define G_LOG_DOMAIN "psl-field-row"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-field-row.h"
#include "psl-format.h"
#include "psl-portfolio.h"
#include "psl-ref.h"

/* Typing is saved after a pause: a line soon, several lines a little
 * later, since one stops to think in the middle of a sentence. */
#define LINE_PAUSE_MS 400
#define TEXT_PAUSE_MS 600

typedef enum
{
  KIND_ENTRY,
  KIND_TEXT,
  KIND_SWITCH,
  KIND_COMBO,
} RowKind;

typedef struct
{
  const PslField  *field;
  RowKind          kind;
  GtkWidget       *editor;      /* the text view or the switch */
  GPtrArray       *items;       /* combo: PslRefItem, in the model's order */
  gboolean         allow_none;  /* combo: the first line is "not said" */
  gboolean         setting;     /* psl_field_row_set_value() at work */
  char            *problem;
  guint            pause_source;
  PslFieldRowSave  save;
  gpointer         user_data;
} RowData;

static void
row_data_free (RowData *d)
{
  g_clear_handle_id (&d->pause_source, g_source_remove);
  g_clear_pointer (&d->items, g_ptr_array_unref);
  g_free (d->problem);
  g_free (d);
}

static RowData *
get_data (GtkWidget *row)
{
  RowData *d = g_object_get_data (G_OBJECT (row), "psl-field-row");

  g_return_val_if_fail (d != NULL, NULL);
  return d;
}

static GtkWidget *
attach (GtkWidget      *row,
        const PslField *field,
        RowKind         kind,
        GtkWidget      *editor)
{
  RowData *d = g_new0 (RowData, 1);

  d->field = field;
  d->kind = kind;
  d->editor = editor;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->label));
  g_object_set_data_full (G_OBJECT (row), "psl-field-row", d, (GDestroyNotify) row_data_free);
  return row;
}

GtkWidget *
psl_field_row_new_entry (const PslField *field)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkInputPurpose purpose = GTK_INPUT_PURPOSE_FREE_FORM;

  /* On-screen keyboards show digits or an @ where it helps. */
  if (field->kind == PSL_FIELD_EMAIL)
    purpose = GTK_INPUT_PURPOSE_EMAIL;
  else if (field->kind == PSL_FIELD_PHONE)
    purpose = GTK_INPUT_PURPOSE_PHONE;
  else if (field->kind == PSL_FIELD_INTEGER)
    purpose = GTK_INPUT_PURPOSE_DIGITS;
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), purpose);
  /* The record's own limit: a whole file pasted stops there, rather than
   * be laid out at length and refused only when saved. */
  gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (row))), PSL_TEXT_MAX);
  return attach (row, field, KIND_ENTRY, NULL);
}

/* Several lines of free text (needs, commitments, notes): an entry row
 * would hide all but the first. */
GtkWidget *
psl_field_row_new_text (const PslField *field)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (_(field->label));
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "caption");
  gtk_widget_add_css_class (title, "dim-label");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 54);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return attach (row, field, KIND_TEXT, view);
}

GtkWidget *
psl_field_row_new_switch (const PslField *field)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  return attach (row, field, KIND_SWITCH, toggle);
}

/* items are PslRefItem: a reference list, the team, or fixed choices. */
GtkWidget *
psl_field_row_new_combo (const PslField *field,
                         GPtrArray      *items,
                         gboolean        allow_none)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  RowData *d;

  if (allow_none)
    gtk_string_list_append (model, _("Not said"));
  for (guint i = 0; items != NULL && i < items->len; i++)
    gtk_string_list_append (model, ((PslRefItem *) g_ptr_array_index (items, i))->label);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));

  attach (row, field, KIND_COMBO, NULL);
  d = get_data (row);
  d->items = items != NULL ? g_ptr_array_ref (items)
                           : g_ptr_array_new_with_free_func ((GDestroyNotify) psl_ref_item_free);
  d->allow_none = allow_none;
  return row;
}

/* Fixed choices as reference items: { code, N_("label"), …, NULL }. */
GPtrArray *
psl_field_row_items (const char * const *codes_and_labels)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_ref_item_free);

  for (guint i = 0; codes_and_labels[i] != NULL && codes_and_labels[i + 1] != NULL; i += 2)
    {
      PslRefItem *item = g_new0 (PslRefItem, 1);

      item->code = g_strdup (codes_and_labels[i]);
      item->label = g_strdup (_(codes_and_labels[i + 1]));
      g_ptr_array_add (items, item);
    }
  return items;
}

/* The row form_row describes, with its choices read from store. */
GtkWidget *
psl_field_row_new_for (PslStore         *store,
                       const PslField   *fields,
                       const PslFormRow *form_row,
                       const char       *parent_id)
{
  const PslField *field = psl_record_find_field (fields, form_row->column);
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (field != NULL, NULL);

  switch (form_row->kind)
    {
    case PSL_FORM_ENTRY:
      return psl_field_row_new_entry (field);

    case PSL_FORM_TEXT:
      return psl_field_row_new_text (field);

    case PSL_FORM_SWITCH:
      return psl_field_row_new_switch (field);

    case PSL_FORM_COMBO:
    case PSL_FORM_CHOICE:
      if (form_row->items != NULL)
        items = psl_field_row_items (form_row->items);
      /* Choices only, read as the form is built: unread, the list is empty, and the form's own read of
       * its record shows the fault. */
      else if (form_row->choices != PSL_CHOICES_NONE)
        items = psl_choices_load (store, form_row->choices, parent_id, NULL); /* See above. */
      else if (field->kind == PSL_FIELD_REF)
        items = psl_ref_list (store, field->ref_list, NULL, NULL); /* See above. */
      else if (field->kind == PSL_FIELD_ID)
        items = psl_portfolio_team (store, NULL); /* See above. */
      if (items == NULL)
        items = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_ref_item_free);
      return psl_field_row_new_combo (field, items, form_row->kind == PSL_FORM_COMBO);

    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
psl_field_row_get_column (GtkWidget *row)
{
  return get_data (row)->field->column;
}

static guint
combo_offset (RowData *d)
{
  return d->allow_none ? 1 : 0;
}

/* The value as psl_record_set() takes it; "" or NULL when empty. */
char *
psl_field_row_get_value (GtkWidget *row)
{
  RowData *d = get_data (row);
  GtkTextIter start, end;
  guint selected;

  switch (d->kind)
    {
    case KIND_ENTRY:
      return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

    case KIND_TEXT:
      gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (d->editor)), &start, &end);
      return gtk_text_iter_get_text (&start, &end);

    case KIND_SWITCH:
      return g_strdup (gtk_switch_get_active (GTK_SWITCH (d->editor)) ? "1" : "0");

    case KIND_COMBO:
      selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));
      if (selected == GTK_INVALID_LIST_POSITION || selected < combo_offset (d) ||
          selected - combo_offset (d) >= d->items->len)
        return NULL;
      return g_strdup (((PslRefItem *) g_ptr_array_index (d->items, selected - combo_offset (d)))->code);

    default:
      g_assert_not_reached ();
    }
}

static guint
combo_position (RowData    *d,
                const char *code)
{
  for (guint i = 0; code != NULL && i < d->items->len; i++)
    if (g_strcmp0 (((PslRefItem *) g_ptr_array_index (d->items, i))->code, code) == 0)
      return i + combo_offset (d);
  return 0;
}

/* Shows a value read from the database: it is good, so any problem shown
 * goes, and nothing is saved. */
void
psl_field_row_set_value (GtkWidget  *row,
                         const char *value)
{
  RowData *d = get_data (row);
  g_autofree char *shown = NULL;

  g_clear_handle_id (&d->pause_source, g_source_remove);
  d->setting = TRUE;
  switch (d->kind)
    {
    case KIND_ENTRY:
      /* Dates are kept as ISO and read the way the user writes them. */
      if (d->field->kind == PSL_FIELD_DATE && value != NULL)
        shown = psl_format_date_short (value);
      /* Months likewise: 2026-03 reads 03/2026. */
      else if (d->field->kind == PSL_FIELD_MONTH && value != NULL && strlen (value) == 7)
        shown = g_strdup_printf ("%.2s/%.4s", value + 5, value);
      gtk_editable_set_text (GTK_EDITABLE (row), shown != NULL ? shown : value != NULL ? value : "");
      break;

    case KIND_TEXT:
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (d->editor)),
                                value != NULL ? value : "", -1);
      break;

    case KIND_SWITCH:
      gtk_switch_set_active (GTK_SWITCH (d->editor), g_strcmp0 (value, "1") == 0);
      break;

    case KIND_COMBO:
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), combo_position (d, value));
      break;

    default:
      g_assert_not_reached ();
    }
  d->setting = FALSE;
  psl_field_row_set_problem (row, NULL);
}

/* The reasons of the group's refused values, written under its rows:
 * a tooltip alone is not seen. */
static void
show_group_problems (GtkWidget *row)
{
  GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *label;

  if (group == NULL)
    return;
  for (GtkWidget *w = gtk_widget_get_first_child (gtk_widget_get_parent (row)); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      RowData *d = g_object_get_data (G_OBJECT (w), "psl-field-row");

      if (d != NULL && d->problem != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", d->problem);
    }

  label = g_object_get_data (G_OBJECT (group), "psl-problem-label");
  if (label == NULL && text->len == 0)
    return;
  if (label == NULL)
    {
      label = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_add_css_class (label, "error");
      /* Not a row: the group puts it under its list. */
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
      g_object_set_data (G_OBJECT (group), "psl-problem-label", label);
    }
  gtk_label_set_text (GTK_LABEL (label), text->str);
  gtk_widget_set_visible (label, text->len > 0);
}

/* A refused value stays on its row, marked, with the reason in its
 * tooltip, under its group and for screen readers; NULL clears it. */
void
psl_field_row_set_problem (GtkWidget  *row,
                           const char *message)
{
  RowData *d = get_data (row);

  if (d->problem == NULL && message == NULL)
    return;
  g_free (d->problem);
  d->problem = g_strdup (message);
  show_group_problems (row);
  gtk_widget_set_tooltip_text (row, message);
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

const char *
psl_field_row_get_problem (GtkWidget *row)
{
  return get_data (row)->problem;
}

void
psl_field_row_flush (GtkWidget *row)
{
  RowData *d = get_data (row);

  if (d->pause_source == 0)
    return;
  g_clear_handle_id (&d->pause_source, g_source_remove);
  d->save (row, d->user_data);
}

static gboolean
on_pause_cb (gpointer data)
{
  GtkWidget *row = data;
  RowData *d = get_data (row);

  d->pause_source = 0;
  d->save (row, d->user_data);
  return G_SOURCE_REMOVE;
}

static void
changed (GtkWidget *row,
         guint      pause_ms)
{
  RowData *d = get_data (row);

  if (d->setting || d->save == NULL)
    return;
  g_clear_handle_id (&d->pause_source, g_source_remove);
  if (pause_ms == 0)
    d->save (row, d->user_data);
  else
    d->pause_source = g_timeout_add (pause_ms, on_pause_cb, row);
}

static void
on_entry_changed_cb (GtkEditable *row,
                     gpointer     user_data)
{
  changed (GTK_WIDGET (row), LINE_PAUSE_MS);
}

static void
on_text_changed_cb (GtkTextBuffer *buffer,
                    GtkWidget     *row)
{
  changed (row, TEXT_PAUSE_MS);
}

static void
on_choice_changed_cb (GObject    *object,
                      GParamSpec *pspec,
                      GtkWidget  *row)
{
  changed (row, 0);
}

void
psl_field_row_watch (GtkWidget       *row,
                     PslFieldRowSave  save,
                     gpointer         user_data)
{
  RowData *d = get_data (row);
  GtkEventController *focus;

  d->save = save;
  d->user_data = user_data;
  switch (d->kind)
    {
    case KIND_ENTRY:
      g_signal_connect (row, "changed", G_CALLBACK (on_entry_changed_cb), NULL);
      break;

    case KIND_TEXT:
      g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (d->editor)), "changed",
                               G_CALLBACK (on_text_changed_cb), row, 0);
      break;

    case KIND_SWITCH:
      g_signal_connect_object (d->editor, "notify::active", G_CALLBACK (on_choice_changed_cb), row, 0);
      return;

    case KIND_COMBO:
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_choice_changed_cb), row);
      return;

    default:
      g_assert_not_reached ();
    }

  /* Leaving a row saves what it still holds back. */
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (psl_field_row_flush), row);
  gtk_widget_add_controller (row, focus);
}
