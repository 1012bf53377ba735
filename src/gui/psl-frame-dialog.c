/* psl-frame-dialog.c — the window to record a confidentiality frame agreed with a partner structure
 *
 * What the two structures agreed (seed 003: "définir le cadre" before
 * sharing): with which partner, from when to when, what may go, who signed
 * on each side, and the partner's key that its packs will be sealed for.
 * This structure's own key is shown to be given to the partner in return.
 * The rules of a frame are core's; a refusal is said at the top.
 */

#define G_LOG_DOMAIN "psl-frame-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-choices.h"
#include "psl-format.h"
#include "psl-frame-dialog.h"
#include "share/psl-share.h"

struct _PslFrameDialog
{
  PslSheet     parent_instance;

  PslStore    *store;
  GPtrArray   *partners;   /* PslRefItem, in the order of the combo */
  GHashTable  *rows;       /* name → row or switch */
};

G_DEFINE_FINAL_TYPE (PslFrameDialog, psl_frame_dialog, PSL_TYPE_SHEET)


static const char *
text_of (PslFrameDialog *self,
         const char     *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (g_hash_table_lookup (self->rows, name)));
}

static gboolean
is_on (PslFrameDialog *self,
       const char     *name)
{
  return gtk_switch_get_active (GTK_SWITCH (g_hash_table_lookup (self->rows, name)));
}

static void
add_entry (PslFrameDialog      *self,
           AdwPreferencesGroup *group,
           const char          *name,
           const char          *title,
           const char          *text)
{
  g_hash_table_insert (self->rows, (gpointer) name, psl_sheet_add_entry (group, title, text));
}

static void
add_switch (PslFrameDialog      *self,
            AdwPreferencesGroup *group,
            const char          *name,
            const char          *title,
            const char          *subtitle,
            gboolean             active)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (row, toggle);
  adw_action_row_set_activatable_widget (row, toggle);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  g_hash_table_insert (self->rows, (gpointer) name, toggle);
}

static void
on_copy_clicked_cb (GtkButton *button,
                    gpointer   user_data)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)),
                          g_object_get_data (G_OBJECT (button), "key"));
}

static void
build_form (PslFrameDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *own_key = psl_share_public_key (self->store, &error);
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) next_year = psl_date_parse (today);
  g_autofree char *from = psl_format_date_short (today);
  g_autofree char *to = NULL;
  AdwPreferencesGroup *group;
  AdwComboRow *partner;

  g_date_add_years (next_year, 1);
  g_date_subtract_days (next_year, 1);
  {
    g_autofree char *iso = psl_date_to_iso (next_year);

    to = psl_format_date_short (iso);
  }

  group = psl_sheet_add_group (PSL_SHEET (self), _("The Partner"),
                               _("The partner structure, and the key its Passerelle shows (passerelle share key, "
                                 "or this same window there): its packs are sealed for it alone."));
  self->partners = psl_choices_load (self->store, PSL_CHOICES_PARTNERS, NULL, &error);
  if (self->partners == NULL)
    /* Said at the top: a frame needs a partner of the directory. */
    psl_sheet_show_problem (PSL_SHEET (self), error->message);
  for (guint i = 0; self->partners != NULL && i < self->partners->len; i++)
    gtk_string_list_append (names, ((PslRefItem *) g_ptr_array_index (self->partners, i))->label);
  partner = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (partner), _("Partner structure"));
  adw_combo_row_set_model (partner, G_LIST_MODEL (names));
  adw_preferences_group_add (group, GTK_WIDGET (partner));
  g_hash_table_insert (self->rows, (gpointer) "partner", partner);
  add_entry (self, group, "key", _("The partner’s key"), NULL);

  group = psl_sheet_add_group (PSL_SHEET (self), _("In Force"), NULL);
  add_entry (self, group, "from", _("First day"), from);
  add_entry (self, group, "to", _("Last day"), to);

  group = psl_sheet_add_group (PSL_SHEET (self), _("What May Be Shared"),
                               _("Never a person’s confidential part, barriers or follow-up, whatever is chosen here."));
  add_switch (self, group, "firms", _("Firms"), _("Name, town, sector, SIRET or BCE number"), TRUE);
  add_switch (self, group, "contacts", _("Their contacts"), _("Name, position, telephone, email"), FALSE);
  add_switch (self, group, "opportunities", _("Open opportunities"), _("Open to the partner’s candidates"), TRUE);
  add_switch (self, group, "profiles", _("Anonymous candidate profiles"),
              _("Project, competences, availability, how far they can travel"), FALSE);
  add_switch (self, group, "named-profiles", _("Named profiles"),
              _("Only of the people who agreed in writing to be presented to this partner"), FALSE);

  group = psl_sheet_add_group (PSL_SHEET (self), _("Signed By"), NULL);
  add_entry (self, group, "signed-by", _("For this structure"), NULL);
  add_entry (self, group, "partner-signed-by", _("For the partner"), NULL);

  group = psl_sheet_add_group (PSL_SHEET (self), _("Our Key"),
                               _("Give it to the partner, for it to record the same frame on its side."));
  {
    AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
    GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");

    adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                   own_key != NULL ? own_key : _("This structure has no key yet"));
    gtk_widget_add_css_class (GTK_WIDGET (row), "monospace");
    gtk_widget_set_tooltip_text (copy, _("Copy the key"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Copy the key"), -1);
    gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (copy, "flat");
    gtk_widget_set_sensitive (copy, own_key != NULL);
    g_object_set_data_full (G_OBJECT (copy), "key", g_steal_pointer (&own_key), g_free);
    g_signal_connect (copy, "clicked", G_CALLBACK (on_copy_clicked_cb), NULL);
    adw_action_row_add_suffix (row, copy);
    adw_preferences_group_add (group, GTK_WIDGET (row));
  }
}

