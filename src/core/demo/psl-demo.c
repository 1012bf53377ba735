/* psl-demo.c — realistic, deterministic demo data for a rural territory
 *
 * A fictional mission locale in the Pays de Figeac (Lot) with three years
 * of history, written relative to "today" so that the demo always has
 * reminders due, follow-ups late, alerts open and contracts running.
 * Everything comes from one seeded GRand, ids included, so that the same
 * seed and the same day give the same file.
 *
 * This file sets the generator up and runs the parts in their order, each
 * in a file of src/core/demo for what it makes: the structure and its
 * staff (psl-demo-structure.c), firms and opportunities (-firms), people
 * (-people) along their planned pathways (-pathways), placements and
 * their follow-up (-placements), events and exchanges (-exchanges); the
 * sizes and the large file's speed are in psl-demo-bulk.c.  The order of
 * the draws is the file: moving a draw changes every row after it.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include "psl-i18n.h"

#include "psl-demo-private.h"
#include "psl-clause-demo.h"
#include "psl-demo-network.h"
#include "psl-demo-service.h"
#include "psl-format.h"
#include "psl-search.h"

static void
gen_init (Gen               *g,
          PslStore          *store,
          const PslDemoSize *size,
          const GDate       *today)
{
  GDate date = *today;

  g->store = store;
  g->db = psl_store_get_db (store);
  g->site = psl_store_get_site_id (store);
  g->rand = g_rand_new_with_seed (size->seed);
  g->indexes = g_ptr_array_new_with_free_func (g_free);

  /* One date string per day, from seventy years ago to four years on. */
  g->dates = g_malloc ((gsize) (PAST_DAYS + 1 + FUTURE_DAYS) * 11);
  g_date_subtract_days (&date, PAST_DAYS);
  g->first_weekday = g_date_get_weekday (&date);
  for (int i = 0; i <= PAST_DAYS + FUTURE_DAYS; i++)
    {
      g_snprintf (g->dates + (gsize) i * 11, 11, "%04u-%02u-%02u", g_date_get_year (&date),
                  g_date_get_month (&date), g_date_get_day (&date));
      g_date_add_days (&date, 1);
    }
  g_snprintf (g->stamp, sizeof g->stamp, "%sT08:00:00.000Z", psl_demo_on (g, 0));

  g->n_communes = psl_demo_count (psl_demo_communes, sizeof (PslDemoCommune));
  g->n_kinds = psl_demo_count (psl_demo_firm_kinds, sizeof (PslDemoFirmKind));
  g->kind_weights = g_new0 (guint, g->n_kinds + 1);
  for (guint k = 0; k < g->n_kinds; k++)
    g->kind_weights[k + 1] = g->kind_weights[k] + psl_demo_firm_kinds[k].weight;
  g->female_slugs = psl_demo_slugs_of (psl_demo_female_names);
  g->male_slugs = psl_demo_slugs_of (psl_demo_male_names);
  g->last_slugs = psl_demo_slugs_of (psl_demo_last_names);

  g->n_staff = size->staff;
  g->staff = g_new0 (Staff, g->n_staff);
  for (guint a = 0; a < N_ANTENNAS; a++)
    g->cips[a] = g_array_new (FALSE, FALSE, sizeof (guint));
  g->n_partners = size->partners;
  g->partners = g_new0 (Partner, g->n_partners);
  g->prescribers = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint b = 0; b < N_BARRIERS; b++)
    g->helpers[b] = g_array_new (FALSE, FALSE, sizeof (guint));
  g->relations = g_array_new (FALSE, FALSE, sizeof (guint));
  g->n_companies = size->companies;
  g->companies = g_new0 (Company, g->n_companies);
  g->firm_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g->kind_first = g_new0 (guint, g->n_kinds + 1);
  g->companies_by_kind = g_new0 (guint, g->n_companies);
  g->n_contacts = size->contacts;
  g->contacts = g_new0 (Id, MAX (1, g->n_contacts));
  g->n_opportunities = size->opportunities;
  g->opportunities = g_new0 (Opportunity, MAX (1, g->n_opportunities));
  g->opportunity_first = g_new0 (guint, g->n_kinds + 1);
  g->opportunities_by_kind = g_new0 (guint, MAX (1, g->n_opportunities));
  g->n_people = size->people;
  g->people = g_new0 (Person, MAX (1, g->n_people));
  g->pathway_length = g_new0 (guint8, MAX (1, g->n_people));
  g->n_events = 3 + 24 * MAX (1, g->n_staff / 8);
  g->events = g_new0 (Event, g->n_events);
  g->n_interactions = size->interactions;
}

