/* psl-company-page.c — one firm (fiche entreprise): its identity, its contacts, and tabs for the rest
 *
 * The identity is edited in place: each field is saved by itself as soon
 * as the typing pauses (psl_company_set), and a value that breaks a rule
 * is shown on its row and not saved, so the last good one stays in the
 * database.  The firm is read on the main thread: it is one row and a
 * few contacts, and reading it elsewhere could show values older than
 * those just typed.
 */

#define G_LOG_DOMAIN "psl-company-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-authors.h"
#include "psl-format.h"
#include "privacy/psl-privacy.h"

#include "psl-company.h"
#include "psl-company-journal.h"
#include "psl-company-opportunities.h"
#include "psl-company-evaluation.h"
#include "psl-company-clauses.h"
#include "psl-company-placements.h"
#include "psl-company-page.h"
#include "psl-company-sheet.h"
#include "psl-company-timeline.h"
#include "psl-document-window.h"
#include "psl-contact.h"
#include "psl-contact-dialog.h"
#include "psl-contact-row.h"
#include "psl-list-export.h"
#include "psl-field-row.h"
#include "psl-portfolio.h"
#include "psl-ref.h"
#include "psl-review-group.h"
#include "psl-list-box.h"
#include "psl-toast.h"
#include "psl-timeline-view.h"
#include "psl-trades-group.h"
#include "psl-wrap-box.h"
#include "psl-vcard.h"

/* The tabs past the identity are filled when first shown: opening a firm
 * reads only what the eye meets first. */
typedef enum
{
  TAB_HISTORY       = 1 << 0,
  TAB_OPPORTUNITIES = 1 << 1,
  TAB_PLACEMENTS    = 1 << 2,
  TAB_EVALUATION    = 1 << 3,
  TAB_TIMELINE      = 1 << 4,
  TAB_CLAUSES       = 1 << 5,
} TabBit;

typedef enum
{
  GROUP_FIRM,
  GROUP_ADDRESS,
  GROUP_RELATION,
  GROUP_KNOWLEDGE,
} Group;

/* headcount is a number in PslCompany, not a string */
#define HEADCOUNT_OFFSET G_MAXSIZE
#define TEXT_AT(member) G_STRUCT_OFFSET (PslCompany, member)

static const char *statuses[] = {
  "active",  N_("Active relationship"),
  "dormant", N_("Dormant"),
  NULL
};

/* The identity form: each row, its group, and where PslCompany holds its value. */
static const struct
{
  Group       group;
  PslFormRow  row;
  gsize       offset;
} form_rows[] = {
  { GROUP_FIRM,       { NULL, "legal_name",            PSL_FORM_ENTRY, NULL }, TEXT_AT (legal_name) },
  { GROUP_FIRM,       { NULL, "trade_name",            PSL_FORM_ENTRY, NULL }, TEXT_AT (trade_name) },
  { GROUP_FIRM,       { NULL, "identifier",            PSL_FORM_ENTRY, NULL }, TEXT_AT (identifier) },
  { GROUP_FIRM,       { NULL, "naf_code",              PSL_FORM_ENTRY, NULL }, TEXT_AT (naf_code) },
  { GROUP_FIRM,       { NULL, "sector",                PSL_FORM_COMBO, NULL }, TEXT_AT (sector) },
  { GROUP_FIRM,       { NULL, "headcount",             PSL_FORM_ENTRY, NULL }, HEADCOUNT_OFFSET },
  { GROUP_FIRM,       { NULL, "size_band",             PSL_FORM_COMBO, NULL }, TEXT_AT (size_band) },
  { GROUP_ADDRESS,    { NULL, "address",               PSL_FORM_ENTRY, NULL }, TEXT_AT (address) },
  { GROUP_ADDRESS,    { NULL, "postcode",              PSL_FORM_ENTRY, NULL }, TEXT_AT (postcode) },
  { GROUP_ADDRESS,    { NULL, "commune",               PSL_FORM_ENTRY, NULL }, TEXT_AT (commune) },
  { GROUP_ADDRESS,    { NULL, "phone",                 PSL_FORM_ENTRY, NULL }, TEXT_AT (phone) },
  { GROUP_ADDRESS,    { NULL, "email",                 PSL_FORM_ENTRY, NULL }, TEXT_AT (email) },
  { GROUP_ADDRESS,    { NULL, "website",               PSL_FORM_ENTRY, NULL }, TEXT_AT (website) },
  { GROUP_RELATION,   { NULL, "referent_id",           PSL_FORM_COMBO, NULL }, TEXT_AT (referent_id) },
  { GROUP_RELATION,   { NULL, "first_contact_origin",  PSL_FORM_COMBO, NULL }, TEXT_AT (first_contact_origin) },
  { GROUP_RELATION,   { NULL, "relationship_start",    PSL_FORM_ENTRY, NULL }, TEXT_AT (relationship_start) },
  { GROUP_RELATION,   { NULL, "status",                PSL_FORM_CHOICE, statuses }, TEXT_AT (status) },
  { GROUP_RELATION,   { NULL, "dormant_reason",        PSL_FORM_ENTRY, NULL }, TEXT_AT (dormant_reason) },
  { GROUP_KNOWLEDGE,  { NULL, "hiring_needs",          PSL_FORM_TEXT, NULL }, TEXT_AT (hiring_needs) },
  { GROUP_KNOWLEDGE,  { NULL, "seasonality",           PSL_FORM_TEXT, NULL }, TEXT_AT (seasonality) },
  { GROUP_KNOWLEDGE,  { NULL, "csr_commitments",       PSL_FORM_TEXT, NULL }, TEXT_AT (csr_commitments) },
  { GROUP_KNOWLEDGE,  { NULL, "notes",                 PSL_FORM_TEXT, NULL }, TEXT_AT (notes) },
};

