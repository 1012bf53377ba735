/* psl-clause-demo.c — the demonstration's public contracts with a social clause
 *
 * Two contracts of the territory, won by the firms where the most people
 * of the structure started a contract in the last year: green spaces for
 * the Grand Figeac, running for two years since ten months ago, with the
 * hours of the people placed there month by month at twelve hours a week;
 * and the cleaning of the media library for the Ville de Figeac, ended two
 * months ago, its hours all done.  Written through core's own functions,
 * so that the demonstration keeps their rules.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include <math.h>

#include "psl-i18n.h"

#include "psl-clause.h"
#include "psl-clause-demo.h"
#include "psl-format.h"
#include "psl-store-private.h"

typedef struct
{
  const char *title, *lot, *buyer, *reference;
  int         start_months;   /* months before this month that it starts */
  int         length_months;
  double      owed;
  gboolean    fill_to_owed;   /* its hours reach what it owes */
} DemoContract;

static const DemoContract contracts[] = {
  { "Entretien des espaces verts et des cimetières", "Lot 2 — Tonte et débroussaillage",
    "Communauté de communes du Grand Figeac", "EV-02", 10, 24, 1600, FALSE },
  { "Nettoyage des locaux de la médiathèque", NULL, "Ville de Figeac", "NET-07", 14, 12, 400, TRUE },
};

static char *
shifted (const char *today,
         int         months,
         int         days)
{
  g_autoptr(GDate) day = psl_date_parse (today);

  g_date_set_day (day, 1);
  if (months < 0)
    g_date_subtract_months (day, -months);
  else
    g_date_add_months (day, months);
  if (days < 0)
    g_date_subtract_days (day, -days);
  else
    g_date_add_days (day, days);
  return psl_date_to_iso (day);
}

/* Each month of each placement within the contract and before today's
 * month, as a line of hours. */
static gboolean
fill_hours (PslStore           *store,
            const char         *contract_id,
            const char         *company_id,
            const char         *starts_on,
            const char         *ends_on,
            const DemoContract *demo,
            const char         *today,
            GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT pl.id, pl.person_id, max(pl.start_date, ?2), min(coalesce(pl.end_date, pl.planned_end, ?3), ?3)"
    "  FROM placement pl JOIN person p ON p.id = pl.person_id AND p.deleted_at IS NULL"
    " WHERE pl.company_id = ?1 AND pl.deleted_at IS NULL AND pl.start_date IS NOT NULL"
    "   AND pl.stage IN ('contract', 'ended', 'immersion')"
    "   AND pl.start_date <= ?3 AND coalesce(pl.end_date, pl.planned_end, ?3) >= ?2"
    " ORDER BY pl.start_date, pl.id;", error);
  g_autofree char *month_end = shifted (today, 0, -1);
  g_autofree char *last = g_strdup (strcmp (ends_on, month_end) < 0 ? ends_on : month_end);
  double done = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, starts_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, last, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && !(demo->fill_to_owed && done >= demo->owed))
    {
      g_autoptr(GDate) from = psl_date_parse ((const char *) sqlite3_column_text (stmt, 2));
      g_autoptr(GDate) until = psl_date_parse ((const char *) sqlite3_column_text (stmt, 3));

      while (g_date_compare (from, until) <= 0 && !(demo->fill_to_owed && done >= demo->owed))
        {
          g_autoptr(GDate) to = g_date_copy (from);
          g_autofree char *a = NULL;
          g_autofree char *b = NULL;
          g_autofree char *id = NULL;
          double hours;

          g_date_set_day (to, g_date_get_days_in_month (g_date_get_month (to), g_date_get_year (to)));
          if (g_date_compare (to, until) > 0)
            *to = *until;
          hours = round ((g_date_days_between (from, to) + 1) * 12.0 / 7.0);
          if (demo->fill_to_owed)
            hours = MIN (hours, demo->owed - done);
          a = psl_date_to_iso (from);
          b = psl_date_to_iso (to);
          if (hours > 0)
            {
              id = psl_clause_hours_add (store, contract_id, (const char *) sqlite3_column_text (stmt, 1),
                                         (const char *) sqlite3_column_text (stmt, 0), a, b, hours, today, error);
              if (id == NULL)
                return FALSE;
              done += hours;
            }
          *from = *to;
          g_date_add_days (from, 1);
        }
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the placements"));
      return FALSE;
    }
  return TRUE;
}

gboolean
psl_clause_demo_fill (PslStore    *store,
                      const char  *today,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) firms = psl_store_prepare (store,
    "SELECT p.company_id FROM placement p JOIN company c ON c.id = p.company_id AND c.deleted_at IS NULL"
    " WHERE p.kind = 'contract' AND p.deleted_at IS NULL AND p.start_date IS NOT NULL"
    "   AND p.start_date >= date(?1, '-12 months')"
    " GROUP BY p.company_id ORDER BY count(*) DESC, p.company_id LIMIT 2;", error);
  guint n = 0;

  if (firms == NULL)
    return FALSE;
  sqlite3_bind_text (firms, 1, today, -1, SQLITE_STATIC);
  while (n < G_N_ELEMENTS (contracts) && sqlite3_step (firms) == SQLITE_ROW)
    {
      const DemoContract *demo = &contracts[n++];
      g_autofree char *company_id = psl_column_dup (firms, 0);
      g_autofree char *starts = shifted (today, -demo->start_months, 0);
      g_autofree char *ends = shifted (today, demo->length_months - demo->start_months, -1);
      g_autofree char *year = g_strndup (starts, 4);
      g_autofree char *reference = g_strdup_printf ("%s-%s", year, demo->reference);
      g_autofree char *id = NULL;
      PslClauseContract c = { NULL, company_id, (char *) demo->title, (char *) demo->lot, (char *) demo->buyer,
                              reference, starts, ends, demo->owed };

      if ((id = psl_clause_contract_save (store, &c, error)) == NULL
          || !fill_hours (store, id, company_id, starts, ends, demo, today, error))
        return FALSE;
    }
  return TRUE;
}