static void
gen_clear (Gen *g)
{
  for (guint i = 0; i < N_INSERTS; i++)
    g_clear_pointer (&g->inserts[i], sqlite3_finalize);
  g_clear_pointer (&g->rand, g_rand_free);
  g_clear_pointer (&g->indexes, g_ptr_array_unref);
  g_clear_pointer (&g->dates, g_free);
  g_clear_pointer (&g->kind_weights, g_free);
  g_clear_pointer (&g->female_slugs, g_strfreev);
  g_clear_pointer (&g->male_slugs, g_strfreev);
  g_clear_pointer (&g->last_slugs, g_strfreev);
  g_clear_pointer (&g->staff, g_free);
  for (guint a = 0; a < N_ANTENNAS; a++)
    g_clear_pointer (&g->cips[a], g_array_unref);
  g_clear_pointer (&g->relations, g_array_unref);
  g_clear_pointer (&g->partners, g_free);
  g_clear_pointer (&g->prescribers, g_array_unref);
  for (guint b = 0; b < N_BARRIERS; b++)
    g_clear_pointer (&g->helpers[b], g_array_unref);
  g_clear_pointer (&g->companies, g_free);
  g_clear_pointer (&g->firm_names, g_hash_table_unref);
  g_clear_pointer (&g->kind_first, g_free);
  g_clear_pointer (&g->companies_by_kind, g_free);
  g_clear_pointer (&g->contacts, g_free);
  g_clear_pointer (&g->opportunities, g_free);
  g_clear_pointer (&g->opportunity_first, g_free);
  g_clear_pointer (&g->opportunities_by_kind, g_free);
  g_clear_pointer (&g->people, g_free);
  g_clear_pointer (&g->pathway_length, g_free);
  g_clear_pointer (&g->events, g_free);
  g_clear_error (&g->error);
}