/* A day typed JJ/MM/AAAA as ISO; NULL (and the reason said) when it is none. */
static char *
day_of (PslFrameDialog *self,
        const char     *name,
        const char     *what)
{
  g_autoptr(GDate) date = psl_date_parse_user (text_of (self, name));

  if (date == NULL)
    {
      /* Translators: %s is "the first day" or "the last day" of a frame */
      g_autofree char *problem = g_strdup_printf (_("Give %s of the frame as a date, for example 01/01/2027."), what);

      psl_sheet_show_problem (PSL_SHEET (self), problem);
      gtk_widget_grab_focus (g_hash_table_lookup (self->rows, name));
      return NULL;
    }
  return psl_date_to_iso (date);
}

static char *
trimmed_or_null (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  return *copy != '\0' ? g_steal_pointer (&copy) : NULL;
}

static gboolean
accept (PslSheet *sheet)
{
  PslFrameDialog *self = PSL_FRAME_DIALOG (sheet);
  guint chosen = adw_combo_row_get_selected (g_hash_table_lookup (self->rows, "partner"));
  g_autoptr(GError) error = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *key = trimmed_or_null (text_of (self, "key"));
  g_autofree char *signed_by = trimmed_or_null (text_of (self, "signed-by"));
  g_autofree char *partner_signed_by = trimmed_or_null (text_of (self, "partner-signed-by"));
  g_autofree char *id = NULL;
  PslShareFrame frame = { NULL };

  if (self->partners == NULL || chosen == GTK_INVALID_LIST_POSITION || chosen >= self->partners->len)
    {
      psl_sheet_show_problem (sheet, _("Choose the partner structure: add it to the partners first if it is not there."));
      return FALSE;
    }
  if ((starts = day_of (self, "from", _("the first day"))) == NULL ||
      (ends = day_of (self, "to", _("the last day"))) == NULL)
    return FALSE;

  frame.partner_id = ((PslRefItem *) g_ptr_array_index (self->partners, chosen))->code;
  frame.partner_key = key;
  frame.firms = is_on (self, "firms");
  frame.contacts = is_on (self, "contacts");
  frame.opportunities = is_on (self, "opportunities");
  frame.profiles = is_on (self, "profiles");
  frame.named_profiles = is_on (self, "named-profiles");
  frame.starts_on = starts;
  frame.ends_on = ends;
  frame.signed_by = signed_by;
  frame.partner_signed_by = partner_signed_by;
  if ((id = psl_share_frame_record (self->store, &frame, &error)) == NULL)
    {
      psl_sheet_show_problem (sheet, error->message);
      return FALSE;
    }
  psl_sheet_saved (PSL_SHEET (self), id);
  return TRUE;
}

static void
psl_frame_dialog_dispose (GObject *object)
{
  PslFrameDialog *self = PSL_FRAME_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->partners, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  G_OBJECT_CLASS (psl_frame_dialog_parent_class)->dispose (object);
}

static void
psl_frame_dialog_class_init (PslFrameDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_frame_dialog_dispose;
  PSL_SHEET_CLASS (klass)->accept = accept;
}

static void
psl_frame_dialog_init (PslFrameDialog *self)
{
  self->rows = g_hash_table_new (g_str_hash, g_str_equal);
}

PslFrameDialog *
psl_frame_dialog_new (GtkWindow *parent,
                      PslStore  *store)
{
  PslFrameDialog *self = g_object_new (PSL_TYPE_FRAME_DIALOG, "transient-for", parent,
                                       "title", _("Record a Confidentiality Frame"), NULL);

  self->store = g_object_ref (store);
  /* Wide enough for its title and for a key read whole. */
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 700);
  build_form (self);
  psl_sheet_set_accept_label (PSL_SHEET (self), _("_Record"));
  return self;
}

GtkWidget *
psl_frame_dialog_get_row (PslFrameDialog *self,
                          const char     *name)
{
  g_return_val_if_fail (PSL_IS_FRAME_DIALOG (self), NULL);

  return g_hash_table_lookup (self->rows, name);
}
