/* test-report.c — printed documents from the data: what the candidate sheet says and never says,
 * when it may be made, and the contract of commitments with both sides' steps */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "activity-fixture.h"
#include "psl-activity-report.h"
#include "psl-campaign.h"
#include "psl-company-sheet.h"
#include "psl-pathway-report.h"
#include "psl-candidate-sheet.h"
#include "psl-engagement.h"
#include "psl-evaluation.h"
#include "psl-commitment-sheet.h"
#include "psl-followup-report.h"
#include "psl-csv.h"
#include "psl-report.h"
#include "psl-report-export.h"
#include "psl-table-export.h"
#include "psl-test.h"
#include "psl-test-report.h"

#define FIXTURE \
  "INSERT INTO staff (id, first_name, last_name, phone) VALUES ('cip', 'Salomé', 'Lalbertie', '05 65 00 00 01');" \
  "INSERT INTO company (id, legal_name, trade_name) VALUES ('vidal', 'SARL Vidal', 'Boulangerie Vidal')," \
  " ('moulin', 'Garage du Moulin', NULL);" \
  "INSERT INTO opportunity (id, company_id, phase, title, proposed_on, status) VALUES" \
  " ('o1', 'vidal', 3, 'Vendeuse en boulangerie', '2026-01-10', 'open');" \
  "INSERT INTO person (id, first_name, last_name, birth_date, entered_on, referent_id, project, strengths," \
  "                    languages, driving_licence, situation, notes, address, phone) VALUES" \
  " ('lea', 'Léa', 'Puech', '2004-05-12', '2025-03-01', 'cip', 'Vente en alimentation', 'Sourire, ponctualité'," \
  "  'Occitan', 1, 'rsa', 'NOTE-INTERNE', '12 rue SECRETE', '06 99 99 99 99');" \
  "INSERT INTO barrier (id, person_id, code, status, identified_on, notes) VALUES" \
  " ('b1', 'lea', 'garde_enfants', 'identified', '2025-03-01', 'FREIN-PRIVE');" \
  "INSERT INTO person_sensitive (id, person_id, category, detail, recorded_on) VALUES" \
  " ('s1', 'lea', 'health', 'SANTE-PRIVEE', '2025-03-01');" \
  "INSERT INTO placement (id, person_id, company_id, opportunity_id, stage, kind, immersion_type, proposed_on," \
  "                       start_date, end_date, evaluation) VALUES" \
  " ('imm', 'lea', 'moulin', NULL, 'ended', 'immersion', 'discovery', '2025-09-01', '2025-09-08', '2025-09-12'," \
  "  '{\"evaluated_on\":\"2025-09-12\",\"skills\":[{\"skill\":\"Accueillir la clientèle\",\"level\":\"fully\"}," \
  "    {\"skill\":\"Encaisser\",\"level\":\"not\"}]}')," \
  " ('prop', 'lea', 'vidal', 'o1', 'proposed', NULL, NULL, '2026-01-12', NULL, NULL, NULL);" \
  "INSERT INTO commitment (id, person_id, signed_on, revision, objectives, review_on, staff_id) VALUES" \
  " ('c1', 'lea', '2025-03-05', 1, 'Confirmer le projet de vente', '2025-06-05', 'cip')," \
  " ('c2', 'lea', '2025-06-05', 2, 'Trouver un contrat en boulangerie', '2025-12-05', 'cip');" \
  "INSERT INTO commitment_step (id, commitment_id, side, label, due_on, done_on) VALUES" \
  " ('s1', 'c2', 'person', 'Mettre à jour son CV', '2025-06-20', '2025-06-18')," \
  " ('s2', 'c2', 'structure', 'Chercher une immersion en boulangerie', '2025-07-01', NULL);"