#define N_FORM_ROWS G_N_ELEMENTS (form_rows)

/* Columns the header and the firms' table show: the window hears of them. */
static const char *summary_columns[] = {
  "legal_name", "trade_name", "postcode", "commune", "sector", "partnership_level", "status",
  "referent_id", NULL
};

struct _PslCompanyPage
{
  PslPage               parent_instance;

  PslStore             *store;
  PslCompany           *company;
  GtkWidget            *rows[N_FORM_ROWS];
  GPtrArray            *contacts;          /* PslContact, as listed */
  GtkFileChooserNative *chooser;
  gboolean              disposing;

  GtkWidget            *box;               /* bound so that disposing the template removes it */
  GtkLabel             *name_label;
  GtkLabel             *place_label;
  GtkLabel             *kind_label;
  GtkLabel             *authors_label;
  GtkStack             *tab_stack;
  PslReviewGroup       *review_group;
  AdwPreferencesGroup  *firm_group;
  AdwPreferencesGroup  *address_group;
  AdwPreferencesGroup  *relation_group;
  AdwPreferencesGroup  *knowledge_group;
  GtkListBox           *contacts_list;
  PslTradesGroup       *trades;
  PslCompanyJournal    *journal;
  PslCompanyOpportunities *opportunities;
  PslCompanyEvaluation *evaluation;
  PslTimelineView      *timeline;
  PslCompanyPlacements *placements;
  PslCompanyClauses    *clauses;
  guint                 filled;       /* TabBit: tabs showing the current firm */
};

G_DEFINE_FINAL_TYPE (PslCompanyPage, psl_company_page, PSL_TYPE_PAGE)

enum {
  BACK,
  CHANGED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
find_row (PslCompanyPage *self,
          const char     *column)
{
  for (guint i = 0; i < N_FORM_ROWS; i++)
    if (g_strcmp0 (form_rows[i].row.column, column) == 0)
      return self->rows[i];
  g_return_val_if_reached (NULL);
}

static void
set_line (GtkLabel   *label,
          GString    *text)
{
  gtk_label_set_text (label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (label), text->len > 0);
}

/* The name as the firm is known, where it is, what it is and how close. */
static void
show_header (PslCompanyPage *self)
{
  PslCompany *c = self->company;
  g_autofree char *sector = psl_ref_label (self->store, "sector", c->sector);
  g_autofree char *level = psl_ref_label (self->store, "partnership_level", c->partnership_level);
  g_autoptr(GString) place = g_string_new (NULL);
  g_autoptr(GString) kind = g_string_new (NULL);

  gtk_label_set_text (self->name_label, c->trade_name != NULL ? c->trade_name : c->legal_name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_label), c->legal_name);
  /* "46100 Figeac", as an address is written. */
  if (c->postcode != NULL && c->commune != NULL)
    g_string_printf (place, "%s %s", c->postcode, c->commune);
  else
    psl_append_part (place, c->postcode != NULL ? c->postcode : c->commune);
  if (c->trade_name != NULL)
    psl_append_part (place, c->legal_name);
  psl_append_part (kind, sector);
  psl_append_part (kind, level);
  if (g_strcmp0 (c->status, "dormant") == 0)
    psl_append_part (kind, _("Dormant"));
  set_line (self->place_label, place);
  set_line (self->kind_label, kind);
  psl_authors_show (self->authors_label, self->store, "company", c->id);
}

