/* psl-demo.c — realistic, deterministic demo data for a rural territory
 *
 * A fictional mission locale in the Pays de Figeac (Lot) with two years of
 * history, written relative to "today" so that the demo always has
 * reminders due, follow-ups late and contracts running.  Everything comes
 * from one seeded GRand, ids included, so that the same seed and the same
 * day give the same file.  The same code writes the large benchmark file:
 * one transaction, prepared statements, and rows stamped here so that the
 * stamping triggers stay idle.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <glib/gi18n.h>

#include "psl-demo.h"
#include "psl-demo-names.h"
#include "psl-format.h"
#include "psl-ident.h"

typedef char Id[37];
typedef char Day[11];

typedef struct
{
  PslStore        *store;
  sqlite3         *db;
  GRand           *rand;
  GDate           *today;
  const char      *site;
  char             stamp[32];
  PslDemoProgress  progress;
  gpointer         user_data;
  guint64          done;
  guint64          total;
  double           reported;

  guint            n_staff;
  Id              *staff;          /* [0] director, [1..2] employer relations, then counsellors */
  guint            n_partners;
  Id              *partners;
  guint            n_companies;
  Id              *companies;
  guint           *company_kind;
  guint           *company_commune;
  guint           *company_referent;
  guint           *contact_start;  /* contacts of firm c: [contact_start[c], contact_start[c + 1]) */
  Id              *contacts;
  guint            n_opportunities;
  Id              *opportunities;
  guint           *opportunity_company;
  guint            n_people;
  Id              *people;
  guint           *person_referent;
  Day             *person_entered;
} Gen;

/* ---- small tools ---- */

static guint
pick (Gen   *g,
      guint  n)
{
  return (guint) g_rand_int_range (g->rand, 0, (gint32) n);
}

static gboolean
chance (Gen    *g,
        double  p)
{
  return g_rand_double (g->rand) < p;
}

static const char *
pick_str (Gen               *g,
          const char *const *list)
{
  return list[pick (g, psl_demo_count (list, sizeof (char *)))];
}

static void
make_id (Gen *g,
         Id   out)
{
  guint32 a = g_rand_int (g->rand), b = g_rand_int (g->rand);
  guint32 c = g_rand_int (g->rand), d = g_rand_int (g->rand);

  g_snprintf (out, sizeof (Id), "%08x-%04x-4%03x-%04x-%04x%08x",
              a, b >> 16, b & 0xfff, 0x8000 | (c >> 18), c & 0xffff, d);
}

/* today + offset days, as YYYY-MM-DD */
static void
day (Gen  *g,
     int   offset,
     char  out[11])
{
  GDate date = *g->today;

  if (offset >= 0)
    g_date_add_days (&date, offset);
  else
    g_date_subtract_days (&date, -offset);
  g_snprintf (out, 11, "%04u-%02u-%02u", g_date_get_year (&date),
              g_date_get_month (&date), g_date_get_day (&date));
}

static int
days_since (Gen        *g,
            const char *iso)
{
  g_autoptr(GDate) date = psl_date_parse (iso);
  return g_date_days_between (date, g->today);
}

static void
advance (Gen    *g,
         guint64 rows)
{
  double fraction;

  g->done += rows;
  fraction = MIN (1.0, (double) g->done / (double) MAX (g->total, 1));
  if (g->progress != NULL && fraction - g->reported >= 0.01)
    {
      g->reported = fraction;
      g->progress (fraction, g->user_data);
    }
}

static sqlite3_stmt *
prep (Gen        *g,
      const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (g->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_critical ("demo: %s: %s", sqlite3_errmsg (g->db), sql);
  return stmt;
}

/* Runs an INSERT whose first three parameters are site_id, created_at
 * and updated_at; the others are given by types: 's' text (NULL is
 * NULL), 'i' integer, 'd' real; 'I' and 'D' are NULL when negative. */
static gboolean
put (Gen          *g,
     sqlite3_stmt *stmt,
     GError      **error,
     const char   *types,
     ...)
{
  va_list args;
  int n = 4;

  if (sqlite3_bind_parameter_count (stmt) != 3 + (int) strlen (types))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL,
                   "demo: %d values for %s", 3 + (int) strlen (types), sqlite3_sql (stmt));
      return FALSE;
    }

  sqlite3_bind_text (stmt, 1, g->site, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, g->stamp, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, g->stamp, -1, SQLITE_STATIC);

  va_start (args, types);
  for (const char *t = types; *t != '\0'; t++, n++)
    {
      if (*t == 's')
        sqlite3_bind_text (stmt, n, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
      else if (*t == 'i' || *t == 'I')
        {
          gint64 v = va_arg (args, gint64);
          if (*t == 'i' || v >= 0)
            sqlite3_bind_int64 (stmt, n, v);
        }
      else
        {
          double v = va_arg (args, double);
          if (*t == 'd' || v >= 0)
            sqlite3_bind_double (stmt, n, v);
        }
    }
  va_end (args);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, g->db, _("Writing the demonstration data"));
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return TRUE;
}

static void
person_name (Gen         *g,
             gboolean     female,
             const char **first,
             const char **last)
{
  *first = pick_str (g, female ? psl_demo_female_names : psl_demo_male_names);
  *last = pick_str (g, psl_demo_last_names);
}

static void
phone (Gen  *g,
       char  out[20],
       gboolean mobile)
{
  g_snprintf (out, 20, "%s %02u %02u %02u %02u", mobile ? (chance (g, 0.5) ? "06" : "07") : "05",
              mobile ? pick (g, 100) : 60 + pick (g, 10), pick (g, 100), pick (g, 100), pick (g, 100));
}

/* "Boulangerie Delmas" → "boulangerie-delmas" for e-mail domains */
static char *
slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && out->len < 24; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/* ---- the structure, its antennas, staff and partners ---- */

