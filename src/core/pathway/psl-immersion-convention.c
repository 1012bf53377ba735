/* psl-immersion-convention.c — the PMSMP convention of an immersion and its one-month rule
 *
 * A période de mise en situation en milieu professionnel lasts one month
 * at most, continuous or not, and may be renewed once for the same object
 * (Code du travail, art. D. 5135-2).  The convention is signed by the
 * person, the host firm and the prescriber before it starts, so it is
 * printed from the placement, and refused when its dates break the rule:
 * a convention that could not be signed is worse than none.
 */

#define G_LOG_DOMAIN "psl-immersion"

#include "config.h"

#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-immersion-convention.h"
#include "psl-store-private.h"

char *
psl_immersion_last_day (const char *start_iso)
{
  g_autoptr(GDate) date = start_iso != NULL && psl_date_is_iso (start_iso) ? psl_date_parse (start_iso) : NULL;

  if (date == NULL)
    return NULL;
  g_date_add_months (date, 1);
  g_date_subtract_days (date, 1);
  return psl_date_to_iso (date);
}

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
psl_immersion_check_period (const char  *start_iso,
                            const char  *planned_end_iso,
                            const char  *renewed_until_iso,
                            GError     **error)
{
  g_autofree char *last = psl_immersion_last_day (start_iso);
  g_autofree char *renewal_last = NULL;

  if (last == NULL || planned_end_iso == NULL || !psl_date_is_iso (planned_end_iso))
    return refuse (error, _("An immersion needs the day it starts and the day it is planned to end."));
  if (g_strcmp0 (planned_end_iso, start_iso) < 0)
    return refuse (error, _("The immersion ends before it starts."));
  if (g_strcmp0 (planned_end_iso, last) > 0)
    {
      g_autofree char *from = psl_format_date (start_iso);
      g_autofree char *to = psl_format_date (last);
      g_autofree char *message =
        /* Translators: %s are dates; the rule is that of the Code du travail */
        g_strdup_printf (_("An immersion (PMSMP) lasts one month at most (Code du travail, D. 5135-2): from %s it may "
                           "go on until %s. For longer, renew it once."), from, to);

      return refuse (error, message);
    }
  if (renewed_until_iso == NULL)
    return TRUE;
  if (!psl_date_is_iso (renewed_until_iso) || g_strcmp0 (renewed_until_iso, planned_end_iso) <= 0)
    return refuse (error, _("A renewal goes on after the planned end of the immersion."));
  /* The renewal is one more month after the first end. */
  {
    g_autoptr(GDate) day = psl_date_parse (planned_end_iso);

    g_date_add_months (day, 1);
    renewal_last = psl_date_to_iso (day);
  }
  if (g_strcmp0 (renewed_until_iso, renewal_last) > 0)
    {
      g_autofree char *to = psl_format_date (renewal_last);
      g_autofree char *message =
        /* Translators: %s is a date; the rule is that of the Code du travail */
        g_strdup_printf (_("An immersion is renewed once, for one month at most (Code du travail, D. 5135-2): "
                           "this one may go on until %s."), to);

      return refuse (error, message);
    }
  return TRUE;
}

gboolean
psl_immersion_renew (PslStore    *store,
                     const char  *placement_id,
                     const char  *until_iso,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  gboolean renewed;

  if (!psl_store_begin (store, error))
    return FALSE;
  stmt = psl_store_prepare (store,
    "SELECT kind, start_date, planned_end, renewed_until IS NOT NULL FROM placement"
    " WHERE id = ?1 AND deleted_at IS NULL;", &local_error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, placement_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      refuse (&local_error, _("This placement no longer exists."));
      goto fail;
    }
  kind = psl_column_dup (stmt, 0);
  start = psl_column_dup (stmt, 1);
  end = psl_column_dup (stmt, 2);
  renewed = sqlite3_column_int (stmt, 3);
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (g_strcmp0 (kind, "immersion") != 0)
    {
      refuse (&local_error, _("Only an immersion (PMSMP) is renewed."));
      goto fail;
    }
  if (renewed)
    {
      refuse (&local_error, _("This immersion was already renewed: a PMSMP is renewed once only (Code du travail, "
                              "D. 5135-2). Another period needs a new convention."));
      goto fail;
    }
  if (!psl_immersion_check_period (start, end, until_iso, &local_error))
    goto fail;
  stmt = psl_store_prepare (store,
    "UPDATE placement SET renewed_until = ?2, site_id = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
    " WHERE id = ?1;", &local_error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, placement_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, until_iso, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, &local_error) || !psl_store_commit (store, &local_error))
    goto fail;
  return TRUE;

