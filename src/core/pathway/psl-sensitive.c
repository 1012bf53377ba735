/* psl-sensitive.c — what is confidential about a person (health, disability, justice, benefits), kept apart
 *
 * These items live in their own table, person_sensitive, which no
 * employer- or partner-facing output reads: keeping them apart is what
 * makes that promise checkable (a query that never names the table
 * cannot leak it).
 */

#define G_LOG_DOMAIN "psl-sensitive"

#include "config.h"

#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-sensitive.h"
#include "privacy/psl-audit.h"
#include "privacy/psl-privacy.h"
#include "psl-store-private.h"

static const char *categories[] = { "health", "disability", "justice", "benefit", NULL };

const PslField psl_sensitive_fields[] = {
  { "category",    PSL_FIELD_CHOICE,   N_("Kind"), NULL, categories },
  { "detail",      PSL_FIELD_SECRET,   N_("Detail") },
  { "recorded_on", PSL_FIELD_DATE,     N_("Recorded on") },
  { "recorded_by", PSL_FIELD_ID,       N_("Recorded by") },
  { NULL }
};

char *
psl_sensitive_create_from_form (PslStore           *store,
                                const char         *person_id,
                                const char * const *columns,
                                const char * const *values,
                                GError            **error)
{
  return psl_record_insert (store, "person_sensitive", psl_sensitive_fields, "person_id", person_id,
                            columns, values, error);
}

const char *
psl_sensitive_category_label (const char *category)
{
  if (g_strcmp0 (category, "health") == 0)
    return _("Health");
  if (g_strcmp0 (category, "disability") == 0)
    return _("Disability");
  if (g_strcmp0 (category, "justice") == 0)
    return _("Justice");
  return _("Benefits");
}

static gpointer
read_line (sqlite3_stmt *stmt)
{
  g_autofree char *on = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 3));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *recorded = g_strdup_printf (_("recorded on %s"), on);

  psl_append_part (subtitle, (const char *) sqlite3_column_text (stmt, 2));
  psl_append_part (subtitle, recorded);
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    {
      g_autofree char *by = g_strdup_printf (_("by %s"), sqlite3_column_text (stmt, 4));
      psl_append_part (subtitle, by);
    }
  return psl_record_line_new (psl_column_dup (stmt, 0),
                              g_strdup (psl_sensitive_category_label ((const char *) sqlite3_column_text (stmt, 1))),
                              g_string_free (g_steal_pointer (&subtitle), FALSE), FALSE);
}

GPtrArray *
psl_sensitive_lines (PslStore   *store,
                     const char *person_id,
                     GError    **error)
{
  g_autoptr(GPtrArray) lines = NULL;

  /* Only the referents and direction read it, and each reading is kept. */
  if (!psl_privacy_may_read (store, person_id, error))
    return NULL;
  lines = psl_store_collect (store,
    "SELECT s.id, s.category, psl_open(s.detail, 'person_sensitive.detail/' || s.id), s.recorded_on,"
    "       st.first_name || ' ' || st.last_name"
    "  FROM person_sensitive s LEFT JOIN staff st ON st.id = s.recorded_by"
    " WHERE s.person_id = ?1 AND s.deleted_at IS NULL"
    " ORDER BY s.recorded_on DESC;",
    person_id, read_line, (GDestroyNotify) psl_record_line_free, _("Reading the confidential items"), error);
  if (lines == NULL || !psl_audit_add (store, PSL_AUDIT_READ_CONFIDENTIAL, person_id, "person_sensitive", error))
    return NULL;
  return g_steal_pointer (&lines);
}
