/* psl-privacy-documents.c — the papers of privacy: a person's access document and the record of processing */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-document-rows.h"
#include "psl-format.h"
#include "psl-installation.h"
#include "psl-privacy-documents.h"
#include "psl-report.h"
#include "privacy/psl-person-data.h"
#include "privacy/psl-privacy.h"
#include "privacy/psl-retention.h"

static const char *
member (JsonObject *object,
        const char *name)
{
  return json_object_has_member (object, name) ? json_object_get_string_member (object, name) : NULL;
}

/* One record as a table of its fields: what it is called, what it holds. */
static void
add_record (PslDocument *doc,
            const char  *table_name,
            JsonObject  *record)
{
  static const double widths[] = { 2, 4.5 };
  const char *headers[] = { _("Field"), _("Value") };
  g_autoptr(GList) columns = json_object_get_members (record);
  PslDocumentTable *table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);

  for (GList *l = columns; l != NULL; l = l->next)
    {
      const char *column = l->data;
      const char *value = json_object_get_string_member (record, column);
      g_autofree char *shown = NULL;

      const PslField *field = psl_person_data_field (table_name, column);

      /* Dates and times as the French read them, yes and no in words. */
      if (value != NULL && strlen (value) >= 10 && value[4] == '-' && value[7] == '-')
        {
          g_autofree char *day = g_strndup (value, 10);

          g_autofree char *date = psl_format_date_short (day);

          /* The journal's entries keep their time. */
          shown = strlen (value) >= 16 && g_strcmp0 (column, "at") == 0
                  ? g_strdup_printf ("%s %.5s UTC", date, value + 11) : g_steal_pointer (&date);
        }
      else if (field != NULL && field->kind == PSL_FIELD_BOOLEAN)
        shown = g_strdup (g_strcmp0 (value, "1") == 0 ? _("Yes") : _("No"));
      {
        const char *cells[] = { psl_person_data_column_label (table_name, column), shown != NULL ? shown : value };

        psl_document_table_add_row (table, cells);
      }
    }
}

PslDocument *
psl_person_data_report_new (PslStore   *store,
                            const char *person_id,
                            GError    **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(JsonNode) data = psl_person_data_collect (store, person_id, TRUE, error);
  g_autoptr(PslDocument) doc = NULL;
  JsonArray *sections;
  JsonObject *identity = NULL;
  g_autofree char *title = NULL;

  if (data == NULL)
    return NULL;
  sections = json_object_get_array_member (json_node_get_object (data), "sections");
  /* The first section is the person's own record. */
  {
    JsonArray *own = json_object_get_array_member (json_array_get_object_element (sections, 0), "records");

    if (json_array_get_length (own) > 0)
      identity = json_array_get_object_element (own, 0);
  }
  title = identity != NULL ? g_strdup_printf ("%s %s", member (identity, "first_name"), member (identity, "last_name"))
                           : g_strdup (_("Person"));
  if ((doc = psl_report_document_new (store, title, error)) == NULL)
    return NULL;
  psl_document_set_subtitle (doc, _("Your data held by the structure"));
  psl_document_add_paragraph (doc, _("This document lists everything the structure holds about you, as the "
                                     "General Data Protection Regulation gives you the right to know (article 15). "
                                     "You may ask for any of it to be corrected, and for your file to be erased "
                                     "once no contract is in progress. The same data are available as a file "
                                     "(JSON) to take elsewhere (article 20)."));
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonObject *section = json_array_get_object_element (sections, i);
      JsonArray *records = json_object_get_array_member (section, "records");
      const char *table = json_object_get_string_member (section, "table");

      psl_document_add_heading (doc, json_object_get_string_member (section, "title"));
      if (json_array_get_length (records) == 0)
        psl_document_add_note (doc, _("Nothing recorded."));
      for (guint r = 0; r < json_array_get_length (records); r++)
        add_record (doc, table, json_array_get_object_element (records, r));
    }
  return g_steal_pointer (&doc);
}

