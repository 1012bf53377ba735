/* psl-clause-dialog.c — the windows to record a public contract with a social clause, and the hours done on it
 *
 * One sheet for both: the contract as the buyer wrote it (title, lot,
 * number, buyer, dates, hours owed), or a line of hours — who, through
 * their placement at the firm, from when to when, how many.  The rules are
 * core's; a refusal is said at the top and the window stays open.
 */

#define G_LOG_DOMAIN "psl-clause-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-clause.h"
#include "psl-clause-dialog.h"
#include "psl-format.h"

struct _PslClauseDialog
{
  PslSheet     parent_instance;

  PslStore    *store;
  char        *company_id;
  char        *contract_id;   /* the contract changed, or the one the hours are for */
  gboolean     hours;         /* the window of a line of hours */
  GPtrArray   *candidates;    /* PslClauseCandidate, in the order of the combo */
  GHashTable  *rows;          /* name → entry row or combo */
};

G_DEFINE_FINAL_TYPE (PslClauseDialog, psl_clause_dialog, PSL_TYPE_SHEET)

static const char *
text_of (PslClauseDialog *self,
         const char      *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (g_hash_table_lookup (self->rows, name)));
}

static void
add_entry (PslClauseDialog     *self,
           AdwPreferencesGroup *group,
           const char          *name,
           const char          *title,
           const char          *text)
{
  g_hash_table_insert (self->rows, (gpointer) name, psl_sheet_add_entry (group, title, text));
}

static gboolean
refused (PslClauseDialog *self,
         const char      *row,
         const char      *message)
{
  psl_sheet_show_problem (PSL_SHEET (self), message);
  if (row != NULL)
    gtk_widget_grab_focus (g_hash_table_lookup (self->rows, row));
  return FALSE;
}

/* A day typed JJ/MM/AAAA as ISO, or NULL when it is none: core says why. */
static char *
day_of (PslClauseDialog *self,
        const char      *name)
{
  g_autoptr(GDate) date = psl_date_parse_user (text_of (self, name));

  return date != NULL ? psl_date_to_iso (date) : NULL;
}

/* "1 500", "7,5", "12.5" → the number; FALSE when it is not one. */
static gboolean
hours_of (PslClauseDialog *self,
          double          *hours)
{
  GString *plain = g_string_new (NULL);
  g_autofree char *text = NULL;
  char *end = NULL;

  for (const char *p = text_of (self, "hours"); *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',')
        g_string_append_c (plain, '.');
      else if (!g_unichar_isspace (c) && c != 0x202f && c != 0xa0)
        g_string_append_unichar (plain, c);
    }
  text = g_string_free (plain, FALSE);
  *hours = g_ascii_strtod (text, &end);
  return *text != '\0' && end != NULL && *end == '\0';
}

static gboolean
accept_contract (PslClauseDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *starts = day_of (self, "from");
  g_autofree char *ends = day_of (self, "to");
  g_autofree char *id = NULL;
  PslClauseContract c = { self->contract_id, self->company_id, (char *) text_of (self, "title"),
                          (char *) text_of (self, "lot"), (char *) text_of (self, "buyer"),
                          (char *) text_of (self, "reference"), starts, ends, 0 };

  if (starts == NULL || ends == NULL)
    return refused (self, starts == NULL ? "from" : "to",
                    _("Give the day the contract starts and the day it ends, for example 01/03/2027."));
  if (!hours_of (self, &c.hours_owed))
    return refused (self, "hours", _("Give the hours as a number, for example 1500 or 7,5."));
  if ((id = psl_clause_contract_save (self->store, &c, &error)) == NULL)
    return refused (self, NULL, error->message);
  psl_sheet_saved (PSL_SHEET (self), id);
  return TRUE;
}

static gboolean
accept_hours (PslClauseDialog *self)
{
  guint chosen = adw_combo_row_get_selected (g_hash_table_lookup (self->rows, "person"));
  g_autoptr(GError) error = NULL;
  g_autofree char *from = day_of (self, "from");
  g_autofree char *to = day_of (self, "to");
  g_autofree char *today = psl_today_iso ();
  g_autofree char *id = NULL;
  const PslClauseCandidate *who;
  double hours;

  if (self->candidates == NULL || chosen == GTK_INVALID_LIST_POSITION || chosen >= self->candidates->len)
    return refused (self, NULL, _("Choose the person: only the people in immersion or under contract at this firm "
                                  "are offered. Record their placement first, on their page."));
  if (from == NULL || to == NULL)
    return refused (self, from == NULL ? "from" : "to",
                    _("Give the first and the last day of the hours, for example 01/03/2027 and 31/03/2027."));
  if (!hours_of (self, &hours))
    return refused (self, "hours", _("Give the hours as a number, for example 1500 or 7,5."));
  who = g_ptr_array_index (self->candidates, chosen);
  id = psl_clause_hours_add (self->store, self->contract_id, who->person_id, who->placement_id, from, to, hours,
                             today, &error);
  if (id == NULL)
    return refused (self, NULL, error->message);
  psl_sheet_saved (PSL_SHEET (self), id);
  return TRUE;
}

static gboolean
accept (PslSheet *sheet)
{
  PslClauseDialog *self = PSL_CLAUSE_DIALOG (sheet);

  return self->hours ? accept_hours (self) : accept_contract (self);
}

static void
psl_clause_dialog_dispose (GObject *object)
{
  PslClauseDialog *self = PSL_CLAUSE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->company_id, g_free);
  g_clear_pointer (&self->contract_id, g_free);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  G_OBJECT_CLASS (psl_clause_dialog_parent_class)->dispose (object);
}