static gboolean
gen_structure (Gen     *g,
               GError **error)
{
  static const char *roles[] = { "direction", "relations_entreprises", "relations_entreprises" };
  g_autoptr(sqlite3_stmt) site = prep (g,
    "INSERT INTO site (site_id, created_at, updated_at, id, structure_id, name, commune)"
    " VALUES (?1, ?2, ?3, ?4, (SELECT structure_id FROM site WHERE id = ?1), ?5, ?6);");
  g_autoptr(sqlite3_stmt) staff = prep (g,
    "INSERT INTO staff (site_id, created_at, updated_at, id, antenna_id, first_name, last_name, role, email, phone)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);");
  g_autoptr(sqlite3_stmt) partner = prep (g,
    "INSERT INTO partner (site_id, created_at, updated_at, id, name, kind, commune, phone)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);");
  Id antennas[3];
  guint n_known = psl_demo_count (psl_demo_partners, sizeof (PslDemoPartner));
  char *err = NULL;

  if (sqlite3_exec (g->db,
        "UPDATE structure SET name = 'Mission locale du Pays de Figeac', kind = 'mission_locale',"
        " address = '2 place Carnot', postcode = '46100', commune = 'Figeac',"
        " phone = '05 65 34 00 00', email = 'contact@ml-figeac.example',"
        " funders_footer = 'Avec le soutien de l''État, de la Région Occitanie, du Département du Lot"
        " et du Fonds social européen.';"
        "UPDATE site SET name = 'Antenne de Figeac', commune = 'Figeac' WHERE is_local = 1;",
        NULL, NULL, &err) != SQLITE_OK)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL, "%s", err);
      sqlite3_free (err);
      return FALSE;
    }

  g_strlcpy (antennas[0], g->site, sizeof (Id));
  for (guint i = 1; i < 3; i++)
    {
      make_id (g, antennas[i]);
      if (!put (g, site, error, "sss", antennas[i],
                i == 1 ? "Antenne de Saint-Céré" : "Permanence de Cajarc",
                i == 1 ? "Saint-Céré" : "Cajarc"))
        return FALSE;
    }

  for (guint i = 0; i < g->n_staff; i++)
    {
      gboolean female = chance (g, 0.7);
      const char *first, *last;
      char tel[20];
      g_autofree char *mail = NULL;
      g_autofree char *s = NULL;

      person_name (g, female, &first, &last);
      s = slug (last);
      mail = g_strdup_printf ("%c.%s@ml-figeac.example", g_ascii_tolower (first[0]), s);
      phone (g, tel, FALSE);
      make_id (g, g->staff[i]);
      if (!put (g, staff, error, "sssssss", g->staff[i], antennas[i % 5 == 4 ? 1 : (i % 7 == 6 ? 2 : 0)],
                first, last, i < 3 ? roles[i] : "cip", mail, tel))
        return FALSE;
    }

  for (guint i = 0; i < g->n_partners; i++)
    {
      const PslDemoPartner *p = &psl_demo_partners[i % n_known];
      g_autofree char *name = i < n_known ? g_strdup (p->name)
                                          : g_strdup_printf ("%s (%u)", p->name, i / n_known + 1);
      char tel[20];

      phone (g, tel, FALSE);
      make_id (g, g->partners[i]);
      if (!put (g, partner, error, "sssss", g->partners[i], name, p->kind, p->commune, tel))
        return FALSE;
    }

  advance (g, g->n_staff + g->n_partners);
  return TRUE;
}

/* ---- firms, their trades and contacts ---- */

static const char *
size_band (Gen   *g,
           guint  kind,
           gint64 headcount)
{
  const PslDemoFirmKind *k = &psl_demo_firm_kinds[kind];

  if (g_str_has_prefix (k->pattern, "ADMR") || g_str_has_prefix (k->pattern, "EHPAD"))
    return chance (g, 0.5) ? "associatif" : "pme";
  if (headcount < 10)
    return "tpe";
  return headcount > 200 ? "grande" : "pme";
}