fail:
  psl_store_rollback (store);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

void
psl_immersion_convention_free (PslImmersionConvention *c)
{
  if (c == NULL)
    return;
  g_free (c->person_id);
  g_free (c->person_name);
  g_free (c->birth_date);
  g_free (c->person_address);
  g_free (c->company_name);
  g_free (c->company_identifier);
  g_free (c->company_address);
  g_free (c->tutor_name);
  g_free (c->tutor_role);
  g_free (c->structure_name);
  g_free (c->structure_address);
  g_free (c->referent_name);
  g_free (c->immersion_type);
  g_free (c->objectives);
  g_free (c->trade);
  g_free (c->start_date);
  g_free (c->planned_end);
  g_free (c->renewed_until);
  g_free (c);
}

PslImmersionConvention *
psl_immersion_convention_load (PslStore    *store,
                               const char  *placement_id,
                               GError     **error)
{
  g_autoptr(PslImmersionConvention) c = g_new0 (PslImmersionConvention, 1);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT pl.kind, trim(p.first_name || ' ' || p.last_name), p.birth_date,"
    "       nullif(trim(coalesce(p.address, '') || ' ' || coalesce(p.postcode, '') || ' ' || coalesce(p.commune, '')), ''),"
    "       coalesce(c.trade_name, c.legal_name), c.identifier,"
    "       nullif(trim(coalesce(c.address, '') || ' ' || coalesce(c.postcode, '') || ' ' || coalesce(c.commune, '')), ''),"
    "       nullif(trim(coalesce(t.first_name, '') || ' ' || coalesce(t.last_name, '')), ''),"
    "       coalesce(t.job_title, t.role),"
    "       s.name, nullif(trim(coalesce(s.address, '') || ' ' || coalesce(s.postcode, '') || ' ' || coalesce(s.commune, '')), ''),"
    "       nullif(trim(coalesce(st.first_name, '') || ' ' || coalesce(st.last_name, '')), ''),"
    "       pl.immersion_type, pl.objectives, o.trade, pl.start_date, pl.planned_end, pl.renewed_until,"
    "       coalesce(pl.weekly_hours, 0), pl.person_id"
    "  FROM placement pl JOIN person p ON p.id = pl.person_id JOIN company c ON c.id = pl.company_id"
    "  LEFT JOIN contact t ON t.id = pl.tutor_id LEFT JOIN opportunity o ON o.id = pl.opportunity_id"
    "  LEFT JOIN staff st ON st.id = coalesce(pl.staff_id, p.referent_id)"
    "  LEFT JOIN structure s ON s.id = (SELECT structure_id FROM site WHERE is_local = 1 LIMIT 1)"
    " WHERE pl.id = ?1 AND pl.deleted_at IS NULL;", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, placement_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return refuse (error, _("This placement no longer exists.")), NULL;
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "immersion") != 0)
    return refuse (error, _("A PMSMP convention is printed for an immersion only: this placement is not one.")), NULL;
  c->person_name = psl_column_dup (stmt, 1);
  c->birth_date = psl_column_dup (stmt, 2);
  c->person_address = psl_column_dup (stmt, 3);
  c->company_name = psl_column_dup (stmt, 4);
  c->company_identifier = psl_column_dup (stmt, 5);
  c->company_address = psl_column_dup (stmt, 6);
  c->tutor_name = psl_column_dup (stmt, 7);
  c->tutor_role = psl_column_dup (stmt, 8);
  c->structure_name = psl_column_dup (stmt, 9);
  c->structure_address = psl_column_dup (stmt, 10);
  c->referent_name = psl_column_dup (stmt, 11);
  c->immersion_type = psl_column_dup (stmt, 12);
  c->objectives = psl_column_dup (stmt, 13);
  c->trade = psl_column_dup (stmt, 14);
  c->start_date = psl_column_dup (stmt, 15);
  c->planned_end = psl_column_dup (stmt, 16);
  c->renewed_until = psl_column_dup (stmt, 17);
  c->weekly_hours = sqlite3_column_double (stmt, 18);
  c->person_id = psl_column_dup (stmt, 19);
  if (!psl_immersion_check_period (c->start_date, c->planned_end, c->renewed_until, error))
    return NULL;
  return g_steal_pointer (&c);
}
