/* test-calendar-export.c — the coming follow-ups as iCalendar, read back by libical field by field */

#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "psl-calendar-export.h"
#include "psl-test.h"

/* The day of the fixture: Wednesday 10 June 2026. */
#define TODAY "2026-06-10"

#define FIXTURE \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière'), ('b', 'Bruno', 'Rey');" \
  "INSERT INTO company (id, legal_name) VALUES ('c', 'Boulangerie Vidal');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, referent_id, phone, notes, situation) VALUES" \
  " ('lea', 'Léa', 'Puech', '2025-03-01', 'a', '06 99 99 99 99', 'NOTE-PRIVEE', 'rsa')," \
  " ('hugo', 'Hugo', 'Rey', '2025-03-01', 'b', NULL, NULL, NULL);" \
  "INSERT INTO barrier (id, person_id, code, identified_on, notes) VALUES" \
  " ('b1', 'lea', 'garde_enfants', '2025-03-01', 'FREIN-PRIVE');" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on, start_date)" \
  " VALUES ('cdd', 'lea', 'c', 'contract', 'contract', 'cdd', '2026-01-02', '2026-01-05');" \
  "INSERT INTO followup (id, person_id, placement_id, staff_id, label, due_on, done_on, notes) VALUES" \
  " ('late', 'lea', 'cdd', 'a', 'En retard', '2026-06-01', NULL, NULL)," \
  " ('f1', 'lea', 'cdd', 'a', 'Un mois', '2026-06-10', NULL, 'NOTE-DU-SUIVI')," \
  " ('f2', 'hugo', NULL, 'b', 'Trois mois', '2026-06-30', NULL, NULL)," \
  " ('done', 'lea', 'cdd', 'a', 'Fait', '2026-06-15', '2026-06-09', NULL)," \
  " ('after', 'lea', 'cdd', 'a', 'Trop tard', '2026-09-01', NULL, NULL);" \
  "INSERT INTO interaction (id, company_id, staff_id, kind, occurred_at, next_step, next_due) VALUES" \
  " ('i1', 'c', 'a', 'phone', '2026-06-01', 'Rappeler pour l''offre', '2026-06-12');"

typedef struct
{
  char *uid;
  char *summary;
  char *description;
  char  start[11];
  char  end[11];
} Event;

static void
event_free (Event *e)
{
  g_free (e->uid);
  g_free (e->summary);
  g_free (e->description);
  g_free (e);
}

/* The events of a calendar as libical reads them. */
static GPtrArray *
parse (const char *text)
{
  GPtrArray *events = g_ptr_array_new_with_free_func ((GDestroyNotify) event_free);
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)),
                   ==, "2.0");
  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); c != NULL;
       c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      Event *e = g_new0 (Event, 1);
      struct icaltimetype start = icalcomponent_get_dtstart (c);
      struct icaltimetype end = icalcomponent_get_dtend (c);

      g_assert_true (start.is_date);
      e->uid = g_strdup (icalcomponent_get_uid (c));
      e->summary = g_strdup (icalcomponent_get_summary (c));
      e->description = g_strdup (icalcomponent_get_description (c));
      g_snprintf (e->start, sizeof e->start, "%04d-%02d-%02d", start.year, start.month, start.day);
      g_snprintf (e->end, sizeof e->end, "%04d-%02d-%02d", end.year, end.month, end.day);
      g_ptr_array_add (events, e);
    }
  icalcomponent_free (calendar);
  return events;
}

static void
test_export (PslTestFixture *f,
             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;
  g_autofree char *text = psl_calendar_export (f->store, NULL, TODAY, "2026-07-31", FALSE, &n, &error);
  g_autoptr(GPtrArray) events = NULL;
  Event *e;

  g_assert_no_error (error);
  events = parse (text);
  /* Today's follow-up, the reminder, the one at the end of the month: not
   * what is overdue, done, or after the last day. */
  g_assert_cmpuint (events->len, ==, 3);
  g_assert_cmpuint (n, ==, 3);
  e = g_ptr_array_index (events, 0);
  g_assert_cmpstr (e->uid, ==, "followup-f1@passerelle");
  /* By default, a person is named by initials and the kind only: no
   * description joins them to the firm where they work. */
  g_assert_cmpstr (e->summary, ==, "Suivi : L. P.");
  g_assert_null (e->description);
  g_assert_cmpstr (e->start, ==, "2026-06-10");
  g_assert_cmpstr (e->end, ==, "2026-06-11");
  e = g_ptr_array_index (events, 1);
  g_assert_cmpstr (e->uid, ==, "reminder-i1@passerelle");
  g_assert_cmpstr (e->summary, ==, "Relance d’entreprise : Boulangerie Vidal");
  g_assert_cmpstr (e->start, ==, "2026-06-12");
  e = g_ptr_array_index (events, 2);
  g_assert_cmpstr (e->summary, ==, "Suivi : H. R.");
  g_assert_null (strstr (text, "Léa"));
  g_assert_null (strstr (text, "Puech"));
  /* The firm is named by its own reminder only, never beside a person,
   * nor what a counsellor wrote. */
  g_assert_null (e->description);
  g_assert_null (((Event *) g_ptr_array_index (events, 1))->description);
  g_assert_null (strstr (text, "DESCRIPTION"));
  g_assert_null (strstr (text, "Un mois"));
  g_assert_null (strstr (text, "Trois mois"));
  g_assert_null (strstr (text, "Rappeler"));
  g_assert_cmpstr (e->start, ==, "2026-06-30");
  g_assert_cmpstr (e->end, ==, "2026-07-01");

  /* Nothing of the person's social data. */
  g_assert_null (strstr (text, "NOTE-PRIVEE"));
  g_assert_null (strstr (text, "NOTE-DU-SUIVI"));
  g_assert_null (strstr (text, "FREIN-PRIVE"));
  g_assert_null (strstr (text, "99 99"));
  g_assert_null (strstr (text, "RSA"));
  /* Lines end as RFC 5545 says. */
  g_assert_nonnull (strstr (text, "BEGIN:VCALENDAR\r\n"));
}

