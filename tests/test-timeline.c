/* test-timeline.c — a person's pathway, every dated fact in order, spans with their end */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "map-fixture.h"
#include "psl-company-timeline.h"
#include "psl-test.h"
#include "psl-timeline.h"

#define DATA \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('claire', 'Claire', 'Fabre'), ('marc', 'Marc', 'Roux');" \
  "INSERT INTO company (id, legal_name, trade_name) VALUES ('vidal', 'SARL Vidal et fils', 'Boulangerie Vidal')," \
  " ('moulin', 'Garage du Moulin', NULL);" \
  "INSERT INTO opportunity (id, company_id, phase, title, proposed_on) VALUES" \
  " ('o1', 'vidal', 2, 'Vendeur en boulangerie', '2026-03-01');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, exited_on, exit_outcome) VALUES" \
  " ('lea', 'Léa', 'Puech', '2026-01-05', '2026-11-30', 'emploi_durable')," \
  " ('hugo', 'Hugo', 'Rigal', '2026-01-05', NULL, NULL);" \
  "INSERT INTO person_referent (id, person_id, staff_id, from_date, to_date) VALUES" \
  " ('ref1', 'lea', 'claire', '2026-01-05', '2026-05-31'), ('ref2', 'lea', 'marc', '2026-06-01', NULL)," \
  " ('ref-h', 'hugo', 'marc', '2026-01-05', NULL);" \
  "INSERT INTO commitment (id, person_id, signed_on, revision, review_on, review_outcome, deleted_at) VALUES" \
  " ('c1', 'lea', '2026-01-12', 1, '2026-07-12', 'adjusted', NULL)," \
  " ('c2', 'lea', '2026-07-12', 2, '2026-11-20', NULL, NULL)," \
  " ('c-del', 'lea', '2026-02-02', 1, '2026-02-03', NULL, '2026-02-04T00:00:00.000Z')," \
  " ('c-h', 'hugo', '2026-01-12', 1, NULL, NULL, NULL);" \
  "INSERT INTO commitment_step (id, commitment_id, side, label, due_on, done_on, deleted_at) VALUES" \
  " ('s-done', 'c1', 'person', 'Refaire son CV', '2026-02-01', '2026-01-28', NULL)," \
  " ('s-due', 'c1', 'structure', 'Trouver une immersion', '2026-03-01', NULL, NULL)," \
  " ('s-del', 'c1', 'person', 'Supprimée', '2026-03-02', NULL, '2026-03-03T00:00:00.000Z')," \
  " ('s-of-del', 'c-del', 'person', 'Contrat supprimé', '2026-02-05', NULL, NULL)," \
  " ('s-undated', 'c1', 'person', 'Sans date', NULL, NULL, NULL);" \
  "INSERT INTO competence_evaluation (id, person_id, evaluated_on, context, deleted_at) VALUES" \
  " ('e1', 'lea', '2026-01-20', 'Entretien', NULL), ('e-del', 'lea', '2026-01-21', NULL, '2026-01-22T00:00:00.000Z')," \
  " ('e-h', 'hugo', '2026-01-20', NULL, NULL);" \
  "INSERT INTO barrier (id, person_id, code, status, identified_on, lifted_on, deleted_at) VALUES" \
  " ('b1', 'lea', 'mobilite', 'lifted', '2026-01-12', '2026-04-15', NULL)," \
  " ('b-del', 'lea', 'logement', 'identified', '2026-01-13', NULL, '2026-01-14T00:00:00.000Z')," \
  " ('b-h', 'hugo', 'logement', 'identified', '2026-01-13', NULL, NULL);" \
  "INSERT INTO placement (id, person_id, company_id, opportunity_id, stage, kind, contract_type, proposed_on," \
  " start_date, planned_end, end_date, deleted_at) VALUES" \
  /* an immersion that ran to its planned end */ \
  " ('p-imm', 'lea', 'vidal', 'o1', 'ended', 'immersion', NULL, '2026-03-10', '2026-03-16', '2026-03-27', NULL, NULL)," \
  /* refused: proposed, never ran */ \
  " ('p-ref', 'lea', 'moulin', NULL, 'refused', 'immersion', NULL, '2026-04-01', '2026-04-06', NULL, NULL, NULL)," \
  /* a CDD that ended before its planned end */ \
  " ('p-cdd', 'lea', 'vidal', NULL, 'ended', 'contract', 'cdd', '2026-04-20', '2026-05-04', '2026-10-31'," \
  "  '2026-09-30', NULL)," \
  " ('p-del', 'lea', 'moulin', NULL, 'proposed', NULL, NULL, '2026-04-02', NULL, NULL, NULL, '2026-04-03T00:00:00.000Z')," \
  " ('p-h', 'hugo', 'moulin', NULL, 'contract', 'contract', 'cdi', '2026-02-01', '2026-02-15', NULL, NULL, NULL);" \
  "INSERT INTO followup (id, person_id, placement_id, label, due_on, done_on, deleted_at) VALUES" \
  " ('f-done', 'lea', 'p-cdd', 'Point à deux semaines', '2026-05-18', '2026-05-19', NULL)," \
  " ('f-due', 'lea', 'p-cdd', 'Point à six mois', '2026-10-15', NULL, NULL)," \
  " ('f-del', 'lea', 'p-cdd', 'Supprimé', '2026-06-15', NULL, '2026-06-16T00:00:00.000Z')," \
  " ('f-h', 'hugo', 'p-h', 'Point', '2026-03-01', NULL, NULL);" \
  "INSERT INTO alert (id, person_id, placement_id, raised_by, risk_level, opened_on, resolved_on, resolution," \
  " deleted_at) VALUES" \
  " ('a1', 'lea', 'p-cdd', 'tutor', 2, '2026-06-10', '2026-06-20', 'Horaires aménagés', NULL)," \
  " ('a-del', 'lea', 'p-cdd', 'person', 1, '2026-06-11', NULL, NULL, '2026-06-12T00:00:00.000Z')," \
  " ('a-h', 'hugo', 'p-h', 'company', 3, '2026-03-02', NULL, NULL, NULL);"