/* A reason for being dormant is asked only of a dormant firm. */
static void
show_dormant_reason (PslCompanyPage *self)
{
  gtk_widget_set_visible (find_row (self, "dormant_reason"), g_strcmp0 (self->company->status, "dormant") == 0);
}

static void
fill_form (PslCompanyPage *self)
{
  g_autofree char *headcount = self->company->headcount >= 0
                               ? g_strdup_printf ("%" G_GINT64_FORMAT, self->company->headcount) : NULL;

  for (guint i = 0; i < N_FORM_ROWS; i++)
    psl_field_row_set_value (self->rows[i], form_rows[i].offset == HEADCOUNT_OFFSET
                                            ? headcount
                                            : G_STRUCT_MEMBER (char *, self->company, form_rows[i].offset));
  show_dormant_reason (self);
}

/* Most firms are not counted: a headcount gives the type at once when
 * none was chosen. */
static void
fill_size_band (PslCompanyPage *self)
{
  const char *band = psl_company_size_band_for_headcount (self->company->headcount);
  g_autoptr(GError) error = NULL;

  if (self->company->size_band != NULL || band == NULL)
    return;
  if (!psl_company_set (self->store, self->company->id, "size_band", band, &error))
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  g_free (self->company->size_band);
  self->company->size_band = g_strdup (band);
  psl_field_row_set_value (find_row (self, "size_band"), band);
}

static void
on_row_save_cb (GtkWidget *row,
                gpointer   user_data)
{
  PslCompanyPage *self = user_data;
  const char *column = psl_field_row_get_column (row);
  g_autofree char *value = psl_field_row_get_value (row);
  g_autoptr(GError) error = NULL;
  PslCompany *saved;

  if (self->company == NULL)
    return;
  if (!psl_company_set (self->store, self->company->id, column, value, &error))
    {
      psl_field_row_set_problem (row, error->message);
      return;
    }
  psl_field_row_set_problem (row, NULL);
  /* A valid value clears what an import kept to check in that field. */
  psl_review_group_reload (self->review_group);

  /* Read back what the rules made of it (a SIRET without its spaces). */
  saved = psl_company_load (self->store, self->company->id, &error);
  if (saved == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  g_clear_pointer (&self->company, psl_company_free);
  self->company = saved;

  if (g_strcmp0 (column, "headcount") == 0)
    fill_size_band (self);
  show_dormant_reason (self);
  show_header (self);
  if (g_strv_contains (summary_columns, column) && !self->disposing)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* Typing that waits for its pause is saved now, before the firm changes
 * or the page goes: nothing typed is lost. */
static void
flush_form (PslCompanyPage *self)
{
  for (guint i = 0; i < N_FORM_ROWS; i++)
    if (self->rows[i] != NULL)
      psl_field_row_flush (self->rows[i]);
}

/* The lists offered (sectors, the team…) come from the store: the rows
 * are made once it is known. */
static void
build_form (PslCompanyPage *self)
{
  AdwPreferencesGroup *groups[] = { self->firm_group, self->address_group, self->relation_group,
                                    self->knowledge_group };

  for (guint i = 0; i < N_FORM_ROWS; i++)
    {
      if (self->rows[i] != NULL)
        adw_preferences_group_remove (groups[form_rows[i].group], self->rows[i]);
      self->rows[i] = psl_field_row_new_for (self->store, psl_company_fields, &form_rows[i].row, NULL);
      psl_field_row_watch (self->rows[i], on_row_save_cb, self);
      adw_preferences_group_add (groups[form_rows[i].group], self->rows[i]);
    }
}

static void
clear_contacts (PslCompanyPage *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->contacts_list, 0)) != NULL)
    gtk_list_box_remove (self->contacts_list, GTK_WIDGET (row));
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
}

static PslContact *
find_contact (PslCompanyPage *self,
              const char     *id)
{
  for (guint i = 0; self->contacts != NULL && i < self->contacts->len; i++)
    {
      PslContact *contact = g_ptr_array_index (self->contacts, i);

      if (g_strcmp0 (contact->id, id) == 0)
        return contact;
    }
  return NULL;
}