PslDocument *
psl_processing_record_new (PslStore  *store,
                           GError   **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(PslInstallation) inst = psl_installation_load (store, error);
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *people = NULL, *contacts = NULL, *staff = NULL, *sites = NULL;
  g_autofree char *inactive = NULL, *confidential = NULL;
  g_auto(PslProcessingFigures) figures = { 0 };

  if (inst == NULL || (doc = psl_report_document_new (store, _("Record of Processing"), error)) == NULL)
    return NULL;
  psl_processing_figures_load (store, &figures);
  people = psl_format_count (figures.people);
  contacts = psl_format_count (figures.contacts);
  staff = psl_format_count (figures.staff);
  sites = psl_format_count (figures.sites);
  inactive = g_strdup_printf (psl_ngettext ("%d month", "%d months",
                                           psl_retention_months (store, "inactive_person")),
                              psl_retention_months (store, "inactive_person"));
  confidential = g_strdup_printf (psl_ngettext ("%d month", "%d months",
                                               psl_retention_months (store, "confidential")),
                                  psl_retention_months (store, "confidential"));

  psl_document_set_subtitle (doc, _("General Data Protection Regulation, article 30"));
  psl_document_add_heading (doc, _("Controller"));
  psl_document_add_field (doc, _("Structure"), inst->structure_name);
  psl_document_add_field (doc, _("Country"), g_strcmp0 (inst->country, "BE") == 0 ? _("Belgium") : _("France"));
  psl_document_add_field (doc, _("Direction"), psl_report_or_dash (figures.directors));
  psl_document_add_field (doc, _("Sites sharing the file"), sites);

  psl_document_add_heading (doc, _("Purposes"));
  psl_document_add_paragraph (doc, _("Accompanying people towards work: their pathway, barriers and their lifting, "
                                     "placements in firms (immersions and contracts) and follow-up in work. "
                                     "Relations with firms and partners. Activity reports to the funders, in "
                                     "aggregate figures only."));

  psl_document_add_heading (doc, _("Categories of People"));
  psl_document_add_field (doc, _("People accompanied"), people);
  psl_document_add_field (doc, _("Contacts in firms and partners"), contacts);
  psl_document_add_field (doc, _("Staff members"), staff);

  psl_document_add_heading (doc, _("Categories of Data"));
  psl_document_add_paragraph (doc, _("Identity and contact details; pathway, situation, qualification and project; "
                                     "competences; placements and follow-ups; consents. Apart and encrypted: health, "
                                     "disability, justice and benefits, and the details of barriers."));

  psl_document_add_heading (doc, _("Recipients"));
  psl_document_add_paragraph (doc, _("The team, by role: the confidential part only to the person's referents and "
                                     "to direction. Firms: a candidate presentation, only with the person's consent, "
                                     "never the confidential part. Partners: only with consent. Funders: aggregate "
                                     "figures, small counts of sensitive causes hidden."));

  psl_document_add_heading (doc, _("Retention"));
  psl_document_add_field (doc, _("People with no activity after their exit"), inactive);
  psl_document_add_field (doc, _("Confidential part after exit"), confidential);
  psl_document_add_field (doc, _("Consents"), _("until the date each one gives"));
  psl_document_add_field (doc, _("Audit journal"), _("kept, never changed"));
  psl_document_add_note (doc, _("Anonymisation keeps, without any name, what the statistics count, so that past "
                                "reports keep their figures."));

  psl_document_add_heading (doc, _("Security Measures"));
  psl_document_add_paragraph (doc, _("The confidential part is encrypted in the file (XChaCha20-Poly1305) with a key "
                                     "kept in the keyring of each computer; access by role; each reading, export "
                                     "and erasure written in a journal that cannot be changed; backups readable by "
                                     "their owner only; exchanges between sites encrypted and authenticated; the "
                                     "diary exported with initials only unless chosen otherwise."));
  psl_document_add_field (doc, _("Encryption at rest"), psl_privacy_is_set_up (store) ? _("set up") : _("not set up"));
  return g_steal_pointer (&doc);
}

PslDocument *
psl_recovery_sheet_new (PslStore    *store,
                        const char  *recovery,
                        GError     **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(PslInstallation) inst = psl_installation_load (store, error);
  g_autoptr(PslDocument) doc = NULL;

  if (inst == NULL || (doc = psl_report_document_new (store, _("Recovery Key of the Structure"), error)) == NULL)
    return NULL;
  psl_document_set_subtitle (doc, _("Encryption of the confidential part"));
  psl_document_add_field (doc, _("Structure"), inst->structure_name);
  psl_document_add_field (doc, _("Recovery key"), recovery);
  psl_document_add_heading (doc, _("What It Is For"));
  psl_document_add_paragraph (doc, _("The confidential part of the people followed (health, disability, justice, "
                                     "benefits, details of barriers) is encrypted in the file with the structure "
                                     "key, kept in the computer’s keyring. If that key is lost (a new computer, a "
                                     "keyring reset), this recovery key puts it back: Preferences, Privacy, "
                                     "Recovery key. Without it, the confidential parts cannot be read again."));
  psl_document_add_heading (doc, _("How to Keep It"));
  psl_document_add_paragraph (doc, _("Keep this sheet under lock and key, apart from the computer, and give it to "
                                     "nobody outside direction: whoever holds it with a copy of the file reads "
                                     "the confidential parts. Do not keep it as a file on the computer."));
  return g_steal_pointer (&doc);
}
