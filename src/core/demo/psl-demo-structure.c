/* psl-demo-structure.c — the structure, its antennas, staff and partners
 *
 * The mission locale and its three antennas, the team (one counsellor
 * who left), the partner organisations and their staff, who send people
 * and help lift their barriers, and the targets the board set each year.
 * Apart because every other part refers to these rows.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "psl-i18n.h"

#include "psl-demo-private.h"
#include "psl-format.h"

static const char *const role_codes[] = { "direction", "relations_entreprises", "cip", "accueil" };

/* The targets the board set for the whole structure, each of the last
 * three years and this one: about what the year gave, as a board that
 * knows its territory sets them, so that they are met at 85 to 115 %
 * (this year's on the whole year's pace), and two exits in five to
 * lasting employment. */
gboolean
psl_demo_gen_targets (Gen *g)
{
  static const struct { const char *indicator, *actual; } targets[] = {
    { "people_new", "SELECT count(*) FROM person WHERE substr(entered_on, 1, 4) = ?1" },
    { "firms_visited", "SELECT count(DISTINCT company_id) FROM interaction"
                       " WHERE kind = 'visite' AND substr(occurred_at, 1, 4) = ?1" },
    { "immersions", "SELECT count(*) FROM placement WHERE kind = 'immersion' AND substr(start_date, 1, 4) = ?1"
                    " AND stage NOT IN ('refused', 'withdrawn')" },
    { "contracts", "SELECT count(*) FROM placement WHERE kind = 'contract' AND substr(start_date, 1, 4) = ?1"
                   " AND stage NOT IN ('refused', 'withdrawn')" },
    { "durable_rate", "SELECT 40 WHERE ?1 IS NOT NULL" },
  };
  g_autoptr(sqlite3_stmt) insert = NULL;
  int year = atoi (psl_demo_on (g, 0));
  g_autoptr(GDate) today = psl_date_parse (psl_demo_on (g, 0));
  double elapsed = g_date_get_day_of_year (today) / (g_date_is_leap_year (year) ? 366.0 : 365.0);

  if (sqlite3_prepare_v2 (g->db, "INSERT INTO target (id, indicator, year, value) VALUES (?1, ?2, ?3, ?4);",
                          -1, &insert, NULL) != SQLITE_OK)
    goto failed;

  /* the first year people came in full, to this one */
  for (int y = atoi (psl_demo_on (g, -1096)) + 1; y <= year; y++)
    for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
      {
        g_autoptr(sqlite3_stmt) count = NULL;
        g_autofree char *which = g_strdup_printf ("%d", y);
        double actual, value;
        Id id;

        if (sqlite3_prepare_v2 (g->db, targets[i].actual, -1, &count, NULL) != SQLITE_OK)
          goto failed;
        sqlite3_bind_text (count, 1, which, -1, SQLITE_STATIC);
        if (sqlite3_step (count) != SQLITE_ROW)
          goto failed;
        actual = sqlite3_column_double (count, 0);
        if (strcmp (targets[i].indicator, "durable_rate") == 0)
          value = actual;
        else
          value = MAX (1, round (actual / (y == year ? MAX (0.1, elapsed) : 1.0) / (0.85 + 0.3 * g_rand_double (g->rand))));

        psl_demo_make_id (g, id);
        sqlite3_bind_text (insert, 1, id, -1, SQLITE_STATIC);
        sqlite3_bind_text (insert, 2, targets[i].indicator, -1, SQLITE_STATIC);
        sqlite3_bind_int (insert, 3, y);
        sqlite3_bind_double (insert, 4, value);
        if (sqlite3_step (insert) != SQLITE_DONE)
          goto failed;
        sqlite3_reset (insert);
        sqlite3_clear_bindings (insert);
      }
  return TRUE;

failed:
  psl_set_sqlite_error (&g->error, g->db, _("Writing the demonstration data"));
  return FALSE;
}