static void
psl_clause_dialog_class_init (PslClauseDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_clause_dialog_dispose;
  PSL_SHEET_CLASS (klass)->accept = accept;
}

static void
psl_clause_dialog_init (PslClauseDialog *self)
{
  self->rows = g_hash_table_new (g_str_hash, g_str_equal);
}

static PslClauseDialog *
dialog_new (GtkWindow  *parent,
            PslStore   *store,
            const char *company_id,
            const char *contract_id,
            const char *title)
{
  PslClauseDialog *self = g_object_new (PSL_TYPE_CLAUSE_DIALOG, "transient-for", parent, "title", title, NULL);

  self->store = g_object_ref (store);
  self->company_id = g_strdup (company_id);
  self->contract_id = g_strdup (contract_id);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 640);
  return self;
}

static char *
short_date (const char *iso)
{
  return iso != NULL ? psl_format_date_short (iso) : NULL;
}

PslClauseDialog *
psl_clause_dialog_new_contract (GtkWindow   *parent,
                                PslStore    *store,
                                const char  *company_id,
                                const char  *contract_id,
                                GError     **error)
{
  g_autoptr(PslClauseBalance) b = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *owed = NULL;
  PslClauseDialog *self;
  AdwPreferencesGroup *group;

  if (contract_id != NULL && (b = psl_clause_balance_load (store, contract_id, today, error)) == NULL)
    return NULL;
  self = dialog_new (parent, store, company_id, contract_id,
                     b != NULL ? _("Change the Public Contract") : _("Record a Public Contract"));
  if (b != NULL)
    {
      from = short_date (b->contract.starts_on);
      to = short_date (b->contract.ends_on);
      owed = psl_format_decimal (b->contract.hours_owed, 1);
    }
  group = psl_sheet_add_group (PSL_SHEET (self), _("The Contract"),
                               _("As the buyer wrote it in the contract awarded to this firm."));
  add_entry (self, group, "title", _("Title of the contract"), b != NULL ? b->contract.title : NULL);
  add_entry (self, group, "lot", _("Contract lot"), b != NULL ? b->contract.lot : NULL);
  add_entry (self, group, "reference", _("Contract number"), b != NULL ? b->contract.reference : NULL);
  add_entry (self, group, "buyer", _("Public buyer"), b != NULL ? b->contract.buyer : NULL);
  group = psl_sheet_add_group (PSL_SHEET (self), _("The Social Clause"),
                               _("The insertion hours the firm owes between the contract’s first and last day."));
  add_entry (self, group, "from", _("First day"), from);
  add_entry (self, group, "to", _("Last day"), to);
  add_entry (self, group, "hours", _("Insertion hours owed"), owed);
  psl_sheet_set_accept_label (PSL_SHEET (self), b != NULL ? _("_Save") : _("_Record"));
  return self;
}

PslClauseDialog *
psl_clause_dialog_new_hours (GtkWindow  *parent,
                             PslStore   *store,
                             const char *company_id,
                             const char *contract_id)
{
  PslClauseDialog *self = dialog_new (parent, store, company_id, contract_id, _("Add Hours Done"));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) first = psl_date_parse (today);
  g_autoptr(GDate) last = psl_date_parse (today);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  AdwPreferencesGroup *group;
  AdwComboRow *person;

  self->hours = TRUE;
  /* Hours are told by month: last month's, unless changed. */
  g_date_set_day (last, 1);
  g_date_subtract_days (last, 1);
  g_date_set_dmy (first, 1, g_date_get_month (last), g_date_get_year (last));
  {
    g_autofree char *a = psl_date_to_iso (first);
    g_autofree char *b = psl_date_to_iso (last);

    from = psl_format_date_short (a);
    to = psl_format_date_short (b);
  }
  group = psl_sheet_add_group (PSL_SHEET (self), _("Who"),
                               _("The people in immersion or under contract at this firm, through that placement."));
  self->candidates = psl_clause_candidates (store, company_id, &error);
  if (self->candidates == NULL)
    /* Said at the top: without the people, no hours can be added. */
    psl_sheet_show_problem (PSL_SHEET (self), error->message);
  else if (self->candidates->len == 0)
    psl_sheet_show_problem (PSL_SHEET (self), _("Nobody is in immersion or under contract at this firm yet: record "
                                                 "the placement on the person’s page first."));
  for (guint i = 0; self->candidates != NULL && i < self->candidates->len; i++)
    gtk_string_list_append (names, ((PslClauseCandidate *) g_ptr_array_index (self->candidates, i))->label);
  person = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (person), _("Person"));
  adw_combo_row_set_model (person, G_LIST_MODEL (names));
  adw_preferences_group_add (group, GTK_WIDGET (person));
  g_hash_table_insert (self->rows, (gpointer) "person", person);

  group = psl_sheet_add_group (PSL_SHEET (self), _("Hours Done"),
                               _("Within the contract’s dates, ten hours a day at most."));
  add_entry (self, group, "from", _("First day"), from);
  add_entry (self, group, "to", _("Last day"), to);
  add_entry (self, group, "hours", _("Hours done"), NULL);
  psl_sheet_set_accept_label (PSL_SHEET (self), _("_Add"));
  return self;
}

GtkWidget *
psl_clause_dialog_get_row (PslClauseDialog *self,
                           const char      *name)
{
  g_return_val_if_fail (PSL_IS_CLAUSE_DIALOG (self), NULL);

  return g_hash_table_lookup (self->rows, name);
}
