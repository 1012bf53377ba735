/* psl-barrier.c — a person's barriers (freins périphériques): identified, being lifted, lifted
 *
 * The list of barriers is the editable reference list "barrier"; the
 * partner who helps lift one is named, so that the network of partners
 * is seen at work.  A barrier that is also sensitive (health, disability,
 * justice) says only its name here: the detail belongs to the
 * confidential record (person_sensitive).  To whoever may not read the
 * person's confidential part, it says neither its name nor its partner:
 * only that a confidential barrier is there, its dates, and whom to ask.
 */

#define G_LOG_DOMAIN "psl-barrier"

#include "config.h"

#include "psl-i18n.h"

#include "psl-barrier.h"
#include "psl-format.h"
#include "privacy/psl-privacy.h"
#include "psl-store-private.h"

static const char *statuses[] = { "identified", "in_progress", "lifted", NULL };

const char *const psl_barrier_status_choices[] = {
  "identified",  N_("Identified"),
  "in_progress", N_("Being lifted"),
  "lifted",      N_("Lifted"),
  NULL
};

const PslField psl_barrier_fields[] = {
  { "code",          PSL_FIELD_REF,    N_("Barrier"), "barrier" },
  { "status",        PSL_FIELD_CHOICE, N_("Status"), NULL, statuses, psl_barrier_status_choices },
  { "partner_id",    PSL_FIELD_ID,     N_("Partner handling it") },
  { "identified_on", PSL_FIELD_DATE,   N_("Identified on") },
  { "lifted_on",     PSL_FIELD_DATE,   N_("Lifted on") },
  { "notes",         PSL_FIELD_SECRET, N_("Notes") },
  { NULL }
};

char *
psl_barrier_create_from_form (PslStore           *store,
                              const char         *person_id,
                              const char * const *columns,
                              const char * const *values,
                              GError            **error)
{
  return psl_record_insert (store, "barrier", psl_barrier_fields, "person_id", person_id, columns, values, error);
}

static const char *
status_label (const char *status)
{
  if (g_strcmp0 (status, "lifted") == 0)
    return _("Lifted");
  if (g_strcmp0 (status, "in_progress") == 0)
    return _("Being lifted");
  return _("Identified");
}

static gpointer
read_line (sqlite3_stmt *stmt)
{
  const char *status = (const char *) sqlite3_column_text (stmt, 2);
  g_autofree char *identified = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 3));
  g_autofree char *lifted = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 4));
  g_autoptr(GString) subtitle = g_string_new (status_label (status));
  g_autofree char *since = g_strdup_printf (_("identified on %s"), identified);

  psl_append_part (subtitle, since);
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    {
      g_autofree char *on = g_strdup_printf (_("lifted on %s"), lifted);
      psl_append_part (subtitle, on);
    }
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    {
      g_autofree char *with = g_strdup_printf (_("with %s"), sqlite3_column_text (stmt, 5));
      psl_append_part (subtitle, with);
    }
  PslRecordLine *line;

  line = psl_record_line_new (psl_column_dup (stmt, 0),
                              sqlite3_column_type (stmt, 1) == SQLITE_NULL
                              ? g_strdup (_("Personal (confidential)")) : psl_column_dup (stmt, 1),
                              g_string_free (g_steal_pointer (&subtitle), FALSE),
                              g_strcmp0 (status, "lifted") == 0);
  line->sealed = sqlite3_column_type (stmt, 1) == SQLITE_NULL;
  return line;
}

/* The barriers with label and partner as columns 1 and 5: hidden (NULL)
 * for a sensitive one when the reader may not see it. */
#define LINES_SQL(LABEL, PARTNER) \
  "SELECT b.id, " LABEL ", b.status, b.identified_on, b.lifted_on, " PARTNER \
  "  FROM barrier b" \
  "  LEFT JOIN ref_item r ON r.list_code = 'barrier' AND r.code = b.code" \
  "  LEFT JOIN partner p ON p.id = b.partner_id" \
  " WHERE b.person_id = ?1 AND b.deleted_at IS NULL" \
  " ORDER BY b.status = 'lifted', b.identified_on DESC;"
#define OPEN_SQL   LINES_SQL ("coalesce(r.label, b.code)", "p.name")
#define HIDDEN_SQL LINES_SQL ("CASE WHEN coalesce(r.sensitive, 0) THEN NULL ELSE coalesce(r.label, b.code) END", \
                              "CASE WHEN coalesce(r.sensitive, 0) THEN NULL ELSE p.name END")

/* Those still in the way first, then the lifted ones. */
GPtrArray *
psl_barrier_lines (PslStore   *store,
                   const char *person_id,
                   GError    **error)
{
  g_autoptr(GError) why = NULL;
  gboolean may_read = psl_privacy_may_read (store, person_id, &why);
  GPtrArray *lines = psl_store_collect (store, may_read ? OPEN_SQL : HIDDEN_SQL, person_id, read_line,
                                        (GDestroyNotify) psl_record_line_free, _("Reading the barriers"), error);

  /* Whom to ask, on each barrier hidden. */
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      PslRecordLine *line = g_ptr_array_index (lines, i);
      char *subtitle;

      if (!line->sealed)
        continue;
      subtitle = g_strdup_printf ("%s\n%s", line->subtitle, why->message);
      g_free (line->subtitle);
      line->subtitle = subtitle;
    }
  return lines;
}