static void
test_candidate_needs_consent (PslTestFixture *f,
                              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *why = NULL;

  /* No consent at all. */
  doc = psl_candidate_sheet_new (f->store, "lea", "vidal", &error);
  g_assert_null (doc);
  g_assert_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NO_CONSENT);
  g_assert_nonnull (strstr (error->message, "Boulangerie Vidal"));
  g_clear_error (&error);
  why = psl_candidate_sheet_why_not (f->store, "prop");
  g_assert_nonnull (why);
  g_clear_pointer (&why, g_free);

  /* A consent for another firm does not do. */
  psl_test_exec (f->store, "INSERT INTO consent (id, person_id, scope, company_id, given_on) VALUES"
                           " ('k1', 'lea', 'cv_entreprise', 'moulin', '2025-09-01');");
  g_assert_null (psl_candidate_sheet_new (f->store, "lea", "vidal", &error));
  g_assert_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NO_CONSENT);
  g_clear_error (&error);

  /* Another use does not do either. */
  psl_test_exec (f->store, "INSERT INTO consent (id, person_id, scope, company_id, given_on) VALUES"
                           " ('k2', 'lea', 'enquete_sortie', 'vidal', '2025-09-01');");
  g_assert_null (psl_candidate_sheet_for_placement (f->store, "prop", &error));
  g_assert_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NO_CONSENT);
  g_clear_error (&error);

  /* For this firm, then withdrawn: allowed, then refused again. */
  psl_test_exec (f->store, "INSERT INTO consent (id, person_id, scope, company_id, given_on) VALUES"
                           " ('k3', 'lea', 'cv_entreprise', 'vidal', '2026-01-11');");
  g_assert_null (psl_candidate_sheet_why_not (f->store, "prop"));
  doc = psl_candidate_sheet_for_placement (f->store, "prop", &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_clear_pointer (&doc, psl_document_unref);
  psl_test_exec (f->store, "UPDATE consent SET withdrawn_on = '2026-02-01' WHERE id = 'k3';");
  why = psl_candidate_sheet_why_not (f->store, "prop");
  g_assert_nonnull (why);
  g_assert_nonnull (strstr (why, "01/02/2026"));
  g_assert_null (psl_candidate_sheet_new (f->store, "lea", "vidal", &error));
  g_assert_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NO_CONSENT);
  g_clear_error (&error);

  /* Unknown records: said, not a crash. */
  g_assert_null (psl_candidate_sheet_for_placement (f->store, "nowhere", &error));
  g_assert_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (psl_candidate_sheet_new (f->store, "lea", "nowhere", &error));
  g_assert_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND);
}