static void
test_one_counsellor (PslTestFixture *f,
                     gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = psl_calendar_export (f->store, "b", TODAY, "2026-07-31", FALSE, NULL, &error);
  g_autoptr(GPtrArray) events = parse (text);

  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpstr (((Event *) g_ptr_array_index (events, 0))->uid, ==, "followup-f2@passerelle");
}

static void
test_file_and_bad_input (PslTestFixture *f,
                         gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "agenda.ics", NULL);
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  guint n = 0;

  g_assert_true (psl_calendar_export_file (f->store, "a", TODAY, "2026-07-31", FALSE, path, &n, &error));
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR"));
  /* Exported twice: the same events, the same UIDs (an import updates them). */
  g_assert_true (psl_calendar_export_file (f->store, "a", TODAY, "2026-07-31", FALSE, path, &n, &error));
  g_assert_true (g_file_get_contents (path, &again, NULL, NULL));
  g_assert_nonnull (strstr (again, "UID:followup-f1@passerelle"));

  /* The last day before today, dates that are not dates, a folder that is not there. */
  g_assert_null (psl_calendar_export (f->store, NULL, TODAY, "2026-06-09", FALSE, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (psl_calendar_export (f->store, NULL, TODAY, "fin juin", FALSE, NULL, &error));
  g_clear_error (&error);
  g_assert_false (psl_calendar_export_file (f->store, NULL, TODAY, "2026-07-31", FALSE, "/nonexistent/agenda.ics",
                                            NULL, &error));
  g_assert_nonnull (strstr (error->message, "/nonexistent/agenda.ics"));
  g_clear_error (&error);
  /* A folder given for the file: said as such, the folder untouched. */
  g_assert_false (psl_calendar_export_file (f->store, NULL, TODAY, "2026-07-31", FALSE, f->dir, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_assert_true (g_file_test (f->dir, G_FILE_TEST_IS_DIR));
}

/* Full names only when asked for; initials of compound and accented names. */
static void
test_full_names (PslTestFixture *f,
                 gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = psl_calendar_export (f->store, NULL, TODAY, "2026-07-31", TRUE, NULL, &error);
  g_autoptr(GPtrArray) events = parse (text);
  const char *names[][2] = {
    { "Léa Puech", "L. P." }, { "Jean-Marc Élie", "J.-M. É." }, { "  ", "" }, { "", "" },
    { "o'Neil  De la Tour", "O. D. L. T." },
  };

  g_assert_no_error (error);
  g_assert_cmpstr (((Event *) g_ptr_array_index (events, 0))->summary, ==, "Suivi : Léa Puech");
  /* Asked for knowingly: what is due, and the firm. */
  g_assert_cmpstr (((Event *) g_ptr_array_index (events, 0))->description, ==, "Un mois — Boulangerie Vidal");
  g_assert_cmpstr (((Event *) g_ptr_array_index (events, 1))->description, ==, "Rappeler pour l'offre");
  /* A firm keeps its name either way. */
  g_assert_cmpstr (((Event *) g_ptr_array_index (events, 1))->summary, ==, "Relance d’entreprise : Boulangerie Vidal");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *initials = psl_calendar_initials (names[i][0]);

      g_assert_cmpstr (initials, ==, names[i][1]);
    }
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/calendar-export/export", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_export,
              psl_test_fixture_teardown);
  g_test_add ("/calendar-export/one-counsellor", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_one_counsellor, psl_test_fixture_teardown);
  g_test_add ("/calendar-export/file-and-bad-input", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_file_and_bad_input, psl_test_fixture_teardown);
  g_test_add ("/calendar-export/full-names", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_full_names, psl_test_fixture_teardown);
  return g_test_run ();
}
