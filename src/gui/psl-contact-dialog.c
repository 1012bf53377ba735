/* psl-contact-dialog.c — the window to add or edit one contact of a firm */

#define G_LOG_DOMAIN "psl-contact-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-contact.h"
#include "psl-contact-dialog.h"

static const char *channels[] = {
  "phone",  N_("Phone"),
  "mobile", N_("Mobile"),
  "email",  N_("E-mail"),
  "mail",   N_("Post"),
  "visit",  N_("Visit"),
  NULL
};

#define PERSON N_("Person")
#define REACH  N_("How to Reach Them")
#define TUTOR  N_("With the People Accompanied")

static const PslFormRow rows[] = {
  { PERSON, "civility",          PSL_FORM_ENTRY },
  { PERSON, "first_name",        PSL_FORM_ENTRY },
  { PERSON, "last_name",         PSL_FORM_ENTRY },
  { PERSON, "job_title",         PSL_FORM_ENTRY },
  { PERSON, "role",              PSL_FORM_COMBO },
  { PERSON, "active",            PSL_FORM_SWITCH },
  { REACH,  "phone",             PSL_FORM_ENTRY },
  { REACH,  "mobile",            PSL_FORM_ENTRY },
  { REACH,  "email",             PSL_FORM_ENTRY },
  { REACH,  "preferred_channel", PSL_FORM_COMBO, channels },
  { TUTOR,  "is_tutor",          PSL_FORM_SWITCH },
  { TUTOR,  "notes",             PSL_FORM_TEXT },
  { NULL }
};

static const PslRecordForm contact_form = {
  "contact", psl_contact_fields, rows, psl_contact_create_from_form, NULL
};

/* contact_id NULL adds a contact to the firm company_id. */
PslRecordDialog *
psl_contact_dialog_new (GtkWindow   *parent,
                        PslStore    *store,
                        const char  *company_id,
                        const char  *contact_id,
                        GError     **error)
{
  g_autoptr(GHashTable) defaults = g_hash_table_new (g_str_hash, g_str_equal);
  PslRecordDialog *self;

  /* Someone just added is still at the firm. */
  g_hash_table_insert (defaults, "active", "1");
  self = psl_record_dialog_new (parent, store, &contact_form, company_id, contact_id, defaults, error);
  if (self == NULL)
    return NULL;

  if (contact_id != NULL)
    {
      g_autofree char *first = psl_record_dialog_get_value (self, "first_name");
      g_autofree char *last = psl_record_dialog_get_value (self, "last_name");
      g_autofree char *name = g_strjoin (" ", first != NULL ? first : "", last, NULL);

      gtk_window_set_title (GTK_WINDOW (self), g_strstrip (name));
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), C_("person at a firm", "New Contact"));
  return self;
}