static char *
vcard_file_name (const char *name)
{
  g_autofree char *safe = g_strdelimit (g_strdup (name), "/\\:", '-');

  return g_strconcat (safe, ".vcf", NULL);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       PslCompanyPage  *self)
{
  GStrv ids = g_object_get_data (G_OBJECT (chooser), "contact-ids");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_strv_length (ids);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (psl_vcard_write_contacts (self->store, (const char * const *) ids, path, &error))
        psl_toast_show (GTK_WIDGET (self), adw_toast_new_format (g_dngettext (GETTEXT_PACKAGE, "%u contact exported.",
                                                             "%u contacts exported.", n), n));
      else
        psl_toast_show (GTK_WIDGET (self), adw_toast_new (error->message));
    }
  g_clear_object (&self->chooser);
}

/* Address books (Evolution, Thunderbird, phones) read the .vcf. */
static void
export_vcards (PslCompanyPage *self,
               GStrv           ids,
               const char     *name)
{
  g_autofree char *file_name = vcard_file_name (name);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export the Contacts"),
                                               GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), file_name);
  g_object_set_data_full (G_OBJECT (self->chooser), "contact-ids", ids, (GDestroyNotify) g_strfreev);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_contact_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PslCompanyPage *self = PSL_COMPANY_PAGE (widget);
  PslContact *contact = find_contact (self, g_variant_get_string (param, NULL));
  g_autofree char *name = NULL;
  GStrv ids;

  if (contact == NULL)
    return;
  name = psl_contact_get_name (contact);
  ids = g_new0 (char *, 2);
  ids[0] = g_strdup (contact->id);
  export_vcards (self, ids, name);
}

static void
export_contacts_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  PslCompanyPage *self = PSL_COMPANY_PAGE (widget);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  if (self->company == NULL || self->contacts == NULL || self->contacts->len == 0)
    return;
  for (guint i = 0; i < self->contacts->len; i++)
    g_strv_builder_add (ids, ((PslContact *) g_ptr_array_index (self->contacts, i))->id);
  export_vcards (self, g_strv_builder_end (ids), gtk_label_get_text (self->name_label));
}

static void
open_contact_dialog (PslCompanyPage *self,
                     const char     *contact_id)
{
  g_autoptr(GError) error = NULL;
  PslRecordDialog *dialog;

  if (self->company == NULL)
    return;
  dialog = psl_contact_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store,
                                   self->company->id, contact_id, &error);
  if (dialog == NULL)
    {
      psl_toast_show (GTK_WIDGET (self), adw_toast_new (error->message));
      psl_company_page_reload_contacts (self);
      return;
    }
  g_signal_connect_object (dialog, "saved", G_CALLBACK (psl_company_page_reload_contacts), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  open_contact_dialog (PSL_COMPANY_PAGE (widget), NULL);
}

static void
edit_contact_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  open_contact_dialog (PSL_COMPANY_PAGE (widget), g_variant_get_string (param, NULL));
}

/* Deleting only marks the contact: the toast offers to bring it back. */
static void
delete_contact_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PslCompanyPage *self = PSL_COMPANY_PAGE (widget);
  const char *id = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;

  if (!psl_record_set_deleted (self->store, "contact", id, TRUE, &error))
    {
      psl_toast_show (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  psl_company_page_reload_contacts (self);
  psl_toast_undo (widget, _("Contact deleted"), "company-page.restore-contact", param);
}

static void
restore_contact_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  PslCompanyPage *self = PSL_COMPANY_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!psl_record_set_deleted (self->store, "contact", g_variant_get_string (param, NULL), FALSE, &error))
    psl_toast_show (GTK_WIDGET (self), adw_toast_new (error->message));
  psl_company_page_reload_contacts (self);
}

/* Deleting only marks the firm: the window offers to undo. */
/* The firm on paper, seen first in the document window. */
static void
print_sheet_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PslCompanyPage *self = PSL_COMPANY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->company == NULL)
    return;
  if ((doc = psl_company_sheet_new (self->store, self->company->id, &error)) == NULL)
    {
      psl_toast_message (widget, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (psl_document_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, doc)));
}

