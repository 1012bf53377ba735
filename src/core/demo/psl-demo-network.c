/* psl-demo-network.c — the demo's volunteer mentors and local economic watch
 *
 * A few mentors (a retired joiner, a nurse, a head of a building firm…)
 * following people in pathway, with their meetings, and the news of the
 * Lot read in La Dépêche or in the Grand Figeac's studies, two of them
 * already become an opportunity or a visit.  Written through core's own
 * functions, so that the demo keeps their rules.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include "psl-i18n.h"

#include "psl-demo-network.h"
#include "psl-format.h"
#include "psl-mentor.h"
#include "psl-watch.h"
#include "psl-store-private.h"

static const struct
{
  const char *name, *situation, *trade, *employer, *availability;
} mentors[] = {
  { "Jean-Pierre Lacoste", "retired", "Menuisier-ébéniste", "Menuiserie Lacoste (cédée)", "Le mardi et le jeudi" },
  { "Sylvie Marcouly", "employee", "Infirmière", "Centre hospitalier de Figeac", "Le samedi matin" },
  { "Karim Benali", "head", "Maçonnerie, gros œuvre", NULL, "En fin de journée" },
  { "Monique Delpech", "retired", "Comptable", NULL, "En semaine, sur rendez-vous" },
  { "Thomas Vidal", "employee", "Technicien de maintenance", "Ratier-Figeac", "Un mercredi sur deux" },
};

/* Whom each follows (the index of a person in pathway for more than the
 * longest of these, so that no mentoring starts before the pathway), from how many
 * days ago, for how many days (0: still), and how many meetings. */
static const struct { guint mentor, person, since, length, meetings; } followings[] = {
  { 0, 0, 120, 0, 4 }, { 0, 1, 400, 180, 5 }, { 1, 2, 60, 0, 2 }, { 2, 3, 200, 0, 3 },
  { 2, 4, 30, 0, 1 }, { 4, 5, 90, 0, 2 },
};

static const char *const meeting_kinds[] = { "in_person", "phone", "firm_visit", "workshop" };
static const char *const meeting_notes[] = {
  "CV repris ensemble, deux pistes d’entreprises à appeler.",
  NULL,
  "Visite de l’atelier, le jeune a posé beaucoup de questions.",
  "Préparation de l’entretien : se présenter en deux minutes.",
  NULL,
};

/* What the news became: nothing yet, or a record of the firm already
 * made (the demo's counts of firms, opportunities and contacts stay
 * those asked for). */
typedef enum { BECAME_NOTHING, BECAME_OPPORTUNITY, BECAME_VISIT } Became;

static const struct
{
  const char *kind, *source, *summary, *commune, *firm_name;
  guint ago;
  Became became;
} news[] = {
  { "settlement", "La Dépêche du Midi", "Une plateforme logistique s’installe zone de l’Aiguille : 35 emplois "
    "annoncés d’ici l’été, caristes et préparateurs de commandes.", "Figeac", "Logistique du Haut-Quercy", 12,
    BECAME_NOTHING },
  { "extension", "La Vie quercynoise", "Agrandissement annoncé, des recrutements à venir.", NULL, NULL, 0,
    BECAME_OPPORTUNITY },
  { "closure", "La Dépêche du Midi", "Fermeture annoncée de la conserverie en fin d’année : 18 salariés à "
    "reclasser, des savoir-faire en agroalimentaire.", "Capdenac-Gare", "Conserverie du Ségala", 40, BECAME_NOTHING },
  { "project", "Diagnostic emploi du Grand Figeac", "Projet d’EHPAD de 80 lits à l’horizon de deux ans : "
    "aides-soignants, agents de service.", "Cajarc", "EHPAD du Causse", 75, BECAME_NOTHING },
  { "extension", "Bulletin de la CCI du Lot", "Reprise par un nouveau dirigeant, qui veut développer l’activité.", NULL, NULL, 0,
    BECAME_VISIT },
};

static char *
days_ago (const char *today,
          guint       days)
{
  g_autoptr(GDate) date = psl_date_parse (today);
  char text[11];

  g_date_subtract_days (date, days);
  g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
  return g_strdup (text);
}

static gpointer
read_id (sqlite3_stmt *stmt)
{
  return psl_column_dup (stmt, 0);
}