gboolean
psl_demo_gen_structure (Gen *g)
{
  static const char *const antenna_names[N_ANTENNAS][2] = {
    { "Antenne de Figeac", "Figeac" },
    { "Antenne de Saint-Céré", "Saint-Céré" },
    { "Permanence de Cajarc", "Cajarc" },
  };
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* The structure and the local site exist: they are renamed, and
   * stamped here so that the update trigger stays idle. */
  stmt = psl_store_prepare (g->store,
                            "UPDATE structure SET updated_at = ?1, site_id = ?2,"
                            " name = 'Mission locale du Pays de Figeac', kind = 'mission_locale',"
                            " address = '4 place Vival', postcode = '46100', commune = 'Figeac',"
                            " phone = '05 65 34 00 00', email = 'accueil@ml-figeac.example',"
                            " funders_footer = 'Avec le soutien de l’État, de la Région Occitanie,"
                            " du Département du Lot, du Grand Figeac et du Fonds social européen.'"
                            " WHERE id = ?3;", &g->error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, g->stamp, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, g->site, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, g->structure, -1, SQLITE_STATIC);
  if (!psl_store_step_done (g->store, stmt, &g->error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = psl_store_prepare (g->store,
                            "UPDATE site SET updated_at = ?1, site_id = ?2, name = ?3, commune = ?4"
                            " WHERE id = ?2;", &g->error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, g->stamp, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, g->site, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, antenna_names[0][0], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, antenna_names[0][1], -1, SQLITE_STATIC);
  if (!psl_store_step_done (g->store, stmt, &g->error))
    return FALSE;

  g_strlcpy (g->antennas[0], g->site, sizeof (Id));
  for (guint i = 1; i < N_ANTENNAS; i++)
    {
      psl_demo_make_id (g, g->antennas[i]);
      if (!psl_demo_put (g, INSERT_SITE, "ssss", g->antennas[i], g->structure,
                         antenna_names[i][0], antenna_names[i][1]))
        return FALSE;
    }

  return TRUE;
}

static Role
staff_role (guint i,
            guint n)
{
  guint n_relations = MAX (1, (n + 2) / 5);

  if (i == 0)
    return ROLE_DIRECTION;
  if (i <= n_relations)
    return ROLE_RELATIONS;
  /* Large structures have a reception desk. */
  return n >= 10 && i % 10 == 9 ? ROLE_ACCUEIL : ROLE_CIP;
}

gboolean
psl_demo_gen_staff (Gen *g)
{
  /* counsellors are spread over the antennas, most in Figeac */
  static const guint spread[] = { 0, 1, 0, 2, 0, 1 };
  guint n_cips = 0;

  g->departed = -1;
  for (guint i = 0; i < g->n_staff; i++)
    {
      Staff *s = &g->staff[i];
      Name name;
      char mail[96], phone[16];

      s->role = staff_role (i, g->n_staff);
      s->antenna = s->role == ROLE_CIP ? spread[n_cips++ % G_N_ELEMENTS (spread)]
                 : s->role == ROLE_RELATIONS ? spread[i % G_N_ELEMENTS (spread)] : 0;
      /* A counsellor left some months ago: her firms and people went to
       * colleagues, her history stays (seed 003: the network must not
       * leave with the worker). */
      s->left_on = NO_DAY;
      if (s->role == ROLE_CIP && g->n_staff >= 6 && (i == g->n_staff - 1 || (g->n_staff >= 24 && i % 12 == 5)))
        s->left_on = psl_demo_workday_before (g, -between (g, 150, 330));
      if (s->left_on != NO_DAY && g->departed < 0)
        g->departed = (int) i;

      psl_demo_make_name (g, chance (g, 0.7), &name);
      g_snprintf (mail, sizeof mail, "%c.%s@ml-figeac.example", name.first_slug[0], name.last_slug);
      g_snprintf (phone, sizeof phone, "05 65 34 %02u %02u", 10 + i / 100, i % 100);
      psl_demo_make_id (g, s->id);
      if (!psl_demo_put (g, INSERT_STAFF, "sssssssio", s->id, g->antennas[s->antenna], name.first, name.last,
                         role_codes[s->role], mail, phone, s->left_on == NO_DAY, s->left_on))
        return FALSE;

      if (s->role == ROLE_CIP && s->left_on == NO_DAY)
        g_array_append_val (g->cips[s->antenna], i);
      if (s->role == ROLE_RELATIONS)
        g_array_append_val (g->relations, i);
    }

  /* Small sizes may leave Figeac or the whole structure without a
   * counsellor: then the others, or the director, follow its people. */
  for (guint a = 1; a < N_ANTENNAS && g->cips[0]->len == 0; a++)
    g_array_append_vals (g->cips[0], g->cips[a]->data, g->cips[a]->len);
  if (g->cips[0]->len == 0)
    {
      guint director = 0;
      g_array_append_val (g->cips[0], director);
    }

  return TRUE;
}

static gboolean
gen_partner_contacts (Gen      *g,
                      Partner  *p,
                      guint     n,
                      guint    *next)
{
  p->first_contact = *next;
  p->n_contacts = n;

  for (guint i = 0; i < n; i++, (*next)++)
    {
      Name name;
      char phone[16], mail[128];

      psl_demo_make_name (g, chance (g, 0.65), &name);
      psl_demo_landline (g, phone);
      g_snprintf (mail, sizeof mail, "%s.%s@partenaire-%u.example", name.first_slug, name.last_slug,
                  (guint) (p - g->partners) + 1);
      psl_demo_make_id (g, g->contacts[*next]);
      if (!psl_demo_put (g, INSERT_CONTACT, "ssssssssssssii", g->contacts[*next], NULL, p->id,
                         name.female ? "Mme" : "M.", name.first, name.last, "autre",
                         psl_demo_job_title (g, "autre", NULL, name.female), phone, NULL, mail,
                         chance (g, 0.5) ? "email" : "phone", 0, 1))
        return FALSE;
    }

  return TRUE;
}

gboolean
psl_demo_gen_partners (Gen   *g,
                       guint  n_contacts)
{
  guint n_known = psl_demo_count (psl_demo_partners, sizeof (PslDemoPartner));
  guint n_patterns = psl_demo_count (psl_demo_partner_patterns, sizeof (PslDemoPartnerPattern));
  guint next = 0;

  for (guint i = 0; i < g->n_partners; i++)
    {
      Partner *p = &g->partners[i];
      const PslDemoCommune *place = &psl_demo_communes[0];
      const char *commune, *postcode;
      char name[128], street[96], phone[16], mail[96];
      g_autofree char *s = NULL;

      if (i < n_known)
        {
          const PslDemoPartner *known = &psl_demo_partners[i];

          g_strlcpy (name, known->name, sizeof name);
          p->kind = known->kind;
          p->cooperation = known->cooperation;
          commune = known->commune;
          postcode = known->postcode;
          if (known->prescribes)
            g_array_append_val (g->prescribers, i);
          for (guint b = 0; b < N_BARRIERS; b++)
            if (known->helps != NULL && strstr (known->helps, psl_demo_barriers[b].code) != NULL)
              g_array_append_val (g->helpers[b], i);
        }
      else
        {
          /* More partners than the territory's known ones: local
           * services of each commune, in turn. */
          guint k = i - n_known;
          const PslDemoPartnerPattern *pattern = &psl_demo_partner_patterns[k % n_patterns];
          guint round = k / n_patterns / g->n_communes;

          place = &psl_demo_communes[(k / n_patterns) % g->n_communes];
          psl_demo_expand_name (g, pattern->pattern, "", place, name, sizeof name);
          if (round > 0)
            {
              char suffix[16];
              g_snprintf (suffix, sizeof suffix, " (%u)", round + 1);
              g_strlcat (name, suffix, sizeof name);
            }
          p->kind = pattern->kind;
          p->cooperation = pattern->cooperation;
          commune = place->name;
          postcode = place->postcode;
          if (strcmp (p->kind, "ccas") == 0)
            g_array_append_val (g->prescribers, i);
        }

      s = psl_demo_slug (name);
      g_snprintf (mail, sizeof mail, "contact@%s.example", s);
      psl_demo_address (g, place, TRUE, street, sizeof street);
      psl_demo_landline (g, phone);
      psl_demo_make_id (g, p->id);
      if (!psl_demo_put (g, INSERT_PARTNER, "ssssssss", p->id, name, p->kind, street, postcode, commune, phone, mail))
        return FALSE;

      /* Partners' staff take a share of the contacts: one or two each. */
      if (!gen_partner_contacts (g, p, (guint) ((guint64) (i + 1) * n_contacts / g->n_partners) - next, &next))
        return FALSE;
    }

  /* Without a known prescriber, every partner may send people. */
  if (g->prescribers->len == 0)
    for (guint i = 0; i < g->n_partners; i++)
      g_array_append_val (g->prescribers, i);

  return TRUE;
}

/* The structure and template the generator refers to. */
gboolean
psl_demo_read_ids (Gen *g)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (g->store,
    "SELECT (SELECT structure_id FROM site WHERE id = ?1),"
    " (SELECT id FROM questionnaire_template WHERE code = 'annexe5_engagement');", &g->error);
  const char *structure, *survey;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, g->site, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      psl_set_sqlite_error (&g->error, g->db, _("Writing the demonstration data"));
      return FALSE;
    }

  structure = (const char *) sqlite3_column_text (stmt, 0);
  survey = (const char *) sqlite3_column_text (stmt, 1);
  if (structure == NULL)
    {
      g_set_error (&g->error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The database has no structure to fill."));
      return FALSE;
    }
  g_strlcpy (g->structure, structure, sizeof (Id));
  g_strlcpy (g->survey, survey != NULL ? survey : "", sizeof (Id));
  return TRUE;
}