static void
delete_company_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PslCompanyPage *self = PSL_COMPANY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;

  if (self->company == NULL)
    return;
  flush_form (self);
  id = g_strdup (self->company->id);
  name = g_strdup (gtk_label_get_text (self->name_label));
  if (!psl_record_set_deleted (self->store, "company", id, TRUE, &error))
    {
      psl_toast_show (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[DELETED], 0, id, name);
}

static void fill_visible_tab (PslCompanyPage *self);

/* A fact of the timeline opens the tab that lists it. */
static void
on_timeline_item_cb (PslCompanyPage *self,
                     const char     *kind,
                     const char     *ref_id)
{
  const char *tab = g_strcmp0 (kind, "interaction") == 0 ? "history"
                    : g_strcmp0 (kind, "opportunity") == 0 ? "opportunities"
                    : g_strcmp0 (kind, "evaluation") == 0 ? "evaluation" : "placements";

  gtk_stack_set_visible_child_name (self->tab_stack, tab);
  fill_visible_tab (self);
}

/* The tabs of lists are made the first time they are shown: made with
 * the page, the five of them cost its first opening some 30 ms. */
static const struct
{
  const char *name;
  gsize       field;
  GType     (*type) (void);
} lazy_tabs[] = {
  { "history", G_STRUCT_OFFSET (PslCompanyPage, journal), psl_company_journal_get_type },
  { "opportunities", G_STRUCT_OFFSET (PslCompanyPage, opportunities), psl_company_opportunities_get_type },
  { "placements", G_STRUCT_OFFSET (PslCompanyPage, placements), psl_company_placements_get_type },
  { "clauses", G_STRUCT_OFFSET (PslCompanyPage, clauses), psl_company_clauses_get_type },
  { "evaluation", G_STRUCT_OFFSET (PslCompanyPage, evaluation), psl_company_evaluation_get_type },
};

/* Unless another part of the program put its own in the slot. */
static void
ensure_tab (PslCompanyPage *self,
            const char     *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (lazy_tabs); i++)
    {
      GtkWidget **tab = G_STRUCT_MEMBER_P (self, lazy_tabs[i].field);
      AdwBin *slot;

      if (!g_str_equal (name, lazy_tabs[i].name))
        continue;
      slot = ADW_BIN (gtk_stack_get_child_by_name (self->tab_stack, name));
      if (*tab == NULL && adw_bin_get_child (slot) == NULL)
        {
          *tab = g_object_new (lazy_tabs[i].type (), NULL);
          adw_bin_set_child (slot, *tab);
        }
    }
}

static void
fill_visible_tab (PslCompanyPage *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->tab_stack);
  const char *id = self->company != NULL ? self->company->id : NULL;

  if (id == NULL || name == NULL)
    return;
  ensure_tab (self, name);
  if (g_str_equal (name, "history") && !(self->filled & TAB_HISTORY) && self->journal != NULL)
    {
      g_autofree char *me = psl_privacy_get_actor (self->store);

      psl_company_journal_set_company (self->journal, self->store, id, me);
    }
  else if (g_str_equal (name, "opportunities") && !(self->filled & TAB_OPPORTUNITIES) && self->opportunities != NULL)
    psl_company_opportunities_set_company (self->opportunities, self->store, id);
  else if (g_str_equal (name, "placements") && !(self->filled & TAB_PLACEMENTS) && self->placements != NULL)
    psl_company_placements_set_company (self->placements, self->store, id);
  else if (g_str_equal (name, "clauses") && !(self->filled & TAB_CLAUSES) && self->clauses != NULL)
    psl_company_clauses_set_company (self->clauses, self->store, id);
  else if (g_str_equal (name, "evaluation") && !(self->filled & TAB_EVALUATION) && self->evaluation != NULL)
    psl_company_evaluation_set_company (self->evaluation, self->store, id);
  else if (g_str_equal (name, "timeline") && !(self->filled & TAB_TIMELINE) && self->timeline != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) facts = psl_company_timeline (self->store, id, &error);

      if (facts == NULL)
        psl_toast_message (GTK_WIDGET (self), error->message);
      psl_timeline_view_set_chart (self->timeline, facts != NULL ? psl_relationship_chart_new (facts) : NULL);
    }
  else
    return;
  self->filled |= g_str_equal (name, "history") ? TAB_HISTORY
                  : g_str_equal (name, "opportunities") ? TAB_OPPORTUNITIES
                  : g_str_equal (name, "placements") ? TAB_PLACEMENTS
                  : g_str_equal (name, "clauses") ? TAB_CLAUSES
                  : g_str_equal (name, "timeline") ? TAB_TIMELINE : TAB_EVALUATION;
}