static void
test_candidate_content (PslTestFixture *f,
                        gconstpointer   data)
{
  static const char *const never[] = {
    "FREIN-PRIVE", "enfants", "SANTE-PRIVEE", "NOTE-INTERNE", "SECRETE", "06 99 99 99 99",
    "12/05/2004", "2004", "RSA", "Allocataire",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *text = NULL;
  psl_test_exec (f->store, "INSERT INTO consent (id, person_id, scope, company_id, given_on) VALUES"
                           " ('k', 'lea', 'cv_entreprise', NULL, '2025-09-01');");
  psl_test_exec (f->store, "INSERT INTO competence_evaluation (id, person_id, evaluated_on) VALUES"
                           " ('e', 'lea', '2025-09-15');"
                           "INSERT INTO competence_rating (id, evaluation_id, item_code, level)"
                           " SELECT 'r' || code, 'e', code, 3 FROM ref_item WHERE list_code = 'competence';");

  /* Made, the presentation is journaled once, under its person. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry;"), ==, 0);
  doc = psl_candidate_sheet_new (f->store, "lea", "vidal", &error);
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'print'"
                                             " AND person_id = 'lea';"), ==, 1);
  text = psl_test_pdf_text (doc, f->dir);

  g_assert_nonnull (strstr (text, "Présentation de candidat"));
  g_assert_nonnull (strstr (text, "Léa Puech, pour Boulangerie Vidal"));
  g_assert_nonnull (strstr (text, "Vente en alimentation"));
  g_assert_nonnull (strstr (text, "Sourire, ponctualité"));
  g_assert_nonnull (strstr (text, "Occitan"));
  g_assert_nonnull (strstr (text, "Salomé Lalbertie"));
  /* The grid: its twenty items, each at 3. */
  g_assert_nonnull (strstr (text, "15 septembre 2025"));
  g_assert_nonnull (strstr (text, "Travailler en équipe"));
  g_assert_nonnull (strstr (text, "3 — en autonomie"));
  /* The immersion, with the skill it validated and not the one it did not. */
  g_assert_nonnull (strstr (text, "Garage du Moulin"));
  g_assert_nonnull (strstr (text, "Accueillir la clientèle"));
  g_assert_null (strstr (text, "Encaisser"));
  /* A proposal is not experience. */
  g_assert_null (strstr (text, "Vendeuse en boulangerie"));
  g_assert_nonnull (strstr (text, "Page 1 / "));
  for (guint i = 0; i < G_N_ELEMENTS (never); i++)
    {
      g_test_message ("never: %s", never[i]);
      g_assert_null (strstr (text, never[i]));
    }
}

/* Only what started is experience: an apprenticeship agreed for later
 * comes after it, as what is coming up. */
static void
test_candidate_future (PslTestFixture *f,
                       gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *text = NULL;
  const char *experience, *coming, *garage, *apprenticeship;

  psl_test_exec (f->store, "INSERT INTO consent (id, person_id, scope, company_id, given_on) VALUES"
                           " ('k', 'lea', 'cv_entreprise', NULL, '2025-09-01');"
                           "INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on,"
                           " start_date) VALUES ('appr', 'lea', 'vidal', 'contract', 'contract', 'apprentissage',"
                           " '2025-10-01', '2099-09-01');");
  doc = psl_candidate_sheet_new (f->store, "lea", "vidal", &error);
  g_assert_no_error (error);
  text = psl_test_pdf_text (doc, f->dir);

  experience = strstr (text, "Expérience");
  coming = strstr (text, "À venir");
  garage = strstr (text, "Garage du Moulin");
  apprenticeship = strstr (text, "apprentissage");
  g_assert_nonnull (experience);
  g_assert_nonnull (coming);
  g_assert_nonnull (garage);
  g_assert_nonnull (apprenticeship);
  g_assert_true (experience < garage && garage < coming && coming < apprenticeship);
  g_assert_nonnull (strstr (coming, "01/09/2099"));

  /* Without it, no such heading. */
  psl_test_exec (f->store, "UPDATE placement SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = 'appr';");
  g_clear_pointer (&doc, psl_document_unref);
  g_free (text);
  doc = psl_candidate_sheet_new (f->store, "lea", "vidal", &error);
  g_assert_no_error (error);
  text = psl_test_pdf_text (doc, f->dir);
  g_assert_null (strstr (text, "À venir"));
}

static void
test_commitment (PslTestFixture *f,
                 gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_commitment_sheet_new (f->store, "c2", &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = psl_test_pdf_text (doc, f->dir);
  g_assert_nonnull (strstr (text, "Contrat d’engagements réciproques"));
  g_assert_nonnull (strstr (text, "Léa Puech — révision 2"));
  g_assert_nonnull (strstr (text, "Trouver un contrat en boulangerie"));
  /* Both sides, each under its own heading, in that order. */
  g_assert_nonnull (strstr (text, "La personne s’engage à"));
  g_assert_nonnull (strstr (text, "La structure s’engage à"));
  g_assert_true (strstr (text, "Mettre à jour son CV") < strstr (text, "La structure s’engage à"));
  g_assert_true (strstr (text, "Chercher une immersion en boulangerie") > strstr (text, "La structure s’engage à"));
  g_assert_nonnull (strstr (text, "18/06/2025"));
  /* The contract it revises. */
  g_assert_nonnull (strstr (text, "Contrats précédents"));
  g_assert_nonnull (strstr (text, "05/03/2025"));
  g_assert_null (strstr (text, "FREIN-PRIVE"));
  g_assert_null (strstr (text, "SANTE-PRIVEE"));

  g_clear_pointer (&doc, psl_document_unref);
  g_assert_null (psl_commitment_sheet_new (f->store, "nowhere", &error));
  g_assert_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND);
  /* The contract made is in the audit journal, under its person. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'print'"
                                             " AND person_id = 'lea'"
                                             " AND detail = 'Contrat d’engagements réciproques';"), ==, 1);
}

/* Three contracts ended early in 2025 (two in their first month, one in
 * their third), two follow-ups planned in March (one on time, one late),
 * an alert open. */
#define FOLLOWUP_FIXTURE \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('cip', 'Salomé', 'Lalbertie');" \
  "INSERT INTO company (id, legal_name) VALUES ('vidal', 'Boulangerie Vidal');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, referent_id) VALUES" \
  " ('lea', 'Léa', 'Puech', '2025-01-01', 'cip'), ('tom', 'Tom', 'Bru', '2025-01-01', 'cip');" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on, start_date," \
  "                       end_date, ended_by, end_reason) VALUES" \
  " ('p1', 'lea', 'vidal', 'ended', 'contract', 'cdd', '2025-01-01', '2025-03-03', '2025-03-20', 'person', 'demission')," \
  " ('p2', 'tom', 'vidal', 'ended', 'contract', 'cdi', '2025-01-01', '2025-04-01', '2025-04-10', 'employer', 'comportement')," \
  " ('p3', 'tom', 'vidal', 'ended', 'contract', 'cdi', '2025-01-01', '2025-05-05', '2025-07-15', 'person', 'demission');" \
  "INSERT INTO followup (id, person_id, placement_id, staff_id, label, due_on, planned_on, done_on) VALUES" \
  " ('f1', 'lea', 'p1', 'cip', 'Premiers jours', '2025-03-05', '2025-03-05', '2025-03-05')," \
  " ('f2', 'lea', 'p1', 'cip', 'Fin de semaine', '2025-03-12', '2025-03-07', '2025-03-12');" \
  "INSERT INTO alert (id, person_id, company_id, raised_by, risk_level, opened_on, staff_id) VALUES" \
  " ('a1', 'tom', 'vidal', 'tutor', 3, '2025-06-02', 'cip');"

static void
test_followup (PslTestFixture *f,
               gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_followup_report_new (f->store, "2025-01-01", "2025-12-31", NULL,
                                                        PSL_FOLLOWUP_FOR_TEAM, &error);
  g_autofree char *text = NULL;
  char *causes;

  g_assert_no_error (error);
  text = psl_test_pdf_text (doc, f->dir);
  g_assert_nonnull (strstr (text, "Suivi dans l’emploi"));
  g_assert_nonnull (strstr (text, "01/01/2025"));
  g_assert_nonnull (strstr (text, "Page 1 / 1"));
  /* Three early ends: resignation twice (67 %), behaviour once. */
  causes = strstr (text, "Ruptures par cause");
  g_assert_nonnull (causes);
  g_assert_true (g_regex_match_simple ("Démission de la personne\\s+2\\s+67 %", causes, 0, 0));
  g_assert_true (g_regex_match_simple ("Comportement\\s+1\\s+33 %", causes, 0, 0));
  g_assert_true (g_regex_match_simple ("Total\\s+3\\s+100 %", causes, 0, 0));
  /* The alert open, named: an internal report. */
  g_assert_nonnull (strstr (text, "Tom Bru"));
  g_assert_nonnull (strstr (text, "Risque élevé"));
  g_assert_nonnull (strstr (text, "02/06/2025"));

  /* A period upside down, or not dates: refused. */
  g_clear_pointer (&doc, psl_document_unref);
  g_assert_null (psl_followup_report_new (f->store, "2025-12-31", "2025-01-01", NULL, PSL_FOLLOWUP_FOR_TEAM, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_followup_report_new (f->store, "2025-02-30", "2025-12-31", NULL, PSL_FOLLOWUP_FOR_TEAM, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
}

/* Two of the three people of the fixture in the antenna "Sud", one early
 * end for health among theirs. */
#define SMALL_COUNTS_SQL \
  "INSERT INTO site (id, name) VALUES ('sud', 'Sud');" \
  "UPDATE person SET antenna_id = 'sud';" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on, start_date," \
  "                       end_date, ended_by, end_reason) VALUES" \
  " ('p4', 'lea', 'vidal', 'ended', 'contract', 'cdd', '2025-01-01', '2025-06-02', '2025-06-20', 'person', 'sante_handicap');"

/* A health cause counted once: "< 5" in every document for funders (the
 * whole structure, one antenna, one counsellor), the count for the team. */
static void
test_small_counts (PslTestFixture *f,
                   gconstpointer   data)
{
  struct { PslDocument *doc; const char *row; } cases[] = {
    { psl_followup_report_new (f->store, "2025-01-01", "2025-12-31", "cip", PSL_FOLLOWUP_FOR_FUNDERS, NULL),
      "Santé, handicap\\s+<\\s?5\\s+<\\s?5" },
    { psl_followup_report_new (f->store, "2025-01-01", "2025-12-31", "cip", PSL_FOLLOWUP_FOR_TEAM, NULL),
      "Santé, handicap\\s+1\\s+25 %" },
    { psl_activity_report_new (f->store, "2025-01-01", "2025-12-31", "sud", NULL),
      "Santé, handicap\\s+<\\s?5\\s+<\\s?5" },
    { psl_activity_report_new (f->store, "2025-01-01", "2025-12-31", NULL, NULL),
      "Santé, handicap\\s+<\\s?5\\s+<\\s?5" },
    { psl_followup_report_new (f->store, "2025-01-01", "2025-12-31", NULL, PSL_FOLLOWUP_FOR_FUNDERS, NULL),
      "Santé, handicap\\s+<\\s?5\\s+<\\s?5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      g_assert_nonnull (cases[i].doc);
      text = psl_test_pdf_text (cases[i].doc, f->dir);
      if (!g_regex_match_simple (cases[i].row, text, 0, 0))
        g_error ("case %u: no “%s” in:\n%s", i, cases[i].row, text);
      /* The causes not about health keep their counts. */
      g_assert_true (g_regex_match_simple ("Démission de la personne\\s+2\\s+50 %", text, 0, 0));
      /* Funders' versions name nobody. */
      if (i != 1)
        g_assert_null (strstr (text, "Tom Bru"));
      psl_document_unref (cases[i].doc);
    }
}

static char *
run (const char *command)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_activity_pdf (PslTestFixture *f,
                   gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_activity_report_new (f->store, FROM, TO, "n", &error);
  g_autofree char *path = g_build_filename (f->dir, "bilan.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *command = NULL;

  g_assert_no_error (error);
  g_assert_true (psl_report_write (doc, path, &error));
  command = g_strdup_printf ("pdfinfo %s", path);
  info = run (command);
  g_assert_true (g_regex_match_simple ("Page size:\\s+595.27\\d* x 841.89", info, 0, 0));
  /* With the chart of the placements, five pages at most. */
  g_assert_true (g_regex_match_simple ("Pages:\\s+[2-5]\n", info, 0, 0));
  g_free (command);
  command = g_strdup_printf ("pdftotext -layout %s -", path);
  text = run (command);
  g_assert_nonnull (strstr (text, "Bilan d’activité"));
  /* The header names the antenna the figures are of, not the one it
   * was printed at; the subtitle the period. */
  g_assert_true (g_regex_match_simple ("— Nord\\s", text, 0, 0));
  g_assert_nonnull (strstr (text, "01/01/2026 – 30/06/2026"));
  g_assert_true (g_regex_match_simple ("Page 1 / [2-5]", text, 0, 0));
  /* Nord: p1, p2, p3 followed, p1 new; Alice's and Bruno's people. */
  g_assert_true (g_regex_match_simple ("\\b3\\s+1\\s+2\\b", text, 0, 0));
  g_assert_true (g_regex_match_simple ("Alice Vayssière\\s+2\\s+1", text, 0, 0));
  g_assert_true (g_regex_match_simple ("Bruno Rey\\s+1\\s+0", text, 0, 0));
  g_assert_true (g_regex_match_simple ("Emploi\\s+1\\s+1\\s+100 %", text, 0, 0));
  /* Figures only: nobody followed is named. */
  g_assert_null (strstr (text, "Maçonnerie"));
  g_assert_true (g_regex_match_simple ("Aucun objectif", text, 0, 0));

  /* An antenna that does not exist, a period upside down. */
  g_clear_pointer (&doc, psl_document_unref);
  g_assert_null (psl_activity_report_new (f->store, FROM, TO, "nulle-part", &error));
  g_assert_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (psl_activity_report_new (f->store, TO, FROM, NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
}

/* The rows of the CSV block named title, as read back by the program's
 * own CSV reader (libcsv). */
static GPtrArray *
csv_block (PslCsvTable *csv,
           const char  *title)
{
  GPtrArray *rows = g_ptr_array_new ();
  gboolean inside = FALSE;

  for (guint i = 0; i < csv->rows->len; i++)
    {
      GStrv row = g_ptr_array_index (csv->rows, i);

      if (g_strv_length (row) == 1 && row[0][0] != '\0')
        inside = g_strcmp0 (row[0], title) == 0;
      else if (inside)
        g_ptr_array_add (rows, row);
    }
  return rows;
}

static void
test_activity_spreadsheets (PslTestFixture *f,
                            gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_activity_report_new (f->store, FROM, TO, NULL, &error);
  g_autofree char *csv_path = g_build_filename (f->dir, "bilan.csv", NULL);
  g_autofree char *xlsx_path = g_build_filename (f->dir, "bilan.xlsx", NULL);
  g_autofree char *bad_path = g_build_filename (f->dir, "absent", "bilan.xlsx", NULL);
  g_autofree char *command = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *raw = NULL;
  g_autoptr(PslCsvTable) csv = NULL;
  g_autoptr(GPtrArray) sex = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  GStrv women, total;

  g_assert_no_error (error);
  tables = psl_report_tables (doc);
  /* Key figures first, then the tables: sex, age, counsellor, sector,
   * interactions, opportunities, placements, immersions, exits, early ends
   * by cause (no target set, no table of them). */
  g_assert_cmpstr (((PslExportTable *) g_ptr_array_index (tables, 0))->name, ==, "Chiffres clés");
  g_assert_cmpuint (tables->len, ==, 11);

  g_assert_true (psl_report_write (doc, csv_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &raw, NULL, NULL));
  g_assert_true (g_str_has_prefix (raw, "\xEF\xBB\xBF\"Chiffres clés\"\r\n"));
  csv = psl_csv_read_file (csv_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (csv->delimiter, ==, ';');
  sex = csv_block (csv, "Personnes accompagnées — Sexe");
  g_assert_cmpuint (sex->len, ==, 5);   /* header, three sexes, total */
  women = g_ptr_array_index (sex, 1);
  g_assert_cmpstr (women[0], ==, "Femmes");
  g_assert_cmpstr (women[1], ==, "2");
  g_assert_cmpstr (women[2], ==, "1");
  total = g_ptr_array_index (sex, 4);
  g_assert_cmpstr (total[0], ==, "Total");
  g_assert_cmpstr (total[1], ==, "5");

  g_assert_true (psl_report_write (doc, xlsx_path, &error));
  g_assert_no_error (error);
  command = g_strdup_printf ("/usr/bin/python3 %s/xlsx-dump.py %s", g_getenv ("PSL_TEST_SOURCE_DIR"), xlsx_path);
  dump = run (command);
  g_assert_true (g_str_has_prefix (dump, "== Chiffres clés\n"));
  /* Counts are numbers, shares fractions; sheets named within 31
   * characters, cut after a word. */
  g_assert_nonnull (strstr (dump, "== Personnes accompagnées — Sexe\n"));
  g_assert_nonnull (strstr (dump, "== Personnes accompagnées — Âge…\n"));
  g_assert_nonnull (strstr (dump, "Femmes\t2\t1\n"));
  g_assert_nonnull (strstr (dump, "Personnes accompagnées\tpersonnes suivies sur la période\t5\n"));
  g_assert_nonnull (strstr (dump, "Entreprises\tvisitées\t2\n"));
  g_assert_nonnull (strstr (dump, "Sorties par situation\ten emploi durable\t0.33\n"));
  g_assert_nonnull (strstr (dump, "Visite\t2\t150\n"));

  /* A folder that does not exist, a file name of no known kind: refused,
   * and the good file left as it was. */
  g_assert_false (psl_report_write (doc, bad_path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "bilan.xlsx"));
  g_clear_error (&error);
  g_assert_false (psl_report_write (doc, "bilan.ods", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  g_assert_true (g_file_test (xlsx_path, G_FILE_TEST_EXISTS));
}

/* The campaign's letters: the firms chosen, their survey filled in from
 * their record, never a word of a person followed. */
static void
test_campaign (PslTestFixture *f,
               gconstpointer   data)
{
  PslCampaignOptions options = { "2026-11-23", "2026-12-31", "Jeanne Roques, directrice" };
  g_autoptr(GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  guint n = 0;

  psl_test_exec (f->store,
    "UPDATE company SET sector = 'hotellerie_restauration', address = '4 place Carnot', postcode = '46100',"
    "                   commune = 'Figeac', phone = '05 65 34 00 00' WHERE id = 'vidal';"
    "UPDATE company SET sector = 'tertiaire', commune = 'Cajarc' WHERE id = 'moulin';"
    "INSERT INTO company (id, legal_name, status) VALUES ('dormante', 'Scierie Dormante', 'dormant');"
    "INSERT INTO contact (id, company_id, civility, first_name, last_name, role) VALUES"
    " ('k1', 'vidal', 'Mme', 'Anne', 'Vidal', 'direction'), ('k2', 'vidal', 'M.', 'Paul', 'Commis', 'autre');");
  g_hash_table_insert (answers, (gpointer) "recruits", (gpointer) "yes");
  g_hash_table_insert (answers, (gpointer) "recruits_posts", (gpointer) "Vendeuse en boulangerie");
  g_hash_table_insert (answers, (gpointer) "visits", (gpointer) "no");
  id = psl_engagement_save (f->store, "vidal", "2026-10-01", answers, FALSE, NULL, &error);
  g_assert_no_error (error);

  doc = psl_campaign_new (f->store, &options, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  text = psl_test_pdf_text (doc, f->dir);
  /* A cover, then a letter and a survey for each, a page each: the
   * survey's questions fit on one sheet to send back. */
  g_assert_cmpuint (psl_document_get_n_pages (doc), ==, 5);
  g_assert_nonnull (strstr (text, "SARL Vidal"));
  g_assert_nonnull (strstr (text, "Garage du Moulin"));
  g_assert_null (strstr (text, "Scierie Dormante"));
  /* Addressed to the manager, the firm's figures and the reply date. */
  g_assert_nonnull (strstr (text, "Mme Anne Vidal"));
  g_assert_nonnull (strstr (text, "4 place Carnot"));
  g_assert_nonnull (strstr (text, "31 décembre 2026"));
  g_assert_nonnull (strstr (text, "Jeanne Roques, directrice"));
  /* The survey as last answered: recruiting yes, for which posts, no visits. */
  g_assert_nonnull (strstr (text, "☒ Oui"));
  g_assert_nonnull (strstr (text, "☒ Non"));
  g_assert_nonnull (strstr (text, "Vendeuse en boulangerie"));
  /* Nothing of the people followed. */
  g_assert_null (strstr (text, "Puech"));
  g_assert_null (strstr (text, "NOTE-INTERNE"));
  g_assert_null (strstr (text, "SECRETE"));
  g_clear_pointer (&doc, psl_document_unref);

  /* One sector only; then a choice with nobody in it. */
  options.sector = "tertiaire";
  doc = psl_campaign_new (f->store, &options, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_clear_pointer (&doc, psl_document_unref);
  options.sector = "btp";
  g_assert_null (psl_campaign_new (f->store, &options, &n, &error));
  g_assert_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A reply date that is not a day. */
  options.sector = NULL;
  options.reply_by = "2026-13-45";
  g_assert_null (psl_campaign_new (f->store, &options, &n, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
}

/* A firm that answered at length: thirty posts, several lines for each
 * question, a long address.  Its letter and survey still hold on two
 * pages; the posts beyond the first four are counted, not listed. */
static void
test_campaign_two_pages (PslTestFixture *f,
                         gconstpointer   data)
{
  PslCampaignOptions options = { "2026-11-23", "2026-12-31", "Jeanne Roques, directrice", "vidal" };
  g_autoptr(GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) posts = g_string_new (NULL);
  g_autoptr(GString) period = g_string_new (NULL);
  static const char *const codes[] = { "recruits_posts", "alternance_posts", "mixed_hiring_posts" };
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  guint n = 0;

  for (guint i = 1; i <= 30; i++)
    g_string_append_printf (posts, "%sAgent de production polyvalent n° %u", i > 1 ? ", " : "", i);
  for (guint i = 0; i < 12; i++)
    g_string_append (period, "Plutôt au printemps, hors des semaines de fermeture annuelle et des inventaires.\n");
  psl_test_exec (f->store,
    "UPDATE company SET address = 'Zone artisanale des Grands Champs, bâtiment C, entrée par la rue des Tanneurs,"
    " deuxième étage, porte de gauche', postcode = '46100', commune = 'Figeac' WHERE id = 'vidal';");
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_hash_table_insert (answers, (gpointer) codes[i], posts->str);
  g_hash_table_insert (answers, (gpointer) "stage_period", period->str);
  g_hash_table_insert (answers, (gpointer) "contact_person", period->str);
  id = psl_engagement_save (f->store, "vidal", "2026-10-01", answers, FALSE, NULL, &error);
  g_assert_no_error (error);

  doc = psl_campaign_new (f->store, &options, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  text = psl_test_pdf_text (doc, f->dir);
  /* The cover, then the letter and the survey, a page each. */
  g_assert_cmpuint (psl_document_get_n_pages (doc), <=, 3);
  /* The posts that hold in 70 characters, one of 35 (two and their comma
   * make 72), then the other 29 counted, for each list; the text cut at a
   * word. */
  g_assert_nonnull (strstr (text, "polyvalent n° 1 et"));
  g_assert_nonnull (strstr (text, "29 autres"));
  g_assert_null (strstr (text, "n° 2"));
  g_assert_nonnull (strstr (text, "fermeture annuelle et des…"));
}

/* The firm sheet: what the firm is, who to talk to, its opportunities;
 * nothing of a person's pathway or situation. */
static void
test_company_sheet (PslTestFixture *f,
                    gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *text = NULL;

  psl_test_exec (f->store,
    "UPDATE company SET sector = 'hotellerie_restauration', identifier = '12345678900012', identifier_kind = 'siret',"
    "                   partnership_level = 'partenaire' WHERE id = 'vidal';"
    "INSERT INTO contact (id, company_id, civility, first_name, last_name, role, is_tutor, phone) VALUES"
    " ('k1', 'vidal', 'Mme', 'Anne', 'Vidal', 'direction', 1, '05 65 34 00 00');");
  {
    const int fours[PSL_FORM_B_CRITERIA] = { 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2 };
    g_autofree char *id = psl_evaluation_add (f->store, "vidal", "k1", "2026-01-15", fours, 4, NULL, &error);

    g_assert_no_error (error);
  }
  doc = psl_company_sheet_new (f->store, "vidal", &error);
  g_assert_no_error (error);
  text = psl_test_pdf_text (doc, f->dir);
  g_assert_cmpstr (psl_document_get_title (doc), ==, "Boulangerie Vidal");
  g_assert_nonnull (strstr (text, "Fiche entreprise — Partenaire"));
  g_assert_nonnull (strstr (text, "12345678900012"));
  g_assert_nonnull (strstr (text, "Anne Vidal"));
  g_assert_nonnull (strstr (text, "Vendeuse en boulangerie"));
  /* Its key figures agree with their counts: no exchange yet, one
   * opportunity (o1), one person introduced (prop). */
  g_assert_true (g_regex_match_simple ("0\\s+1\\s+1\\s+contact enregistré\\s+opportunité\\s+personne présentée\n",
                                       text, 0, 0));
  /* Eleven criteria rated 4 of 5 and the negative image 2: three quarters. */
  g_assert_nonnull (strstr (text, "75 %"));
  g_assert_null (strstr (text, "NOTE-INTERNE"));
  g_assert_null (strstr (text, "SECRETE"));
  g_assert_null (strstr (text, "06 99 99 99 99"));
  g_clear_pointer (&doc, psl_document_unref);

  /* A firm with nothing yet (a contact who left does not count): said
   * so, not left blank. */
  psl_test_exec (f->store, "INSERT INTO contact (id, company_id, first_name, last_name, active)"
                           " VALUES ('left', 'moulin', 'Ancien', 'Chef', 0);");
  doc = psl_company_sheet_new (f->store, "moulin", &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = psl_test_pdf_text (doc, f->dir);
  g_assert_nonnull (strstr (text, "Aucun interlocuteur enregistré."));
  g_assert_null (strstr (text, "Ancien"));
  g_assert_nonnull (strstr (text, "pas encore été évaluée"));
  g_clear_pointer (&doc, psl_document_unref);

  psl_test_exec (f->store, "UPDATE company SET deleted_at = '2026-02-01T00:00:00Z' WHERE id = 'moulin';");
  g_assert_null (psl_company_sheet_new (f->store, "moulin", &error));
  g_assert_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (psl_company_sheet_new (f->store, "nobody", &error));
  g_assert_nonnull (error);
}

/* The internal pathway: its barriers, a sensitive one only as such; never
 * the sensitive record, the notes or the contact details. */
static void
test_pathway (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *text = NULL;

  psl_test_exec (f->store, "INSERT INTO barrier (id, person_id, code, status, identified_on, lifted_on) VALUES"
                           " ('b2', 'lea', 'sante', 'lifted', '2025-04-01', '2025-06-01');");
  doc = psl_pathway_report_new (f->store, "lea", &error);
  g_assert_no_error (error);
  text = psl_test_pdf_text (doc, f->dir);
  g_assert_cmpstr (psl_document_get_title (doc), ==, "Léa Puech");
  g_assert_nonnull (strstr (text, "Parcours — document interne"));
  g_assert_nonnull (strstr (text, "Garde d"));             /* the childcare barrier, by name */
  g_assert_nonnull (strstr (text, "D’ordre personnel (confidentiel)"));
  g_assert_nonnull (strstr (text, "Immersions et contrats"));
  g_assert_nonnull (strstr (text, "Vente en alimentation"));
  g_assert_null (strstr (text, "Santé"));
  g_assert_null (strstr (text, "SANTE-PRIVEE"));
  g_assert_null (strstr (text, "FREIN-PRIVE"));
  g_assert_null (strstr (text, "NOTE-INTERNE"));
  g_assert_null (strstr (text, "SECRETE"));
  g_assert_null (strstr (text, "06 99 99 99 99"));
  g_clear_pointer (&doc, psl_document_unref);

  g_assert_null (psl_pathway_report_new (f->store, "nobody", &error));
  g_assert_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND);
}

static void
test_export_numbers (void)
{
  struct { const char *text; gboolean ok; double value; gboolean percent; } cases[] = {
    { "1 234", TRUE, 1234, FALSE },
    { "1\u202F234", TRUE, 1234, FALSE },
    { "12,5", TRUE, 12.5, FALSE },
    { "42 %", TRUE, 0.42, TRUE },
    { "-3", TRUE, -3, FALSE },
    { "0", TRUE, 0, FALSE },
    { "", FALSE, 0, FALSE },
    { "—", FALSE, 0, FALSE },
    { "01/02/2026", FALSE, 0, FALSE },
    { "12,5,3", FALSE, 0, FALSE },
    { "CDI", FALSE, 0, FALSE },
    { "%", FALSE, 0, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double value = -99;
      gboolean percent = FALSE;

      g_assert_cmpint (psl_export_parse_number (cases[i].text, &value, &percent), ==, cases[i].ok);
      if (cases[i].ok)
        {
          g_assert_cmpfloat_with_epsilon (value, cases[i].value, 1e-9);
          g_assert_cmpint (percent, ==, cases[i].percent);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/report/candidate/consent", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_candidate_needs_consent, psl_test_fixture_teardown);
  g_test_add ("/report/candidate/content", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_candidate_content, psl_test_fixture_teardown);
  g_test_add ("/report/candidate/future", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_candidate_future, psl_test_fixture_teardown);
  g_test_add ("/report/commitment", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_commitment, psl_test_fixture_teardown);
  g_test_add ("/report/followup", PslTestFixture, FOLLOWUP_FIXTURE, psl_test_fixture_setup,
              test_followup, psl_test_fixture_teardown);
  g_test_add ("/report/small-counts", PslTestFixture, FOLLOWUP_FIXTURE SMALL_COUNTS_SQL, psl_test_fixture_setup,
              test_small_counts, psl_test_fixture_teardown);
  g_test_add ("/report/activity/pdf", PslTestFixture, ACTIVITY_FIXTURE, psl_test_fixture_setup,
              test_activity_pdf, psl_test_fixture_teardown);
  g_test_add ("/report/activity/spreadsheets", PslTestFixture, ACTIVITY_FIXTURE, psl_test_fixture_setup,
              test_activity_spreadsheets, psl_test_fixture_teardown);
  g_test_add ("/report/pathway", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_pathway, psl_test_fixture_teardown);
  g_test_add ("/report/company-sheet", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_company_sheet, psl_test_fixture_teardown);
  g_test_add ("/report/campaign", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_campaign, psl_test_fixture_teardown);
  g_test_add ("/report/campaign-two-pages", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_campaign_two_pages, psl_test_fixture_teardown);
  g_test_add_func ("/report/export-numbers", test_export_numbers);
  return g_test_run ();
}
