/* psl-network-dialogs.c — the windows to add or edit partners, partnerships, their reviews and events
 *
 * Each is a PslRecordDialog over the fields its core module declares; a
 * new one starts from today where a date is needed.
 */

#define G_LOG_DOMAIN "psl-network-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-event.h"
#include "psl-format.h"
#include "psl-network-dialogs.h"
#include "psl-partner.h"

#define PARTNER N_("The Partner")
#define REACH   N_("Address and Contact Details")

static const PslFormRow partner_rows[] = {
  { PARTNER, "name",     PSL_FORM_ENTRY },
  { PARTNER, "kind",     PSL_FORM_CHOICE },
  { REACH,   "address",  PSL_FORM_ENTRY },
  { REACH,   "postcode", PSL_FORM_ENTRY },
  { REACH,   "commune",  PSL_FORM_ENTRY },
  { REACH,   "phone",    PSL_FORM_ENTRY },
  { REACH,   "email",    PSL_FORM_ENTRY },
  { REACH,   "website",  PSL_FORM_ENTRY },
  { REACH,   "notes",    PSL_FORM_TEXT },
  { NULL }
};

#define BOND  N_("The Partnership")
#define DATES N_("Dates")

static const PslFormRow partnership_rows[] = {
  { BOND,  "cooperation_type", PSL_FORM_CHOICE },
  { BOND,  "instrument",       PSL_FORM_CHOICE },
  { BOND,  "our_staff_id",     PSL_FORM_COMBO },
  { BOND,  "their_contact_id", PSL_FORM_CONTACT },
  { BOND,  "roadmap",          PSL_FORM_TEXT },
  { DATES, "start_date",       PSL_FORM_ENTRY },
  { DATES, "end_date",         PSL_FORM_ENTRY },
  { DATES, "review_on",        PSL_FORM_ENTRY },
  { NULL }
};

static const PslFormRow review_rows[] = {
  { NULL, "reviewed_on", PSL_FORM_ENTRY },
  { NULL, "summary",     PSL_FORM_TEXT },
  { NULL }
};

#define EVENT N_("The Event")

static const PslFormRow event_rows[] = {
  { EVENT, "kind",     PSL_FORM_CHOICE },
  { EVENT, "title",    PSL_FORM_ENTRY },
  { EVENT, "held_on",  PSL_FORM_ENTRY },
  { EVENT, "place",    PSL_FORM_ENTRY },
  { EVENT, "staff_id", PSL_FORM_COMBO },
  { EVENT, "outcomes", PSL_FORM_TEXT },
  { NULL }
};

static const PslRecordForm partner_form = {
  "partner", psl_partner_fields, partner_rows, psl_partner_create_from_form, NULL
};
static const PslRecordForm company_partnership_form = {
  "partnership", psl_partnership_fields, partnership_rows, psl_partnership_create_for_company, NULL
};
static const PslRecordForm partner_partnership_form = {
  "partnership", psl_partnership_fields, partnership_rows, psl_partnership_create_for_partner, NULL
};
static const PslRecordForm review_form = {
  "partnership_review", psl_partnership_review_fields, review_rows, psl_partnership_review_from_form, NULL
};
static const PslRecordForm event_form = {
  "event", psl_event_fields, event_rows, psl_event_create_from_form, NULL
};

/* A new record's window starts with column set to today. */
static PslRecordDialog *
open_dialog (GtkWindow           *parent,
             PslStore            *store,
             const PslRecordForm *form,
             const char          *parent_id,
             const char          *id,
             const char          *dated_column,
             const char          *new_title,
             const char          *title_column,
             GError             **error)
{
  g_autoptr(GHashTable) defaults = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  PslRecordDialog *self;

  if (dated_column != NULL)
    g_hash_table_insert (defaults, (gpointer) dated_column, psl_today_iso ());
  self = psl_record_dialog_new (parent, store, form, parent_id, id, defaults, error);
  if (self == NULL)
    return NULL;
  if (id != NULL && title_column != NULL)
    {
      g_autofree char *title = psl_record_dialog_get_value (self, title_column);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), new_title);
  return self;
}

PslRecordDialog *
psl_partner_dialog_new (GtkWindow   *parent,
                        PslStore    *store,
                        const char  *partner_id,
                        GError     **error)
{
  return open_dialog (parent, store, &partner_form, NULL, partner_id, NULL, _("New Partner"), "name", error);
}

/* A partnership of the firm owner_id, or of the partner when of_partner. */
PslRecordDialog *
psl_partnership_dialog_new (GtkWindow   *parent,
                            PslStore    *store,
                            gboolean     of_partner,
                            const char  *owner_id,
                            const char  *partnership_id,
                            GError     **error)
{
  PslRecordDialog *self = open_dialog (parent, store,
                                       of_partner ? &partner_partnership_form : &company_partnership_form,
                                       owner_id, partnership_id, "start_date", _("New Partnership"), NULL, error);

  if (self != NULL && partnership_id != NULL)
    gtk_window_set_title (GTK_WINDOW (self), _("Partnership"));
  return self;
}

PslRecordDialog *
psl_review_dialog_new (GtkWindow  *parent,
                       PslStore   *store,
                       const char *partnership_id)
{
  return open_dialog (parent, store, &review_form, partnership_id, NULL, "reviewed_on",
                      _("Review of the Partnership"), NULL, NULL);
}

PslRecordDialog *
psl_event_dialog_new (GtkWindow   *parent,
                      PslStore    *store,
                      const char  *event_id,
                      GError     **error)
{
  return open_dialog (parent, store, &event_form, NULL, event_id, "held_on", _("New Event"), "title", error);
}