/* Another tab changed the firm (its level, its opportunities): the
 * header and the other tabs show it, the user stays where they are. */
static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslCompanyPage *self = PSL_COMPANY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  PslCompany *company;

  if (self->company == NULL)
    return;
  if ((company = psl_company_load (self->store, self->company->id, &error)) == NULL)
    {
      psl_toast_message (widget, error->message);
      return;
    }
  g_clear_pointer (&self->company, psl_company_free);
  self->company = company;
  show_header (self);
  /* The tab at hand now, the others when next shown. */
  self->filled = 0;
  fill_visible_tab (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_back_clicked_cb (GtkButton      *button,
                    PslCompanyPage *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static void
contact_cells (gconstpointer  data,
               GPtrArray     *cells)
{
  const PslContact *contact = data;

  g_ptr_array_add (cells, psl_contact_get_name (contact));
  psl_export_cell_text (cells, contact->role_label);
  psl_export_cell_text (cells, contact->job_title);
  psl_export_cell_text (cells, contact->phone);
  psl_export_cell_text (cells, contact->mobile);
  psl_export_cell_text (cells, contact->email);
  psl_export_cell_text (cells, contact->is_tutor ? _("Yes") : _("No"));
  psl_export_cell_text (cells, contact->active ? _("Yes") : _("No"));
}

/* The contacts as listed, with the firm's name in the table's. */
static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  static const char *headers[] = { N_("Name"), N_("Role"), N_("Job Title"), N_("Phone"), N_("Mobile"),
                                   N_("E-mail"), N_("Tutor"), N_("Active"), NULL };
  PslCompanyPage *self = PSL_COMPANY_PAGE (widget);
  /* Translators: the title of an exported list; %s is a firm */
  g_autofree char *name = g_strdup_printf (_("Contacts — %s"), self->company != NULL ? self->company->legal_name : "");

  return psl_list_export_table (name, headers, self->company != NULL ? self->contacts : NULL, contact_cells);
}

static void
psl_company_page_dispose (GObject *object)
{
  PslCompanyPage *self = PSL_COMPANY_PAGE (object);

  self->disposing = TRUE;
  flush_form (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->company, psl_company_free);
  g_clear_object (&self->store);
  memset (self->rows, 0, sizeof self->rows);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_COMPANY_PAGE);

  G_OBJECT_CLASS (psl_company_page_parent_class)->dispose (object);
}

/* No read of its own for PslPage: a firm is read as it is opened
 * (psl_company_page_show_company (), which the window calls again for
 * another firm), and each tab as it is first shown. */
static void
psl_company_page_constructed (GObject *object)
{
  PslCompanyPage *self = PSL_COMPANY_PAGE (object);

  G_OBJECT_CLASS (psl_company_page_parent_class)->constructed (object);
  self->store = g_object_ref (psl_page_get_store (PSL_PAGE (self)));
  build_form (self);
}

static void
psl_company_page_class_init (PslCompanyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_company_page_dispose;
  object_class->constructed = psl_company_page_constructed;

  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A value the firms' table shows was saved. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* (id, name) of the firm just deleted, to offer undo */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  g_type_ensure (PSL_TYPE_TIMELINE_VIEW);
  g_type_ensure (PSL_TYPE_TRADES_GROUP);
  g_type_ensure (PSL_TYPE_WRAP_BOX);
  g_type_ensure (PSL_TYPE_REVIEW_GROUP);
  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-company-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, box);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, place_label);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, authors_label);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, tab_stack);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, review_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, firm_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, address_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, relation_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, knowledge_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, contacts_list);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, trades);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPage, timeline);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "company-page.add-contact", NULL, add_contact_action);
  gtk_widget_class_install_action (widget_class, "company-page.edit-contact", "s", edit_contact_action);
  gtk_widget_class_install_action (widget_class, "company-page.export-contact", "s", export_contact_action);
  gtk_widget_class_install_action (widget_class, "company-page.export-contacts", NULL, export_contacts_action);
  gtk_widget_class_install_action (widget_class, "company-page.delete-contact", "s", delete_contact_action);
  gtk_widget_class_install_action (widget_class, "company-page.restore-contact", "s", restore_contact_action);
  psl_list_export_install (widget_class, collect_rows);
  gtk_widget_class_install_action (widget_class, "company-page.delete-company", NULL, delete_company_action);
  gtk_widget_class_install_action (widget_class, "company-page.print-sheet", NULL, print_sheet_action);
  gtk_widget_class_install_action (widget_class, "company-page.reload", NULL, reload_action);
}