gboolean
psl_demo_network (PslStore   *store,
                  const char *today,
                  GError    **error)
{
  g_autoptr(GPtrArray) people = psl_store_collect (store,
    "SELECT id FROM person WHERE deleted_at IS NULL AND exited_on IS NULL AND entered_on <= date(?1, '-400 days')"
    " ORDER BY entered_on DESC, id LIMIT 6;",
    today, read_id, g_free, _("Writing the demonstration data"), error);
  g_autoptr(GPtrArray) firms = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  if (people == NULL)
    return FALSE;
  firms = psl_store_collect (store,
    "SELECT id FROM company WHERE deleted_at IS NULL AND status = 'active' ORDER BY legal_name LIMIT 3 OFFSET 7;",
    NULL, read_id, g_free, _("Writing the demonstration data"), error);
  if (firms == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (mentors); i++)
    {
      char *id = psl_mentor_create (store, mentors[i].name, error);

      if (id == NULL
          || !psl_mentor_set (store, id, "situation", mentors[i].situation, error)
          || !psl_mentor_set (store, id, "trade", mentors[i].trade, error)
          || !psl_mentor_set (store, id, "employer", mentors[i].employer, error)
          || !psl_mentor_set (store, id, "availability", mentors[i].availability, error)
          /* The head of a firm of the network. */
          || (g_strcmp0 (mentors[i].situation, "head") == 0 && firms->len > 0
              && !psl_mentor_set (store, id, "company_id", g_ptr_array_index (firms, 0), error)))
        {
          g_free (id);
          return FALSE;
        }
      g_ptr_array_add (ids, id);
    }

  for (guint i = 0; i < G_N_ELEMENTS (followings); i++)
    {
      g_autofree char *start = days_ago (today, followings[i].since);
      g_autofree char *end = followings[i].length > 0
        ? days_ago (today, followings[i].since - followings[i].length) : NULL;
      g_autofree char *following = NULL;

      if (followings[i].person >= people->len)
        break;
      following = psl_mentorship_create (store, g_ptr_array_index (ids, followings[i].mentor),
                                         g_ptr_array_index (people, followings[i].person), start, end, error);
      if (following == NULL)
        return FALSE;
      for (guint m = 0; m < followings[i].meetings; m++)
        {
          guint span = (followings[i].length > 0 ? followings[i].length : followings[i].since) - 1;
          g_autofree char *held = days_ago (today, followings[i].since - 1 - span * m / followings[i].meetings);
          g_autofree char *meeting = psl_mentor_meeting_create (store, following, held,
                                                                meeting_kinds[(i + m) % G_N_ELEMENTS (meeting_kinds)],
                                                                meeting_notes[(i + m) % G_N_ELEMENTS (meeting_notes)],
                                                                error);

          if (meeting == NULL)
            return FALSE;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (news); i++)
    {
      g_autoptr(sqlite3_stmt) record = NULL;
      g_autofree char *noted = NULL;
      g_autofree char *entry = NULL;
      const char *company = NULL;

      /* The firm's latest opportunity or visit, read a week after the news. */
      if (news[i].became != BECAME_NOTHING)
        {
          record = psl_store_row_for (store, news[i].became == BECAME_VISIT
            ? "SELECT company_id, id, date(substr(occurred_at, 1, 10), '-7 days') FROM interaction"
              " WHERE kind = 'visite' AND deleted_at IS NULL AND company_id IS NOT NULL AND occurred_at <= ?1"
              " ORDER BY occurred_at DESC, id LIMIT 1;"
            : "SELECT company_id, id, date(proposed_on, '-7 days') FROM opportunity"
              " WHERE deleted_at IS NULL AND status = 'open' AND proposed_on <= ?1"
              " ORDER BY proposed_on DESC, id LIMIT 1;", today, _("Writing the demonstration data"), error);
          if (record == NULL && error != NULL && *error != NULL)
            return FALSE;
          /* A demo too small to have one: the news is left out. */
          if (record == NULL)
            continue;
          company = (const char *) sqlite3_column_text (record, 0);
          noted = g_strdup ((const char *) sqlite3_column_text (record, 2));
        }
      else
        noted = days_ago (today, news[i].ago);
      entry = psl_watch_create (store, news[i].kind, noted, news[i].summary, company, news[i].firm_name, error);
      if (entry == NULL
          || !psl_watch_set (store, entry, "source", news[i].source, error)
          || !psl_watch_set (store, entry, "commune", news[i].commune, error)
          || (record != NULL && !psl_watch_tie (store, entry, (const char *) sqlite3_column_text (record, 1),
                                                news[i].became == BECAME_VISIT, error)))
        return FALSE;
    }
  return TRUE;
}