gboolean
psl_demo_generate (PslStore          *store,
                   const PslDemoSize *size,
                   const char        *today,
                   PslDemoProgress    progress,
                   gpointer           user_data,
                   GError           **error)
{
  g_autoptr(GDate) date = NULL;
  Gen g = { 0 };
  guint partner_contacts;
  double weights[9], total = 0;
  gboolean in_memory, ok;

  g_return_val_if_fail (PSL_IS_STORE (store), FALSE);
  g_return_val_if_fail (size != NULL, FALSE);

  if (size->staff < 4 || size->partners < 1 || size->companies < 1 || size->people < 1 ||
      size->contacts < size->companies)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The demonstration needs at least 4 staff members, 1 partner, 1 firm, 1 person"
                     " and a contact for each firm."));
      return FALSE;
    }

  date = today != NULL ? psl_date_parse (today) : NULL;
  if (date == NULL)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("“%s” is not a date."), today);
      return FALSE;
    }

  gen_init (&g, store, size, date);
  g.progress = progress;
  g.user_data = user_data;
  /* Partners' staff take a small share of the contacts. */
  partner_contacts = MIN ((size->contacts - size->companies) / 10, 2 * size->partners);

  /* The share of the work each phase takes, roughly as measured. */
  weights[0] = size->staff + size->partners + partner_contacts;
  weights[1] = 6.0 * size->companies + size->contacts;
  weights[2] = 1.3 * size->opportunities;
  weights[3] = 14.0 * size->people + 5.0 * size->placements;
  weights[4] = 20.0 * g.n_events;
  weights[5] = size->interactions;
  weights[6] = 0.6 * size->companies + size->partners;
  weights[7] = 0.35 * size->interactions + 3.0 * size->people;
  weights[8] = 0;
  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    total += weights[i];
  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    weights[i] /= total;

  in_memory = psl_demo_begin_bulk (&g);
  ok = psl_store_begin (store, &g.error) &&
       psl_demo_read_ids (&g) &&
       psl_demo_drop_indexes (&g) &&
       /* Indexed for search together at the end, as an import is
        * (psl_search_defer ()), rather than a segment of FTS5 a row. */
       psl_search_defer (store, &g.error) &&
       psl_demo_prepare_inserts (&g) &&
       (psl_demo_begin_phase (&g, weights[0]),
        psl_demo_gen_structure (&g) && psl_demo_gen_staff (&g) && psl_demo_gen_partners (&g, partner_contacts)) &&
       (psl_demo_begin_phase (&g, weights[1]), psl_demo_gen_companies (&g, size->contacts)) &&
       (psl_demo_begin_phase (&g, weights[2]), psl_demo_gen_opportunities (&g)) &&
       (psl_demo_begin_phase (&g, weights[3]), psl_demo_gen_people (&g, size->placements)) &&
       (psl_demo_begin_phase (&g, weights[4]), psl_demo_gen_events (&g)) &&
       (psl_demo_begin_phase (&g, weights[5]), psl_demo_gen_interactions (&g)) &&
       (psl_demo_begin_phase (&g, weights[6]),
        psl_demo_gen_network (&g) && psl_demo_gen_exit_surveys (&g) && psl_demo_gen_targets (&g)
        && psl_demo_date_placement_moves (&g)) &&
       (psl_demo_begin_phase (&g, weights[7]), psl_demo_restore_indexes (&g)) &&
       psl_search_catch_up (store, &g.error) &&
       /* The mark by which demo --force knows a file it may replace. */
       psl_store_set_meta (store, "demo", "1", &g.error) &&
       psl_store_commit (store, &g.error);

  if (!ok)
    psl_store_rollback (store);
  for (guint i = 0; i < N_INSERTS; i++)
    g_clear_pointer (&g.inserts[i], sqlite3_finalize);
  psl_demo_end_bulk (&g, in_memory);

  /* The team's review of its service, written as a user would write it. */
  if (ok)
    {
      g_autoptr(GPtrArray) reviewers = g_ptr_array_new ();

      static const Role roles[] = { ROLE_RELATIONS, ROLE_DIRECTION, ROLE_CIP };

      for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
        for (guint i = 0; i < g.n_staff && reviewers->len < 3; i++)
          if (g.staff[i].role == roles[r] && g.staff[i].left_on == NO_DAY)
            g_ptr_array_add (reviewers, g.staff[i].id);
      g_ptr_array_add (reviewers, NULL);
      ok = psl_demo_service_review (store, g.rand, (const char * const *) reviewers->pdata, psl_demo_on (&g, 0),
                                    &g.error)
           && psl_clause_demo_fill (store, psl_demo_on (&g, 0), &g.error);
    }
  /* Volunteer mentors and the local watch, through core's own functions. */
  if (ok)
    ok = psl_demo_network (store, psl_demo_on (&g, 0), &g.error);

  /* Statistics for the query planner, sampled so that it stays quick. */
  if (ok)
    sqlite3_exec (g.db, "PRAGMA analysis_limit = 1000; ANALYZE;", NULL, NULL, NULL);

  if (ok && progress != NULL)
    progress (1.0, user_data);

  if (!ok)
    g_propagate_error (error, g_steal_pointer (&g.error));
  gen_clear (&g);
  return ok;
}