static gboolean
gen_companies (Gen     *g,
               guint    n_contacts,
               GError **error)
{
  static const char *levels[] = { "referencee", "referencee", "transactionnelle", "transactionnelle",
                                  "engagee", "engagee", "partenaire", "fidelisee", "ambassadrice" };
  static const char *origins[] = { "prospection", "forum", "visite", "offre", "offre", "reseau" };
  static const char *dormant[] = { "Plus de besoin depuis la reprise de l'entreprise",
                                   "Interlocuteur parti, à reprendre",
                                   "Activité saisonnière, à relancer au printemps" };
  static const char *contact_roles[] = { "direction", "rh", "chef_site", "tuteur", "administratif" };
  g_autoptr(sqlite3_stmt) company = prep (g,
    "INSERT INTO company (site_id, created_at, updated_at, id, legal_name, identifier, identifier_kind,"
    " naf_code, sector, size_band, headcount, address, postcode, commune, phone, email, website,"
    " referent_id, first_contact_origin, network_professional, relationship_start, status,"
    " dormant_reason, partnership_level, seasonality, hiring_needs)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'siret', ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
    " ?17, ?18, 1, ?19, ?20, ?21, ?22, ?23, ?24);");
  g_autoptr(sqlite3_stmt) trade = prep (g,
    "INSERT INTO company_trade (site_id, created_at, updated_at, id, company_id, rome_code, label, hiring)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);");
  g_autoptr(sqlite3_stmt) level = prep (g,
    "INSERT INTO partnership_level_history (site_id, created_at, updated_at, id, company_id, level,"
    " suggested, set_by, set_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8);");
  g_autoptr(sqlite3_stmt) contact = prep (g,
    "INSERT INTO contact (site_id, created_at, updated_at, id, company_id, civility, first_name,"
    " last_name, role, job_title, phone, mobile, email, preferred_channel, is_tutor)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15);");
  guint n_kinds = psl_demo_count (psl_demo_firm_kinds, sizeof (PslDemoFirmKind));
  guint n_communes = psl_demo_count (psl_demo_communes, sizeof (PslDemoCommune));
  guint next_contact = 0;

  for (guint c = 0; c < g->n_companies; c++)
    {
      guint kind = pick (g, n_kinds);
      const PslDemoFirmKind *k = &psl_demo_firm_kinds[kind];
      guint commune = chance (g, 0.45) ? 0 : pick (g, n_communes);
      const PslDemoCommune *place = &psl_demo_communes[commune];
      gint64 headcount = 1 + pick (g, k->headcount_max);
      gboolean is_dormant = chance (g, 0.12);
      const char *family = pick_str (g, psl_demo_last_names);
      /* "ADMR de Figeac", "Hôtel des Tilleuls", "Boulangerie Delmas" */
      g_autofree char *name = g_strdup_printf (k->pattern, strstr (k->pattern, "des %s") ? "Tilleuls" :
                                               strstr (k->pattern, "de %s") || chance (g, 0.3) ? place->name
                                                                                              : family);
      g_autofree char *domain = slug (name);
      g_autofree char *mail = g_strdup_printf ("contact@%s.fr", domain);
      g_autofree char *web = g_strdup_printf ("https://www.%s.fr", domain);
      g_autofree char *address = g_strdup_printf ("%u %s", 1 + pick (g, 60), pick_str (g, psl_demo_streets));
      char siret[15], start[11], tel[20];
      const char *lvl = levels[pick (g, G_N_ELEMENTS (levels))];
      guint n_here = (guint) ((guint64) (c + 1) * n_contacts / g->n_companies) - next_contact;
      Id id;

      /* 13 digits that differ for every firm, then the Luhn key. */
      g_snprintf (siret, sizeof siret, "%09u%04u", 300000000 + c * 977 + pick (g, 977), 12 + pick (g, 80));
      siret[13] = psl_ident_luhn_digit (siret);
      siret[14] = '\0';
      /* A few firms joined the network these last weeks. */
      day (g, chance (g, 0.04) ? -(int) pick (g, 20) : -(30 + (int) pick (g, 3600)), start);
      phone (g, tel, FALSE);

      g->company_kind[c] = kind;
      g->company_commune[c] = commune;
      g->company_referent[c] = chance (g, 0.7) ? 1 + pick (g, 2) : pick (g, g->n_staff);
      make_id (g, g->companies[c]);

      if (!put (g, company, error, "ssssssi" "ssssssssssssss",
                g->companies[c], name, siret, k->naf, k->sector, size_band (g, kind, headcount),
                headcount, address, place->postcode, place->name, tel, mail, web,
                g->staff[g->company_referent[c]], origins[pick (g, G_N_ELEMENTS (origins))], start,
                is_dormant ? "dormant" : "active",
                is_dormant ? dormant[pick (g, G_N_ELEMENTS (dormant))] : NULL, lvl,
                k->sector[0] == 'h' || k->sector[0] == 'e' ? "Pic d'activité de mai à septembre" : NULL,
                chance (g, 0.4) ? k->trade : NULL))
        return FALSE;

      make_id (g, id);
      if (!put (g, trade, error, "ssssi", id, g->companies[c], k->rome, k->trade, (gint64) chance (g, 0.5)))
        return FALSE;
      make_id (g, id);
      if (!put (g, level, error, "sssss", id, g->companies[c], lvl, g->staff[g->company_referent[c]], start))
        return FALSE;

      g->contact_start[c] = next_contact;
      for (guint i = 0; i < n_here; i++, next_contact++)
        {
          gboolean female = chance (g, 0.5);
          const char *first, *last;
          const char *role = contact_roles[i == 0 ? 0 : pick (g, G_N_ELEMENTS (contact_roles))];
          g_autofree char *first_slug = NULL, *last_slug = NULL, *contact_mail = NULL;
          char mobile[20];

          person_name (g, female, &first, &last);
          first_slug = slug (first);
          last_slug = slug (last);
          contact_mail = g_strdup_printf ("%s.%s@%s.fr", first_slug, last_slug, domain);
          phone (g, mobile, TRUE);
          make_id (g, g->contacts[next_contact]);
          if (!put (g, contact, error, "sssssssssssi",
                    g->contacts[next_contact], g->companies[c], female ? "Mme" : "M.", first, last,
                    role, g_strcmp0 (role, "direction") == 0 ? "Gérant" :
                          g_strcmp0 (role, "rh") == 0 ? "Responsable des ressources humaines" :
                          g_strcmp0 (role, "tuteur") == 0 ? k->trade : NULL,
                    tel, mobile, contact_mail, chance (g, 0.5) ? "phone" : "email",
                    (gint64) (g_strcmp0 (role, "tuteur") == 0 || g_strcmp0 (role, "chef_site") == 0)))
            return FALSE;
        }

      advance (g, 2 + n_here);
    }

  g->contact_start[g->n_companies] = next_contact;
  return TRUE;
}

static const char *
company_contact (Gen   *g,
                 guint  company)
{
  guint first = g->contact_start[company], end = g->contact_start[company + 1];

  return end > first ? g->contacts[first + pick (g, end - first)] : NULL;
}

/* ---- opportunities, interactions, events ---- */

static gboolean
gen_opportunities (Gen     *g,
                   GError **error)
{
  static const char *subtypes[5][3] = {
    { NULL }, { "visite", "rencontre_pro", "info" }, { "pmsmp", "stage", "pmsmp" },
    { "apprentissage", "professionnalisation", "apprentissage" }, { "cdd", "cdi", "interim" },
  };
  static const char *origins[] = { "relation", "relation", "action_negociee", "accord_local", "evenement" };
  g_autoptr(sqlite3_stmt) stmt = prep (g,
    "INSERT INTO opportunity (site_id, created_at, updated_at, id, company_id, phase, subtype, title,"
    " trade, rome_code, proposed_on, start_date, end_date, places, contract_type, weekly_hours, status,"
    " origin, staff_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19);");

  for (guint o = 0; o < g->n_opportunities; o++)
    {
      guint c = pick (g, g->n_companies);
      const PslDemoFirmKind *k = &psl_demo_firm_kinds[g->company_kind[c]];
      guint r = pick (g, 100);
      gint64 phase = r < 20 ? 1 : r < 55 ? 2 : r < 65 ? 3 : 4;
      const char *subtype = subtypes[phase][pick (g, 3)];
      int proposed_ago = (int) pick (g, 700);
      char proposed[11], start[11], end[11];
      const char *status;
      g_autofree char *title = NULL;

      day (g, -proposed_ago, proposed);
      day (g, -proposed_ago + 7 + (int) pick (g, 30), start);
      day (g, -proposed_ago + 40 + (int) pick (g, phase == 4 ? 300 : 30), end);
      status = proposed_ago < 60 ? (chance (g, 0.8) ? "open" : "filled")
             : chance (g, 0.75) ? "filled" : (chance (g, 0.7) ? "cancelled" : "refused");
      title = phase == 1 ? g_strdup_printf ("Découverte du métier : %s", k->trade)
            : phase == 2 ? g_strdup_printf ("Immersion %s", k->trade)
            : g_strdup (k->trade);

      g->opportunity_company[o] = c;
      make_id (g, g->opportunities[o]);
      if (!put (g, stmt, error, "ssisssssssisDsss",
                g->opportunities[o], g->companies[c], phase, subtype, title, k->trade, k->rome,
                proposed, start, phase >= 3 && g_strcmp0 (subtype, "cdi") == 0 ? NULL : end,
                (gint64) (phase == 1 ? 4 + pick (g, 8) : 1 + pick (g, 2)),
                phase == 4 ? subtype : phase == 3 ? subtype : NULL,
                phase >= 3 ? (chance (g, 0.6) ? 35.0 : 24.0) : -1.0,
                status, origins[pick (g, G_N_ELEMENTS (origins))], g->staff[g->company_referent[c]]))
        return FALSE;
    }

  advance (g, g->n_opportunities);
  return TRUE;
}