static void
test_pathway (PslTestFixture *f,
              gconstpointer   data)
{
  static const struct
  {
    const char      *date;
    const char      *end_date;
    PslTimelineKind  kind;
    const char      *ref_id;
    const char      *label_says;   /* words from the data, the same in every language */
  } expected[] = {
    /* the same day: the start, then the referent */
    { "2026-01-05", NULL,         PSL_TIMELINE_ENTRY,              "lea",    NULL },
    { "2026-01-05", NULL,         PSL_TIMELINE_REFERENT,           "ref1",   "Claire Fabre" },
    /* the same day: the contract of commitments, then the barrier */
    { "2026-01-12", NULL,         PSL_TIMELINE_COMMITMENT_SIGNED,  "c1",     NULL },
    { "2026-01-12", NULL,         PSL_TIMELINE_BARRIER_IDENTIFIED, "b1",     "Mobilité" },
    { "2026-01-20", NULL,         PSL_TIMELINE_COMPETENCE,         "e1",     "Entretien" },
    /* a step done is dated when done, one not done when due */
    { "2026-01-28", NULL,         PSL_TIMELINE_STEP_DONE,          "s-done", "Refaire son CV" },
    { "2026-03-01", NULL,         PSL_TIMELINE_STEP_DUE,           "s-due",  "Trouver une immersion" },
    { "2026-03-10", NULL,         PSL_TIMELINE_PLACEMENT_PROPOSED, "p-imm",  "Vendeur en boulangerie" },
    /* a span to its planned end when it has no actual one */
    { "2026-03-16", "2026-03-27", PSL_TIMELINE_IMMERSION,          "p-imm",  "Boulangerie Vidal" },
    /* refused: the proposal only */
    { "2026-04-01", NULL,         PSL_TIMELINE_PLACEMENT_PROPOSED, "p-ref",  "Garage du Moulin" },
    { "2026-04-15", NULL,         PSL_TIMELINE_BARRIER_LIFTED,     "b1",     "Mobilité" },
    { "2026-04-20", NULL,         PSL_TIMELINE_PLACEMENT_PROPOSED, "p-cdd",  "Boulangerie Vidal" },
    /* a span to its actual end, before the planned one */
    { "2026-05-04", "2026-09-30", PSL_TIMELINE_CONTRACT,           "p-cdd",  "CDD" },
    { "2026-05-19", NULL,         PSL_TIMELINE_FOLLOWUP_DONE,      "f-done", "Point à deux semaines" },
    { "2026-06-01", NULL,         PSL_TIMELINE_REFERENT,           "ref2",   "Marc Roux" },
    { "2026-06-10", NULL,         PSL_TIMELINE_ALERT_RAISED,       "a1",     NULL },
    { "2026-06-20", NULL,         PSL_TIMELINE_ALERT_RESOLVED,     "a1",     "Horaires aménagés" },
    /* the same day: the new contract, then the review of the former */
    { "2026-07-12", NULL,         PSL_TIMELINE_COMMITMENT_SIGNED,  "c2",     NULL },
    { "2026-07-12", NULL,         PSL_TIMELINE_COMMITMENT_REVIEW,  "c1",     NULL },
    { "2026-10-15", NULL,         PSL_TIMELINE_FOLLOWUP_DUE,       "f-due",  "Point à six mois" },
    { "2026-11-20", NULL,         PSL_TIMELINE_COMMITMENT_REVIEW,  "c2",     NULL },
    { "2026-11-30", NULL,         PSL_TIMELINE_EXIT,               "lea",    "Emploi durable" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) facts = psl_timeline_for_person (f->store, "lea", &error);
  PslTimelineFact *contract;

  g_assert_no_error (error);
  for (guint i = 0; i < facts->len; i++)
    {
      PslTimelineFact *fact = g_ptr_array_index (facts, i);
      g_test_message ("%u: %s %s %s — %s", i, fact->date, psl_timeline_kind_label (fact->kind), fact->ref_id,
                      fact->label);
    }
  g_assert_cmpuint (facts->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < facts->len; i++)
    {
      PslTimelineFact *fact = g_ptr_array_index (facts, i);

      g_test_message ("fact %u", i);
      g_assert_cmpstr (fact->date, ==, expected[i].date);
      g_assert_cmpstr (fact->end_date, ==, expected[i].end_date);
      g_assert_cmpint (fact->kind, ==, expected[i].kind);
      g_assert_cmpstr (fact->ref_id, ==, expected[i].ref_id);
      g_assert_nonnull (fact->label);
      g_assert_cmpstr (fact->label, !=, "");
      if (expected[i].label_says != NULL && strstr (fact->label, expected[i].label_says) == NULL)
        g_error ("fact %u: “%s” does not say “%s”", i, fact->label, expected[i].label_says);
    }

  /* The contract names its type and the firm by its trade name. */
  contract = g_ptr_array_index (facts, 12);
  g_assert_nonnull (strstr (contract->label, "Boulangerie Vidal"));
  g_assert_null (strstr (contract->label, "SARL"));
}

static void
test_nothing (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) facts = psl_timeline_for_person (f->store, "nobody", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (facts->len, ==, 0);

  /* A deleted person has no pathway left to show. */
  g_clear_pointer (&facts, g_ptr_array_unref);
  facts = psl_timeline_for_person (f->store, "hugo", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (facts->len, >, 0);
  psl_test_exec (f->store, "UPDATE person SET deleted_at = '2026-12-01T00:00:00.000Z' WHERE id = 'hugo';");
  g_clear_pointer (&facts, g_ptr_array_unref);
  facts = psl_timeline_for_person (f->store, "hugo", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (facts->len, ==, 0);
}

static void
test_kind_labels (void)
{
  for (PslTimelineKind kind = PSL_TIMELINE_ENTRY; kind <= PSL_TIMELINE_EXIT; kind++)
    {
      g_assert_nonnull (psl_timeline_kind_label (kind));
      g_assert_cmpstr (psl_timeline_kind_label (kind), !=, "");
    }
}

/* Maçonnerie Bex: seven contacts (one deleted is not), three opportunities,
 * one contract started (the refused one is not), one rating (a deleted
 * one is not), oldest first. */
static void
test_company (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) facts = NULL;
  guint counts[PSL_COMPANY_FACT_LEVEL + 1] = { 0 };
  const PslCompanyFact *first, *contract = NULL;

  psl_test_exec (f->store,
    "INSERT INTO evaluation (id, company_id, evaluated_on, scores, deleted_at) VALUES"
    " ('kept', 'c1', '2026-04-01', '{\"1\":4}', NULL),"
    " ('gone', 'c1', '2026-05-01', '{\"1\":2}', '2026-05-02T00:00:00.000Z');");
  facts = psl_company_timeline (f->store, "c1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (facts->len, ==, 12);
  for (guint i = 0; i < facts->len; i++)
    {
      const PslCompanyFact *fact = g_ptr_array_index (facts, i);

      counts[fact->kind]++;
      if (i > 0)
        g_assert_cmpstr (((PslCompanyFact *) g_ptr_array_index (facts, i - 1))->date, <=, fact->date);
      if (fact->kind == PSL_COMPANY_FACT_CONTRACT)
        contract = fact;
    }
  g_assert_cmpuint (counts[PSL_COMPANY_FACT_CONTACT], ==, 7);
  g_assert_cmpuint (counts[PSL_COMPANY_FACT_OPPORTUNITY], ==, 3);
  g_assert_cmpuint (counts[PSL_COMPANY_FACT_CONTRACT], ==, 1);
  g_assert_cmpuint (counts[PSL_COMPANY_FACT_EVALUATION], ==, 1);
  g_assert_cmpuint (counts[PSL_COMPANY_FACT_INTRODUCED] + counts[PSL_COMPANY_FACT_IMMERSION], ==, 0);
  first = g_ptr_array_index (facts, 0);
  g_assert_cmpstr (first->date, ==, "2025-12-01");
  g_assert_cmpstr (first->label, ==, "Coffreur");
  /* The person by first name and initial only, the contract still open. */
  g_assert_cmpstr (contract->label, ==, "A A.");
  g_assert_cmpstr (contract->date, ==, "2026-03-10");
  g_assert_null (contract->end_date);

  /* A firm met once, long ago: that contact alone. */
  g_clear_pointer (&facts, g_ptr_array_unref);
  facts = psl_company_timeline (f->store, "c4", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (facts->len, ==, 1);
}

static const char *
proposal_label (PslStore   *store,
                const char *person,
                const char *placement)
{
  static char label[256];
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) facts = psl_timeline_for_person (store, person, &error);

  g_assert_no_error (error);
  label[0] = '\0';
  for (guint i = 0; i < facts->len; i++)
    {
      const PslTimelineFact *fact = g_ptr_array_index (facts, i);

      if (fact->kind == PSL_TIMELINE_PLACEMENT_PROPOSED && g_strcmp0 (fact->ref_id, placement) == 0)
        g_strlcpy (label, fact->label, sizeof label);
    }
  return label;
}

/* "Proposée" of a woman, "Proposé" of a man, both forms when the sex is
 * not given. */
static void
test_proposal_agrees (PslTestFixture *f,
                      gconstpointer   data)
{
  if (g_strcmp0 (_("Proposed to %s"), "Proposed to %s") == 0)
    {
      g_test_skip ("French translation not loaded");
      return;
    }
  psl_test_exec (f->store, "UPDATE person SET sex = 'F' WHERE id = 'lea';"
                           "UPDATE person SET sex = 'M' WHERE id = 'hugo';");
  g_assert_true (g_str_has_prefix (proposal_label (f->store, "lea", "p-imm"),
                                   "Proposée à Boulangerie Vidal pour "));
  g_assert_cmpstr (proposal_label (f->store, "hugo", "p-h"), ==, "Proposé à Garage du Moulin");
  psl_test_exec (f->store, "UPDATE person SET sex = NULL WHERE id = 'hugo';");
  g_assert_cmpstr (proposal_label (f->store, "hugo", "p-h"), ==, "Proposé(e) à Garage du Moulin");
  psl_test_exec (f->store, "UPDATE person SET sex = 'X' WHERE id = 'hugo';");
  g_assert_cmpstr (proposal_label (f->store, "hugo", "p-h"), ==, "Proposé(e) à Garage du Moulin");
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/timeline/kind-labels", test_kind_labels);
  g_test_add ("/timeline/company", PslTestFixture, MAP_FIXTURE, psl_test_fixture_setup,
              test_company, psl_test_fixture_teardown);
  g_test_add ("/timeline/pathway", PslTestFixture, DATA, psl_test_fixture_setup,
              test_pathway, psl_test_fixture_teardown);
  g_test_add ("/timeline/proposal-agrees", PslTestFixture, DATA, psl_test_fixture_setup,
              test_proposal_agrees, psl_test_fixture_teardown);
  g_test_add ("/timeline/nothing", PslTestFixture, DATA, psl_test_fixture_setup,
              test_nothing, psl_test_fixture_teardown);
  return g_test_run ();
}
