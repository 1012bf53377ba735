/* psl-firm-view.c — what a firm may be told about a person it is introduced to */

#define G_LOG_DOMAIN "psl-firm-view"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-firm-view.h"
#include "psl-format.h"
#include "psl-privacy.h"
#include "psl-ref.h"
#include "psl-store-private.h"

/* Only the columns a firm may know are read: what is not selected cannot
 * be shown by mistake. */
#define FIRM_VIEW_SQL \
  "SELECT p.first_name || ' ' || p.last_name, p.project, p.project_rome, p.qualification, p.strengths," \
  "       p.languages, p.driving_licence, p.vehicle, p.mobility_km, p.available_from," \
  "       s.first_name || ' ' || s.last_name, s.phone" \
  "  FROM person p LEFT JOIN staff s ON s.id = p.referent_id" \
  " WHERE p.id = ?1 AND p.deleted_at IS NULL;"

void
psl_firm_view_line_free (PslFirmViewLine *line)
{
  if (line == NULL)
    return;
  g_free (line->label);
  g_free (line->value);
  g_free (line);
}

static void
add (GPtrArray  *lines,
     const char *label,
     const char *value)
{
  PslFirmViewLine *line;

  if (value == NULL || *value == '\0')
    return;
  line = g_new0 (PslFirmViewLine, 1);
  line->label = g_strdup (label);
  line->value = g_strdup (value);
  g_ptr_array_add (lines, line);
}

static const char *
text_at (sqlite3_stmt *stmt,
         int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

GPtrArray *
psl_firm_view_for_person (PslStore   *store,
                          const char *person_id,
                          GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, FIRM_VIEW_SQL, error);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_firm_view_line_free);
  g_autoptr(GString) mobility = g_string_new (NULL);
  g_autofree char *project = NULL;
  g_autofree char *qualification = NULL;
  g_autofree char *available = NULL;
  g_autofree char *contact = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                           _("There is no such person in the database."));
      return NULL;
    }

  add (lines, _("Name"), text_at (stmt, 0));
  if (text_at (stmt, 1) != NULL && text_at (stmt, 2) != NULL)
    /* Translators: a professional project and its ROME code, "Cariste (N1101)" */
    project = g_strdup_printf (_("%1$s (%2$s)"), text_at (stmt, 1), text_at (stmt, 2));
  add (lines, _("Professional project"), project != NULL ? project : text_at (stmt, 1) ? text_at (stmt, 1)
                                                                                       : text_at (stmt, 2));
  qualification = psl_ref_label (store, "qualification_level", text_at (stmt, 3));
  add (lines, _("Qualification"), qualification);
  add (lines, _("Strengths"), text_at (stmt, 4));
  add (lines, _("Languages"), text_at (stmt, 5));
  if (sqlite3_column_int (stmt, 6))
    psl_append_part (mobility, _("driving licence"));
  if (sqlite3_column_int (stmt, 7))
    psl_append_part (mobility, _("has a vehicle"));
  if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
    {
      /* Translators: how far a person can travel to work */
      g_autofree char *km = g_strdup_printf (_("up to %d km"), sqlite3_column_int (stmt, 8));

      psl_append_part (mobility, km);
    }
  add (lines, _("Mobility"), mobility->str);
  available = text_at (stmt, 9) != NULL ? psl_format_date_short (text_at (stmt, 9)) : NULL;
  add (lines, _("Available from"), available);
  if (text_at (stmt, 10) != NULL)
    contact = text_at (stmt, 11) != NULL
      /* Translators: whom a firm calls about the person: %1$s a counsellor, %2$s a phone number */
      ? g_strdup_printf (_("%1$s, their counsellor, %2$s"), text_at (stmt, 10), text_at (stmt, 11))
      /* Translators: whom a firm calls about the person: %s a counsellor */
      : g_strdup_printf (_("%s, their counsellor"), text_at (stmt, 10));
  add (lines, _("To talk about them"), contact);
  return g_steal_pointer (&lines);
}