static gboolean
gen_interactions (Gen     *g,
                  guint    n,
                  GError **error)
{
  static const char *kinds[] = { "appel", "appel", "appel", "appel", "courriel", "courriel",
                                 "courriel", "visite", "visite", "courrier", "evenement", "rencontre" };
  g_autoptr(sqlite3_stmt) stmt = prep (g,
    "INSERT INTO interaction (site_id, created_at, updated_at, id, company_id, contact_id, staff_id,"
    " kind, occurred_at, duration_min, purpose, outcome, next_step, next_due, next_done_on)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15);");

  for (guint i = 0; i < n; i++)
    {
      /* Most of the work goes to a third of the firms: the network's core. */
      guint c = chance (g, 0.6) ? pick (g, MAX (1, g->n_companies / 3)) : pick (g, g->n_companies);

      /* One big historical partner gathers a long history (1,000 contacts
       * on the large file): the firm page must stay quick on it. */
      if (chance (g, 0.0005))
        c = 0;
      const char *kind = kinds[pick (g, G_N_ELEMENTS (kinds))];
      gboolean visit = strcmp (kind, "visite") == 0;
      int ago = (int) (g_rand_double (g->rand) * g_rand_double (g->rand) * 730);
      gboolean reminder = chance (g, ago < 45 ? 0.15 : 0.1);
      char when[11], at[17], due[11], done[11];
      gboolean is_done;
      Id id;

      day (g, -ago, when);
      g_snprintf (at, sizeof at, "%sT%02u:%02u", when, 8 + pick (g, 10), pick (g, 4) * 15);
      day (g, -ago + 7 + (int) pick (g, 24), due);
      /* Old reminders were dealt with; the last weeks' are still open. */
      is_done = reminder && days_since (g, due) > 0 && chance (g, days_since (g, due) > 30 ? 0.995 : 0.75);
      if (is_done)
        day (g, MIN (0, -days_since (g, due) + (int) pick (g, 4)), done);

      make_id (g, id);
      if (!put (g, stmt, error, "ssssssIsssss",
                id, g->companies[c], company_contact (g, c),
                g->staff[chance (g, 0.75) ? g->company_referent[c] : pick (g, g->n_staff)],
                kind, at, visit ? (gint64) (45 + pick (g, 16)) : kind[0] == 'a' ? (gint64) (5 + pick (g, 20)) : (gint64) -1,
                pick_str (g, psl_demo_purposes), pick_str (g, psl_demo_outcomes),
                reminder ? pick_str (g, psl_demo_next_steps) : NULL,
                reminder ? due : NULL, is_done ? done : NULL))
        return FALSE;

      if ((i & 1023) == 1023)
        advance (g, 1024);
    }

  advance (g, n & 1023);
  return TRUE;
}