static void
psl_company_page_init (PslCompanyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->tab_stack, "notify::visible-child-name", G_CALLBACK (fill_visible_tab), self);

  psl_list_box_set_placeholder_text (self->contacts_list, _("No contact recorded yet."));
}

PslCompanyPage *
psl_company_page_new (PslStore *store)
{
  return g_object_new (PSL_TYPE_COMPANY_PAGE, "store", store, NULL);
}

/* Shows the firm company_id on its identity tab; FALSE with error when
 * it is no longer in the database. */
gboolean
psl_company_page_show_company (PslCompanyPage *self,
                               const char     *company_id,
                               GError        **error)
{
  PslCompany *company;

  g_return_val_if_fail (PSL_IS_COMPANY_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  flush_form (self);
  company = psl_company_load (self->store, company_id, error);
  if (company == NULL)
    return FALSE;

  g_clear_pointer (&self->company, psl_company_free);
  self->company = company;
  show_header (self);
  fill_form (self);
  psl_review_group_set_record (self->review_group, self->store, "company", psl_company_fields, company->id);
  psl_company_page_reload_contacts (self);
  psl_trades_group_set_company (self->trades, self->store, company->id);
  self->filled = 0;
  gtk_stack_set_visible_child_name (self->tab_stack, "identity");
  return TRUE;
}

const char *
psl_company_page_get_company_id (PslCompanyPage *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_PAGE (self), NULL);
  return self->company != NULL ? self->company->id : NULL;
}

void
psl_company_page_reload_contacts (PslCompanyPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PSL_IS_COMPANY_PAGE (self));

  clear_contacts (self);
  if (self->company == NULL)
    return;
  self->contacts = psl_contact_list_for_company (self->store, self->company->id, &error);
  if (self->contacts == NULL)
    {
      psl_toast_show (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  for (guint i = 0; i < self->contacts->len; i++)
    {
      PslContact *contact = g_ptr_array_index (self->contacts, i);
      PslContactRow *row = psl_contact_row_new (contact);

      /* What an import kept to check of this contact, with "Checked";
       * a valid value saved in the contact's window clears it too. */
      psl_review_mark_row (ADW_ACTION_ROW (row), self->store, "contact", psl_contact_fields, contact->id,
                           (PslReviewClearedFunc) psl_company_page_reload_contacts, self);
      gtk_list_box_append (self->contacts_list, GTK_WIDGET (row));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "company-page.export-contacts", self->contacts->len > 0);
}

/* The tabs are named identity, contacts, history, opportunities,
 * placements, clauses, evaluation and timeline: other parts of the
 * program fill theirs. */
GtkStack *
psl_company_page_get_tab_stack (PslCompanyPage *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_PAGE (self), NULL);
  return self->tab_stack;
}

/* Puts child in the tab name (history, opportunities, placements,
 * clauses or evaluation) in place of what it shows. */
void
psl_company_page_set_tab (PslCompanyPage *self,
                          const char     *name,
                          GtkWidget      *child)
{
  GtkWidget *slot;

  g_return_if_fail (PSL_IS_COMPANY_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  /* Each of these tabs is a slot, so that the tabs keep their order. */
  slot = gtk_stack_get_child_by_name (self->tab_stack, name);
  g_return_if_fail (ADW_IS_BIN (slot));
  if (adw_bin_get_child (ADW_BIN (slot)) == GTK_WIDGET (self->journal))
    self->journal = NULL;
  if (adw_bin_get_child (ADW_BIN (slot)) == GTK_WIDGET (self->opportunities))
    self->opportunities = NULL;
  if (adw_bin_get_child (ADW_BIN (slot)) == GTK_WIDGET (self->evaluation))
    self->evaluation = NULL;
  if (adw_bin_get_child (ADW_BIN (slot)) == GTK_WIDGET (self->placements))
    self->placements = NULL;
  if (adw_bin_get_child (ADW_BIN (slot)) == GTK_WIDGET (self->clauses))
    self->clauses = NULL;
  adw_bin_set_child (ADW_BIN (slot), child);
}