static gboolean
gen_events (Gen     *g,
            GError **error)
{
  static const struct { const char *kind, *title, *place; } events[] = {
    { "job_dating", "Job dating de l'aéronautique", "Espace Mitterrand, Figeac" },
    { "petit_dejeuner", "Petit-déjeuner des entreprises du Grand Figeac", "Hôtel des Carmes, Figeac" },
    { "forum", "Forum de l'emploi saisonnier", "Salle Balène, Figeac" },
    { "portes_ouvertes", "Portes ouvertes du chantier d'insertion", "Bagnac-sur-Célé" },
    { "visite_entreprise", "Visite de la plateforme logistique avec un groupe", "Capdenac-Gare" },
    { "reunion_information", "Réunion d'information sur l'apprentissage", "Mission locale, Figeac" },
  };
  g_autoptr(sqlite3_stmt) event = prep (g,
    "INSERT INTO event (site_id, created_at, updated_at, id, kind, title, held_on, place, staff_id, outcomes)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);");
  g_autoptr(sqlite3_stmt) part = prep (g,
    "INSERT INTO event_participant (site_id, created_at, updated_at, id, event_id, company_id, person_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
  guint n = 6 + g->n_companies / 400;

  for (guint e = 0; e < n; e++)
    {
      guint which = e % G_N_ELEMENTS (events);
      char held[11];
      Id id, pid;

      day (g, -(int) pick (g, 700) + 20, held);
      make_id (g, id);
      if (!put (g, event, error, "sssssss", id, events[which].kind, events[which].title, held,
                events[which].place, g->staff[1 + pick (g, 2)],
                days_since (g, held) > 0 ? "Bonne participation ; plusieurs entretiens programmés." : NULL))
        return FALSE;

      for (guint k = 0; k < 4 + pick (g, 6); k++)
        {
          make_id (g, pid);
          if (!put (g, part, error, "ssss", pid, id, g->companies[pick (g, g->n_companies)], NULL))
            return FALSE;
        }
      for (guint k = 0; k < 5 + pick (g, 10) && g->n_people > 0; k++)
        {
          make_id (g, pid);
          if (!put (g, part, error, "ssss", pid, id, NULL, g->people[pick (g, g->n_people)]))
            return FALSE;
        }
    }

  return TRUE;
}

/* ---- people and what surrounds their pathway ---- */

/* The statements of a person's surroundings, prepared once for all people. */
typedef struct
{
  sqlite3_stmt *referent, *barrier, *secret, *consent, *evaluation, *rating;
} PersonStatements;

static void
person_statements_clear (PersonStatements *st)
{
  g_clear_pointer (&st->referent, sqlite3_finalize);
  g_clear_pointer (&st->barrier, sqlite3_finalize);
  g_clear_pointer (&st->secret, sqlite3_finalize);
  g_clear_pointer (&st->consent, sqlite3_finalize);
  g_clear_pointer (&st->evaluation, sqlite3_finalize);
  g_clear_pointer (&st->rating, sqlite3_finalize);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PersonStatements, person_statements_clear)

static void
person_statements_init (Gen              *g,
                        PersonStatements *st)
{
  st->referent = prep (g, "INSERT INTO person_referent (site_id, created_at, updated_at, id, person_id, staff_id, from_date)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
  st->barrier = prep (g, "INSERT INTO barrier (site_id, created_at, updated_at, id, person_id, code, status,"
                         " partner_id, identified_on, lifted_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);");
  st->secret = prep (g, "INSERT INTO person_sensitive (site_id, created_at, updated_at, id, person_id, category,"
                        " detail, recorded_on, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9);");
  st->consent = prep (g, "INSERT INTO consent (site_id, created_at, updated_at, id, person_id, scope, given_on,"
                         " expires_on, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9);");
  st->evaluation = prep (g, "INSERT INTO competence_evaluation (site_id, created_at, updated_at, id, person_id,"
                            " evaluated_on, staff_id, context) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);");
  st->rating = prep (g, "INSERT INTO competence_rating (site_id, created_at, updated_at, id, evaluation_id,"
                        " item_code, level) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
}

static gboolean
gen_person_details (Gen              *g,
                    PersonStatements *st,
                    guint             p,
                    const char       *entered,
                    GError          **error)
{
  static const char *barriers[] = { "mobilite", "mobilite", "logement", "sante", "garde_enfants",
                                    "finances", "langue", "qualification", "confiance",
                                    "acces_droits", "administratif", "justice", "handicap" };
  static const char *statuses[] = { "identified", "in_progress", "lifted" };
  static const char *sensitive[] = { "health", "disability", "justice", "benefit" };
  static const char *competences[] = {
    "pictogrammes", "lire_ecrire_compter", "gestes_techniques", "memorisation", "outils_numeriques",
    "travail_seul", "travail_equipe", "transmettre_information", "imprevu", "horaires",
    "temps_production", "precision", "consignes", "resistance_physique", "resistance_morale",
    "relation_clientele", "qualite_prestation", "image_soi", "disponibilite", "mobilite" };
  int since = days_since (g, entered);
  char date[11];
  Id id, eval_id;

  make_id (g, id);
  if (!put (g, st->referent, error, "ssss", id, g->people[p], g->staff[g->person_referent[p]], entered))
    return FALSE;

  for (guint b = 0; b < 1 + pick (g, 3); b++)
    {
      const char *status = statuses[pick (g, 3)];
      char lifted[11];

      day (g, -since + (int) pick (g, MAX (1, since)), lifted);
      make_id (g, id);
      if (!put (g, st->barrier, error, "sssssss", id, g->people[p], barriers[pick (g, G_N_ELEMENTS (barriers))],
                status, chance (g, 0.4) ? g->partners[pick (g, g->n_partners)] : NULL, entered,
                strcmp (status, "lifted") == 0 ? lifted : NULL))
        return FALSE;
    }

  if (chance (g, 0.08))
    {
      make_id (g, id);
      if (!put (g, st->secret, error, "ssssss", id, g->people[p], sensitive[pick (g, 4)],
                "Information recueillie avec l'accord de la personne.", entered,
                g->staff[g->person_referent[p]]))
        return FALSE;
    }

  if (chance (g, 0.6))
    {
      char expires[11];

      day (g, -since + 365, expires);
      make_id (g, id);
      if (!put (g, st->consent, error, "ssssss", id, g->people[p], "cv_entreprise", entered, expires,
                g->staff[g->person_referent[p]]))
        return FALSE;
    }

  if (chance (g, 0.3))
    {
      day (g, -since + (int) pick (g, MAX (1, MIN (since, 60))), date);
      make_id (g, eval_id);
      if (!put (g, st->evaluation, error, "sssss", eval_id, g->people[p], date,
                g->staff[g->person_referent[p]], "Évaluation d'entrée"))
        return FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (competences); k++)
        {
          make_id (g, id);
          if (!put (g, st->rating, error, "sssi", id, eval_id, competences[k], (gint64) (1 + pick (g, 4))))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
gen_people (Gen     *g,
            GError **error)
{
  static const char *situations[] = { "demandeur_emploi", "demandeur_emploi", "jeune_sans_emploi",
                                      "jeune_sans_emploi", "rsa", "formation", "autre" };
  static const char *levels[] = { "infra3", "infra3", "3", "3", "4", "4", "5" };
  static const char *outcomes[] = { "emploi_durable", "emploi_transition", "emploi_transition",
                                    "formation_qualifiante", "sortie_positive", "poursuite_parcours",
                                    "demandeur_emploi", "autre" };
  g_autoptr(sqlite3_stmt) stmt = prep (g,
    "INSERT INTO person (site_id, created_at, updated_at, id, first_name, last_name, sex, birth_date,"
    " phone, email, postcode, commune, referent_id, prescriber_id, accompaniment, situation,"
    " qualification, project, driving_licence, vehicle, mobility_km, entered_on, exited_on, exit_outcome)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,"
    " ?20, ?21, ?22, ?23, ?24);");
  guint n_communes = psl_demo_count (psl_demo_communes, sizeof (PslDemoCommune));
  g_auto(PersonStatements) st = { 0 };

  person_statements_init (g, &st);
  for (guint p = 0; p < g->n_people; p++)
    {
      gboolean female = chance (g, 0.48);
      const char *first, *last;
      const PslDemoCommune *place = &psl_demo_communes[chance (g, 0.4) ? 0 : pick (g, n_communes)];
      int age_days = 365 * (16 + (int) (g_rand_double (g->rand) * g_rand_double (g->rand) * 40)) + (int) pick (g, 365);
      int entered_ago = (int) pick (g, 1100);
      gboolean exited = entered_ago > 120 && chance (g, 0.5);
      gboolean licence = chance (g, 0.45);
      char birth[11], exit_on[11], tel[20];
      g_autofree char *mail = NULL, *a = NULL, *b = NULL;

      person_name (g, female, &first, &last);
      a = slug (first);
      b = slug (last);
      mail = g_strdup_printf ("%s.%s%u@courriel.example", a, b, pick (g, 100));
      day (g, -age_days, birth);
      day (g, -entered_ago, g->person_entered[p]);
      day (g, -entered_ago + 90 + (int) pick (g, (guint) MAX (1, entered_ago - 90)), exit_on);
      phone (g, tel, TRUE);
      g->person_referent[p] = 3 + pick (g, MAX (1, g->n_staff - 3));
      g->person_referent[p] = MIN (g->person_referent[p], g->n_staff - 1);
      make_id (g, g->people[p]);

      if (!put (g, stmt, error, "sssssssssssssss" "iiisss",
                g->people[p], first, last, female ? "F" : "M", birth, tel, mail, place->postcode,
                place->name, g->staff[g->person_referent[p]], g->partners[pick (g, g->n_partners)],
                chance (g, 0.6) ? "prescribed" : "chosen", situations[pick (g, G_N_ELEMENTS (situations))],
                levels[pick (g, G_N_ELEMENTS (levels))], pick_str (g, psl_demo_projects),
                (gint64) licence, (gint64) (licence && chance (g, 0.6)), (gint64) (licence ? 30 + pick (g, 40) : 10),
                g->person_entered[p], exited ? exit_on : NULL,
                exited ? outcomes[pick (g, G_N_ELEMENTS (outcomes))] : NULL))
        return FALSE;

      if (!gen_person_details (g, &st, p, g->person_entered[p], error))
        return FALSE;

      advance (g, 1);
    }

  return TRUE;
}

/* ---- placements and the follow-up in work ---- */

static gboolean
gen_followups (Gen          *g,
               sqlite3_stmt *stmt,
               guint         p,
               const char   *placement,
               const char   *start,
               const char   *end,
               gboolean      immersion,
               gint64        trial_days)
{
  static const struct { int offset; const char *label; } contract_plan[] = {
    { 3, "Premiers jours" }, { 7, "Fin de la première semaine" }, { -1, "Fin de la période d'essai" },
    { 30, "Un mois" }, { 90, "Trois mois" }, { 180, "Six mois" },
  };
  static const char *modes[] = { "on_site", "phone", "phone", "office" };
  int since = days_since (g, start);
  int length = end != NULL ? days_since (g, start) - days_since (g, end) : 100000;
  guint n = immersion ? (guint) MAX (1, MIN (length / 7, 4)) : G_N_ELEMENTS (contract_plan);

  for (guint i = 0; i < n; i++)
    {
      int offset = immersion ? 7 * (int) (i + 1) : contract_plan[i].offset;
      g_autofree char *label = NULL;
      char due[11], done[11];
      gboolean is_done;
      Id id;

      if (!immersion && offset < 0)
        offset = (int) trial_days;
      if (offset > length)
        break;

      label = immersion ? g_strdup_printf ("Immersion, semaine %u", i + 1) : g_strdup (contract_plan[i].label);
      day (g, -since + offset, due);
      is_done = offset < since && chance (g, since - offset > 60 ? 0.995 : 0.88);
      day (g, MIN (0, -since + offset + (int) pick (g, 6)), done);
      make_id (g, id);
      if (!put (g, stmt, NULL, "ssssssssi", id, g->people[p], placement,
                g->staff[g->person_referent[p]], label, due, is_done ? done : NULL,
                is_done ? modes[pick (g, G_N_ELEMENTS (modes))] : NULL,
                (gint64) (is_done && chance (g, 0.3))))
        return FALSE;
    }

  return TRUE;
}

static gboolean
gen_placements (Gen     *g,
                guint    n,
                GError **error)
{
  static const struct { const char *type; int days; gint64 trial; } contracts[] = {
    { "cdi", 0, 60 }, { "cdd", 180, 14 }, { "cdd", 90, 7 }, { "cdd", 30, 2 }, { "interim", 20, 2 },
    { "cddi", 240, 14 }, { "pec", 270, 14 }, { "apprentissage", 730, 45 },
    { "professionnalisation", 365, 30 },
  };
  static const char *causes[] = { "comportement", "integration_equipe", "sante_handicap", "fin_non_preparee",
                                  "trop_apprendre", "lenteur", "rejet_collegues", "abandon_formation",
                                  "fin_periode_essai_employeur", "demission", "autre" };
  static const char *refusals[] = { "profil", "personne_refuse", "entreprise_refuse", "mobilite", "horaires" };
  g_autoptr(sqlite3_stmt) stmt = prep (g,
    "INSERT INTO placement (site_id, created_at, updated_at, id, person_id, company_id, opportunity_id,"
    " staff_id, stage, kind, immersion_type, contract_type, proposed_on, start_date, planned_end,"
    " end_date, weekly_hours, trial_days, tutor_id, refusal_reason, end_reason, ended_by)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,"
    " ?20, ?21, ?22);");
  g_autoptr(sqlite3_stmt) followup = prep (g,
    "INSERT INTO followup (site_id, created_at, updated_at, id, person_id, placement_id, staff_id, label,"
    " due_on, done_on, mode, tripartite) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12);");
  g_autoptr(sqlite3_stmt) alert = prep (g,
    "INSERT INTO alert (site_id, created_at, updated_at, id, person_id, placement_id, company_id, raised_by,"
    " risk_level, opened_on, factors, actions, resolved_on, resolution, staff_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15);");

  for (guint i = 0; i < n; i++)
    {
      guint p = pick (g, g->n_people);
      guint o = g->n_opportunities > 0 ? pick (g, g->n_opportunities) : 0;
      guint c = chance (g, 0.7) && g->n_opportunities > 0 ? g->opportunity_company[o] : pick (g, g->n_companies);
      int earliest = days_since (g, g->person_entered[p]);
      int proposed_ago = (int) pick (g, (guint) MAX (1, MIN (earliest, 700)));
      guint r = pick (g, 100);
      const char *stage = r < 8 ? "proposed" : r < 14 ? "presented" : r < 18 ? "meeting"
                        : r < 26 ? "refused" : r < 30 ? "withdrawn" : "started";
      gboolean started = strcmp (stage, "started") == 0;
      gboolean immersion = started && chance (g, 0.4);
      guint ct = pick (g, G_N_ELEMENTS (contracts));
      int length = immersion ? 7 * (1 + (int) pick (g, 4)) : contracts[ct].days;
      int start_ago = MAX (0, proposed_ago - 5 - (int) pick (g, 20));
      gboolean over = started && length > 0 && start_ago > length;
      gboolean rupture = started && !immersion && chance (g, 0.18) && start_ago > 10;
      int ended_after = rupture ? 3 + (int) pick (g, (guint) MAX (1, MIN (start_ago, length > 0 ? length : 200) - 3)) : length;
      char proposed[11], start[11], planned[11], end[11];
      const char *final_stage;
      Id id, aid;

      day (g, -proposed_ago, proposed);
      day (g, -start_ago, start);
      day (g, -start_ago + length, planned);
      day (g, -start_ago + ended_after, end);
      final_stage = !started ? stage : (over || rupture) ? "ended" : immersion ? "immersion" : "contract";
      if (rupture && ended_after > start_ago)
        rupture = FALSE;

      make_id (g, id);
      if (!put (g, stmt, error, "sssssssssssss" "Di" "ssss",
                id, g->people[p], g->companies[c], c == g->opportunity_company[o] ? g->opportunities[o] : NULL,
                g->staff[g->person_referent[p]], final_stage,
                started ? (immersion ? "immersion" : "contract") : NULL,
                immersion ? (chance (g, 0.6) ? "discovery" : "skills") : NULL,
                started ? (immersion ? "pmsmp" : contracts[ct].type) : NULL,
                proposed, started ? start : NULL, started && length > 0 ? planned : NULL,
                (over || rupture) ? end : NULL,
                started ? (chance (g, 0.6) ? 35.0 : 24.0) : -1.0,
                (gint64) (started && !immersion ? contracts[ct].trial : 0),
                started ? company_contact (g, c) : NULL,
                (strcmp (stage, "refused") == 0 || strcmp (stage, "withdrawn") == 0)
                  ? refusals[pick (g, G_N_ELEMENTS (refusals))] : NULL,
                rupture ? causes[pick (g, G_N_ELEMENTS (causes))] : over ? "fin_contrat" : NULL,
                rupture ? (chance (g, 0.5) ? "employer" : "person") : over ? "term" : NULL))
        return FALSE;

      if (started && !gen_followups (g, followup, p, id, start, (over || rupture) ? end : NULL,
                                     immersion, contracts[ct].trial))
        {
          psl_set_sqlite_error (error, g->db, _("Writing the demonstration data"));
          return FALSE;
        }

      if (started && !immersion && (rupture || chance (g, 0.05)))
        {
          char opened[11];
          gboolean open = !over && !rupture && start_ago < 120;

          day (g, -start_ago + MIN (ended_after, start_ago) / 2, opened);
          make_id (g, aid);
          if (!put (g, alert, error, "sssssissssss", aid, g->people[p], id, g->companies[c],
                    chance (g, 0.5) ? "tutor" : "person", (gint64) (1 + pick (g, 3)), opened,
                    "[\"usure_physique\",\"non_dits\"]",
                    "Rencontre tripartite avec le tuteur et la personne",
                    open ? NULL : (rupture ? end : opened),
                    open ? NULL : (rupture ? "Rupture malgré la médiation" : "Horaires aménagés, situation apaisée"),
                    g->staff[g->person_referent[p]]))
            return FALSE;
        }

      if ((i & 255) == 255)
        advance (g, 256);
    }

  advance (g, n & 255);
  return TRUE;
}

/* ---- partnerships, referrals, evaluations, notes ---- */

static gboolean
gen_network (Gen     *g,
             GError **error)
{
  static const char *types[] = { "decouverte", "immersion", "intermediation", "tutorat",
                                 "clauses_sociales", "mecenat", "preparation" };
  static const char *instruments[] = { "aucun", "aucun", "charte", "convention", "accord_pluriannuel" };
  g_autoptr(sqlite3_stmt) partnership = prep (g,
    "INSERT INTO partnership (site_id, created_at, updated_at, id, company_id, partner_id, cooperation_type,"
    " instrument, start_date, review_on, our_staff_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);");
  g_autoptr(sqlite3_stmt) referral = prep (g,
    "INSERT INTO referral (site_id, created_at, updated_at, id, partner_id, person_id, received_on)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
  g_autoptr(sqlite3_stmt) evaluation = prep (g,
    "INSERT INTO evaluation (site_id, created_at, updated_at, id, company_id, contact_id, staff_id,"
    " evaluated_on, scores, overall, comments) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);");
  g_autoptr(sqlite3_stmt) note = prep (g,
    "INSERT INTO note (site_id, created_at, updated_at, id, subject_kind, subject_id, staff_id, title, body)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9);");
  char start[11], review[11], when[11];
  Id id;

  for (guint c = 0; c < g->n_companies; c++)
    {
      if (!chance (g, 0.1))
        continue;
      day (g, -(int) pick (g, 1500), start);
      day (g, (int) pick (g, 200), review);
      make_id (g, id);
      if (!put (g, partnership, error, "ssssssss", id, g->companies[c], NULL,
                types[pick (g, G_N_ELEMENTS (types))], instruments[pick (g, G_N_ELEMENTS (instruments))],
                start, review, g->staff[g->company_referent[c]]))
        return FALSE;
    }

  for (guint i = 0; i < g->n_partners; i++)
    {
      if (!chance (g, 0.6))
        continue;
      day (g, -(int) pick (g, 2000), start);
      day (g, (int) pick (g, 300), review);
      make_id (g, id);
      if (!put (g, partnership, error, "ssssssss", id, NULL, g->partners[i], "tutorat",
                chance (g, 0.5) ? "convention" : "charte", start, review, g->staff[0]))
        return FALSE;
    }

  for (guint p = 0; p < g->n_people; p++)
    {
      if (!chance (g, 0.55))
        continue;
      make_id (g, id);
      if (!put (g, referral, error, "ssss", id, g->partners[pick (g, MIN (g->n_partners, 8))],
                g->people[p], g->person_entered[p]))
        return FALSE;
    }

  for (guint c = 0; c < g->n_companies; c++)
    {
      g_autoptr(GString) scores = g_string_new ("{");
      gint64 overall = 2 + pick (g, 4);

      if (!chance (g, 0.08))
        continue;
      for (guint k = 1; k <= 12; k++)
        g_string_append_printf (scores, "%s\"%u\":%u", k > 1 ? "," : "", k,
                                k == 12 ? 1 + pick (g, 3) : (guint) CLAMP ((int) overall - 1 + (int) pick (g, 3), 1, 5));
      g_string_append_c (scores, '}');
      day (g, -(int) pick (g, 700), when);
      make_id (g, id);
      if (!put (g, evaluation, error, "ssssssis", id, g->companies[c], company_contact (g, c),
                g->staff[g->company_referent[c]], when, scores->str, overall,
                "Relation suivie, interlocuteur disponible."))
        return FALSE;
    }

  for (guint c = 0; c < g->n_companies; c += 7)
    {
      make_id (g, id);
      if (!put (g, note, error, "ssssss", id, "company", g->companies[c], g->staff[g->company_referent[c]],
                "Organisation", "Accueil des nouveaux le lundi matin ; prévoir chaussures de sécurité."))
        return FALSE;
    }

  return TRUE;
}

/* ---- entry points ---- */

void
psl_demo_size_default (PslDemoSize *size)
{
  *size = (PslDemoSize) {
    .staff = 8, .partners = 24, .companies = 300, .contacts = 750, .people = 600,
    .interactions = 9000, .opportunities = 700, .placements = 900, .seed = 20261122,
  };
}

void
psl_demo_size_large (PslDemoSize *size)
{
  *size = (PslDemoSize) {
    .staff = 60, .partners = 300, .companies = 20000, .contacts = 60000, .people = 100000,
    .interactions = 2000000, .opportunities = 100000, .placements = 200000, .seed = 42,
  };
}

static void
gen_clear (Gen *g)
{
  g_clear_pointer (&g->rand, g_rand_free);
  g_clear_pointer (&g->today, g_date_free);
  g_free (g->staff);
  g_free (g->partners);
  g_free (g->companies);
  g_free (g->company_kind);
  g_free (g->company_commune);
  g_free (g->company_referent);
  g_free (g->contact_start);
  g_free (g->contacts);
  g_free (g->opportunities);
  g_free (g->opportunity_company);
  g_free (g->people);
  g_free (g->person_referent);
  g_free (g->person_entered);
}

gboolean
psl_demo_generate (PslStore          *store,
                   const PslDemoSize *size,
                   const char        *today,
                   PslDemoProgress    progress,
                   gpointer           user_data,
                   GError           **error)
{
  Gen g = { 0 };
  gboolean ok;

  g_return_val_if_fail (PSL_IS_STORE (store), FALSE);

  if (size->staff < 4 || size->partners < 1 || size->companies < 1)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The demonstration needs at least 4 staff members, 1 partner and 1 firm."));
      return FALSE;
    }

  g.today = psl_date_parse (today);
  if (g.today == NULL)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("“%s” is not a date."), today);
      return FALSE;
    }

  g.store = store;
  g.db = psl_store_get_db (store);
  g.site = psl_store_get_site_id (store);
  g.rand = g_rand_new_with_seed (size->seed);
  g.progress = progress;
  g.user_data = user_data;
  g_snprintf (g.stamp, sizeof g.stamp, "%sT08:00:00.000Z", today);
  g.total = size->staff + size->partners + 2ull * size->companies + size->contacts + size->opportunities
          + size->interactions + size->people + size->placements;

  g.n_staff = size->staff;
  g.staff = g_new0 (Id, g.n_staff);
  g.n_partners = size->partners;
  g.partners = g_new0 (Id, g.n_partners);
  g.n_companies = size->companies;
  g.companies = g_new0 (Id, g.n_companies);
  g.company_kind = g_new0 (guint, g.n_companies);
  g.company_commune = g_new0 (guint, g.n_companies);
  g.company_referent = g_new0 (guint, g.n_companies);
  g.contact_start = g_new0 (guint, g.n_companies + 1);
  g.contacts = g_new0 (Id, MAX (1, size->contacts));
  g.n_opportunities = size->opportunities;
  g.opportunities = g_new0 (Id, MAX (1, g.n_opportunities));
  g.opportunity_company = g_new0 (guint, MAX (1, g.n_opportunities));
  g.n_people = size->people;
  g.people = g_new0 (Id, MAX (1, g.n_people));
  g.person_referent = g_new0 (guint, MAX (1, g.n_people));
  g.person_entered = g_new0 (Day, MAX (1, g.n_people));

  /* Demo data can be made again: durability is traded for speed here. */
  sqlite3_exec (g.db, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;", NULL, NULL, NULL);

  ok = psl_store_begin (store, error) &&
       gen_structure (&g, error) &&
       gen_companies (&g, size->contacts, error) &&
       gen_opportunities (&g, error) &&
       gen_interactions (&g, size->interactions, error) &&
       (g.n_people == 0 || gen_people (&g, error)) &&
       (g.n_people == 0 || gen_placements (&g, size->placements, error)) &&
       gen_events (&g, error) &&
       (g.n_people == 0 || gen_network (&g, error)) &&
       psl_store_commit (store, error);

  if (!ok)
    psl_store_rollback (store);

  sqlite3_exec (g.db, "PRAGMA synchronous = FULL; PRAGMA cache_size = -2000;", NULL, NULL, NULL);
  if (ok)
    sqlite3_exec (g.db, "PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);", NULL, NULL, NULL);

  if (ok && progress != NULL && g.reported < 1.0)
    progress (1.0, user_data);

  gen_clear (&g);
  return ok;
}
