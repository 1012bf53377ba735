/* test-privacy.c — the confidential part sealed at rest and read by whom may, the journal nobody edits,
 * roles, retention and erasure that leave every report's figures as they were */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "activity-fixture.h"
#include "psl-action-plan-report.h"
#include "psl-activity-report.h"
#include "psl-barrier.h"
#include "psl-calendar-export.h"
#include "psl-company.h"
#include "psl-followup.h"
#include "psl-interaction.h"
#include "psl-person.h"
#include "psl-followup-report.h"
#include "psl-map-report.h"
#include "psl-pathway-report.h"
#include "psl-positioning-report.h"
#include "psl-privacy-documents.h"
#include "psl-record.h"
#include "psl-sensitive.h"
#include "psl-test.h"
#include "privacy/psl-audit.h"
#include "privacy/psl-firm-view.h"
#include "privacy/psl-person-data.h"
#include "privacy/psl-privacy.h"
#include "privacy/psl-retention.h"
#include "psl-store-private.h"

#define SECRET_HEALTH  "Traitement psychiatrique suivi au CMP de Figeac"
#define SECRET_DEBT    "Dette locative de 4 200 euros envers Lot Habitat"
#define SECRET_JUSTICE "Sursis probatoire jusque mars 2027"

/* On the activity fixture (Alice 'a' and Bruno 'b', counsellors): Diane
 * in direction, Rémi in employer relations, Quentin with no role; p3
 * (Bruno's) and p1 (Alice's) have confidential items. */
#define PRIVACY_FIXTURE \
  ACTIVITY_FIXTURE \
  "UPDATE staff SET role = 'cip';" \
  "INSERT INTO staff (id, first_name, last_name, role) VALUES ('d', 'Diane', 'Roux', 'direction')," \
  " ('r', 'Rémi', 'Caze', 'relations_entreprises'), ('q', 'Quentin', 'Mas', NULL);" \
  "INSERT INTO privacy_account (account, staff_id) VALUES ('diane', 'd'), ('alice', 'a'), ('bruno', 'b')," \
  " ('remi', 'r'), ('quentin', 'q');" \
  "INSERT INTO person_sensitive (id, person_id, category, detail, recorded_on, recorded_by) VALUES" \
  " ('s1', 'p3', 'health', '" SECRET_HEALTH "', '2025-07-01', 'b')," \
  " ('s2', 'p1', 'justice', '" SECRET_JUSTICE "', '2026-02-11', 'a');" \
  "INSERT INTO barrier (id, person_id, code, identified_on, notes) VALUES" \
  " ('b1', 'p3', 'logement', '2025-07-01', '" SECRET_DEBT "');" \
  "INSERT INTO followup (id, person_id, placement_id, staff_id, label, due_on, done_on, notes) VALUES" \
  " ('f1', 'p3', 'pl4', 'b', 'Premiers jours', '2026-04-05', '2026-04-05', 'Se sent bien dans l''équipe')," \
  " ('f2', 'p6', NULL, 'a', 'Bilan', '2025-06-01', '2025-06-01', 'Bilan fait au téléphone');" \
  "INSERT INTO note (id, subject_kind, subject_id, staff_id, body) VALUES ('n1', 'person', 'p3', 'b', 'Entretien long');"

static const char *const secrets[] = { SECRET_HEALTH, SECRET_DEBT, SECRET_JUSTICE };

static void
act_as (PslStore   *store,
        const char *account)
{
  psl_privacy_set_account (store, account);
}

static gboolean
file_holds (const char *path,
            const char *text)
{
  g_autofree char *bytes = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &bytes, &len, NULL))
    return FALSE;
  /* The file holds NUL bytes: searched byte by byte. */
  for (gsize i = 0; i + strlen (text) <= len; i++)
    if (memcmp (bytes + i, text, strlen (text)) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the base or its log holds text in clear, byte for byte. */
static gboolean
base_holds (const char *dir,
            const char *text)
{
  g_autofree char *db = g_build_filename (dir, "t.db", NULL);
  g_autofree char *wal = g_build_filename (dir, "t.db-wal", NULL);

  return file_holds (db, text) || file_holds (wal, text);
}

static char *
key_path (PslTestFixture *f,
          const char     *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static PslStore *
reopen (PslTestFixture *f)
{
  g_clear_object (&f->store);
  return f->store = psl_test_open (f->dir, "t.db");
}

static char *
set_up_with_file (PslTestFixture *f)
{
  g_autofree char *path = key_path (f, "structure.key");
  g_autoptr(GError) error = NULL;
  char *recovery = psl_privacy_set_up (f->store, path, FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (recovery);
  psl_privacy_set_key_file (path);
  return recovery;
}

static char *
first_subtitle (GPtrArray *lines)
{
  g_assert_cmpuint (lines->len, >, 0);
  return ((PslRecordLine *) g_ptr_array_index (lines, 0))->subtitle;
}

static void
test_sealed_at_rest (PslTestFixture *f,
                     gconstpointer   data)
{
  g_autofree char *recovery = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *strings_program = g_find_program_in_path ("strings");

  /* Before the key is set up, the texts are in the file: the test can see them. */
  reopen (f);
  g_clear_object (&f->store);
  g_assert_true (base_holds (f->dir, SECRET_HEALTH));

  reopen (f);
  recovery = set_up_with_file (f);
  /* Eight groups of eight hexadecimal digits. */
  g_assert_cmpuint (strlen (recovery), ==, 71);
  raw = psl_test_query_text (f->store, "SELECT detail FROM person_sensitive WHERE id = 's1';");
  g_assert_true (g_str_has_prefix (raw, PSL_SEALED_PREFIX));
  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    g_assert_false (base_holds (f->dir, secrets[i]));
  if (strings_program != NULL)
    {
      g_autofree char *db = g_build_filename (f->dir, "t.db", NULL);
      const char *argv[] = { strings_program, "-n", "6", db, NULL };
      g_autofree char *out = NULL;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                                   NULL, NULL, NULL));
      for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
        g_assert_null (strstr (out, secrets[i]));
    }

  /* A new item is sealed as it is written, and read back whole. */
  reopen (f);
  act_as (f->store, "bruno");
  {
    const char *columns[] = { "category", "detail", "recorded_on", NULL };
    const char *values[] = { "disability", "RQTH obtenue en 2024 pour le dos", "2026-01-05" };
    g_autofree char *id = psl_record_save (f->store, "person_sensitive", psl_sensitive_fields,
                                           psl_sensitive_create_from_form, "p3", NULL, columns, values, NULL,
                                           &error);
    g_assert_no_error (error);
    g_assert_nonnull (id);
  }
  lines = psl_sensitive_lines (f->store, "p3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_nonnull (strstr (((PslRecordLine *) g_ptr_array_index (lines, 1))->subtitle, SECRET_HEALTH));
  g_assert_nonnull (strstr (first_subtitle (lines), "RQTH obtenue"));
  /* The author of the new item is the staff member at the keyboard. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person_sensitive"
                                             " WHERE created_by = 'b' AND updated_by = 'b';"), ==, 1);
  g_clear_object (&f->store);
  g_assert_false (base_holds (f->dir, "RQTH obtenue"));
  psl_privacy_set_key_file (NULL);
}

static void
test_keys (PslTestFixture *f,
           gconstpointer   data)
{
  g_autofree char *recovery = set_up_with_file (f);
  g_autofree char *path = key_path (f, "structure.key");
  g_autofree char *other = key_path (f, "other.key");
  g_autofree char *restored = key_path (f, "restored.key");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  g_assert_cmpint (g_stat (path, &(GStatBuf) { 0 }), ==, 0);
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  /* A key file others can read is refused, and said. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  reopen (f);
  act_as (f->store, "bruno");
  g_assert_null (psl_sensitive_lines (f->store, "p3", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL);
  g_assert_nonnull (strstr (error->message, "chmod 600"));
  g_clear_error (&error);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);

  /* No key at all, and no keyring: the message names --key-file. */
  psl_privacy_set_key_file (NULL);
  reopen (f);
  act_as (f->store, "bruno");
  g_assert_false (psl_privacy_unlock (f->store, &error));
  g_assert_nonnull (strstr (error->message, "--key-file"));
  g_clear_error (&error);

  /* Another structure's key. */
  g_assert_true (g_file_set_contents_full (other, "00112233-44556677-8899aabb-ccddeeff-00112233-44556677-8899aabb-ccddeeff\n",
                                           -1, G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  psl_privacy_set_key_file (other);
  reopen (f);
  g_assert_false (psl_privacy_unlock (f->store, &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_WRONG_KEY);
  g_clear_error (&error);

  /* A wrong recovery key, a malformed one, then the right one. */
  psl_privacy_set_key_file (NULL);
  reopen (f);
  g_assert_false (psl_privacy_recover (f->store, "00112233-44556677-8899aabb-ccddeeff-00112233-44556677-8899aabb-ccddeeff",
                                       restored, &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_assert_false (psl_privacy_recover (f->store, "pas une clé", restored, &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_assert_false (g_file_test (restored, G_FILE_TEST_EXISTS));
  g_assert_true (psl_privacy_recover (f->store, recovery, restored, &error));
  g_assert_no_error (error);

  psl_privacy_set_key_file (restored);
  reopen (f);
  act_as (f->store, "bruno");
  lines = psl_sensitive_lines (f->store, "p3", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (first_subtitle (lines), SECRET_HEALTH));
  /* Set up twice is refused: the first key would be lost. */
  g_assert_null (psl_privacy_set_up (f->store, NULL, FALSE, &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_ALREADY);
  psl_privacy_set_key_file (NULL);
}

static gint64
readings (PslStore   *store,
          const char *person,
          const char *staff)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_entry WHERE action = 'read_confidential'"
                                          " AND person_id = '%s' AND staff_id = '%s';", person, staff);
  return psl_test_count (store, sql);
}

static void
test_who_reads (PslTestFixture *f,
                gconstpointer   data)
{
  g_autofree char *recovery = set_up_with_file (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GHashTable) barrier = NULL;

  /* Alice counsels too, but p3 is Bruno's: told who to ask, nothing more. */
  act_as (f->store, "alice");
  g_assert_null (psl_sensitive_lines (f->store, "p3", &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED);
  g_assert_nonnull (strstr (error->message, "Bruno Rey"));
  g_assert_null (strstr (error->message, SECRET_HEALTH));
  g_clear_error (&error);
  g_assert_true (psl_privacy_has_confidential (f->store, "p3"));
  barrier = psl_record_load (f->store, "barrier", psl_barrier_fields, "b1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (barrier, "code"), ==, "logement");
  g_assert_null (g_hash_table_lookup (barrier, "notes"));
  /* Saving the barrier with its hidden notes left empty keeps them... */
  g_assert_true (psl_record_set (f->store, "barrier", psl_barrier_fields, "b1", "notes", "", &error));
  g_assert_no_error (error);
  /* ...writing over them is refused. */
  g_assert_false (psl_record_set (f->store, "barrier", psl_barrier_fields, "b1", "notes", "Autre chose", &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (readings (f->store, "p3", "a"), ==, 0);

  /* Employer relations and a login tied to nobody: no more. */
  act_as (f->store, "remi");
  g_assert_false (psl_privacy_may_read (f->store, "p3", NULL));
  act_as (f->store, "inconnu");
  g_assert_false (psl_privacy_may_read (f->store, "p3", &error));
  g_assert_nonnull (strstr (error->message, "Préférences"));
  g_clear_error (&error);

  /* The referent reads it, and the reading is journaled with his name. */
  act_as (f->store, "bruno");
  lines = psl_sensitive_lines (f->store, "p3", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (first_subtitle (lines), SECRET_HEALTH));
  g_assert_cmpint (readings (f->store, "p3", "b"), ==, 1);
  g_clear_pointer (&barrier, g_hash_table_unref);
  barrier = psl_record_load (f->store, "barrier", psl_barrier_fields, "b1", &error);
  g_assert_cmpstr (g_hash_table_lookup (barrier, "notes"), ==, SECRET_DEBT);
  g_assert_cmpint (readings (f->store, "p3", "b"), ==, 2);

  /* Direction reads every file. */
  act_as (f->store, "diane");
  g_assert_true (psl_privacy_may_read (f->store, "p3", NULL));
  g_assert_true (psl_privacy_may_read (f->store, "p1", NULL));
  psl_privacy_set_key_file (NULL);
}

static void
test_journal_cannot_change (PslTestFixture *f,
                            gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  PslAuditFilter filter = { "2000-01-01", "2100-12-31", "p3", NULL };
  gint64 before;

  act_as (f->store, "bruno");
  g_assert_true (psl_audit_add (f->store, PSL_AUDIT_EXPORT, "p3", "JSON", &error));
  before = psl_test_count (f->store, "SELECT count(*) FROM audit_entry;");
  g_assert_cmpint (before, >=, 1);

  g_assert_false (psl_store_exec (f->store, "UPDATE audit_entry SET detail = 'rien';", &error));
  g_assert_nonnull (strstr (error->message, "audit journal cannot be changed"));
  g_clear_error (&error);
  g_assert_false (psl_store_exec (f->store, "DELETE FROM audit_entry;", &error));
  g_clear_error (&error);
  g_assert_false (psl_store_exec (f->store, "UPDATE audit_entry SET staff_id = 'd' WHERE person_id = 'p3';", &error));
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry;"), ==, before);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE detail = 'JSON'"
                                             " AND staff_id = 'b';"), ==, 1);

  rows = psl_audit_load (f->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (((PslAuditRow *) g_ptr_array_index (rows, 0))->staff, ==, "Bruno Rey");
  g_assert_cmpstr (((PslAuditRow *) g_ptr_array_index (rows, 0))->person, ==, "C C");

  /* Exported as CSV, with its one row. */
  {
    g_autofree char *csv = g_build_filename (f->dir, "journal.csv", NULL);
    g_autofree char *text = NULL;
    guint n = 0;

    g_assert_true (psl_audit_export (f->store, &filter, csv, &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 1);
    g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "Bruno Rey"));
  }
  /* Names and what was done with them, in CSV and XLSX: the owner's only,
   * as the database; a file already there, open to all, becomes so. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = g_build_filename (f->dir, i == 0 ? "journal2.csv" : "journal.xlsx", NULL);
      GStatBuf st;

      g_assert_true (g_file_set_contents (path, "", 0, NULL));
      g_assert_cmpint (g_chmod (path, 0644), ==, 0);
      g_assert_true (psl_audit_export (f->store, &filter, path, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      g_assert_cmpint (st.st_size, >, 0);
    }
}

static void
test_roles (PslTestFixture *f,
            gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  const char *bad_roles[] = { NULL, "", "chef" };

  act_as (f->store, "diane");
  for (guint i = 0; i < G_N_ELEMENTS (bad_roles); i++)
    {
      g_assert_false (psl_privacy_set_role (f->store, "q", bad_roles[i], &error));
      g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "Quentin Mas"));
      g_clear_error (&error);
    }
  /* A login tied to nobody, on a file where others are, makes itself
   * nobody: not direction, not a counsellor; nothing is written. */
  act_as (f->store, "nouveau");
  for (guint i = 0; i < 2; i++)
    {
      g_assert_false (psl_privacy_bind_account (f->store, i == 0 ? "d" : "a", &error));
      g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED);
      g_assert_cmpstr (error->message, ==, "Seule la direction lie une session à un membre de l’équipe : demandez "
                                           "à une personne de la direction de vous lier celle-ci.");
      g_clear_error (&error);
    }
  g_assert_null (psl_privacy_get_actor (f->store));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'account';"), ==, 0);
  /* A counsellor does not make herself direction either. */
  act_as (f->store, "alice");
  g_assert_false (psl_privacy_bind_account (f->store, "d", &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED);
  g_clear_error (&error);

  /* Direction ties the new login, journaled under direction's name. */
  act_as (f->store, "diane");
  g_assert_true (psl_privacy_bind_login (f->store, "nouveau", "a", NULL, &error));
  g_assert_no_error (error);
  /* ...not to a staff member with no role. */
  g_assert_false (psl_privacy_bind_login (f->store, "nouveau", "q", NULL, &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID);
  g_clear_error (&error);
  /* A change names the old and the new, under who made it. */
  g_assert_true (psl_privacy_bind_login (f->store, "nouveau", "b", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'account'"
                                             " AND staff_id = 'd' AND account = 'diane';"), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'account'"
                                             " AND detail = 'La session nouveau est désormais Alice Vayssière';"),
                   ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'account'"
                                             " AND detail = 'La session nouveau était Alice Vayssière, est"
                                             " désormais Bruno Rey';"), ==, 1);
  act_as (f->store, "nouveau");
  psl_test_assert_text_is (psl_privacy_get_actor (f->store), "b");

  /* A counsellor does not give roles. */
  act_as (f->store, "alice");
  g_assert_false (psl_privacy_set_role (f->store, "b", "direction", &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED);
  g_clear_error (&error);

  /* The last person in direction stays until another takes the role. */
  act_as (f->store, "diane");
  g_assert_false (psl_privacy_set_role (f->store, "d", "cip", &error));
  g_assert_nonnull (strstr (error->message, "Diane Roux"));
  g_clear_error (&error);
  g_assert_false (psl_privacy_staff_leaves (f->store, "d", &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID);
  g_clear_error (&error);
  psl_test_assert_text (f->store, "SELECT role FROM staff WHERE id = 'd';", "direction");
  g_assert_true (psl_privacy_set_role (f->store, "q", "accueil", &error));
  g_assert_true (psl_privacy_set_role (f->store, "a", "direction", &error));
  g_assert_true (psl_privacy_set_role (f->store, "d", "cip", &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'role';"), ==, 3);
}

/* The very first login of a file ties itself freely; when nobody in the
 * team is direction, its staff member becomes direction, and is told. */
static void
test_first_login (PslTestFixture *f,
                  gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;

  psl_test_exec (f->store, "DELETE FROM privacy_account; UPDATE staff SET role = 'cip' WHERE id = 'd';");
  act_as (f->store, "premier");
  g_assert_true (psl_privacy_bind_login (f->store, "premier", "q", &notice, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (notice, ==, "Personne de l’équipe n’était à la direction : Quentin Mas, le premier au clavier, "
                               "est désormais la direction, et donne leurs rôles aux autres dans Préférences, "
                               "Confidentialité.");
  g_assert_cmpint (psl_privacy_get_actor_role (f->store), ==, PSL_ROLE_DIRECTION);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'role'"
                                             " AND detail = 'Quentin Mas : Direction';"), ==, 1);
  /* The second login is no longer free. */
  act_as (f->store, "second");
  g_assert_false (psl_privacy_bind_account (f->store, "d", &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED);
  g_clear_error (&error);

  /* With someone in direction, the first login keeps its role. */
  psl_test_exec (f->store, "DELETE FROM privacy_account;");
  g_clear_pointer (&notice, g_free);
  act_as (f->store, "alice");
  g_assert_true (psl_privacy_bind_login (f->store, "alice", "a", &notice, &error));
  g_assert_no_error (error);
  g_assert_null (notice);
  g_assert_cmpint (psl_privacy_get_actor_role (f->store), ==, PSL_ROLE_COUNSELLOR);
}

/* The first login of a file tied to a counsellor while the team has a
 * director: no login of direction exists to tie the director's. The
 * structure's recovery key does it; a wrong or malformed one does not. */
static void
test_bind_by_recovery (PslTestFixture *f,
                       gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *recovery = set_up_with_file (f);
  g_autofree char *wrong = g_strdup (recovery);

  psl_test_exec (f->store, "DELETE FROM privacy_account;");
  act_as (f->store, "alice");
  g_assert_true (psl_privacy_bind_login (f->store, "alice", "a", NULL, &error));
  g_assert_no_error (error);
  act_as (f->store, "diane");
  g_assert_false (psl_privacy_bind_login (f->store, "diane", "d", NULL, &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED);
  g_clear_error (&error);

  wrong[0] = wrong[0] == '0' ? '1' : '0';
  g_assert_false (psl_privacy_bind_login_by_recovery (f->store, "diane", "d", wrong, &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_assert_false (psl_privacy_bind_login_by_recovery (f->store, "diane", "d", "pas une clé", &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_assert_cmpint (psl_privacy_get_actor_role (f->store), ==, PSL_ROLE_NONE);

  g_assert_true (psl_privacy_bind_login_by_recovery (f->store, "diane", "d", recovery, &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_privacy_get_actor_role (f->store), ==, PSL_ROLE_DIRECTION);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM privacy_account WHERE account = 'diane'"
                                             " AND staff_id = 'd';"), ==, 1);
  psl_privacy_set_key_file (NULL);
}

static void
test_rules (PslTestFixture *f,
            gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  const int bad[] = { 0, -3, 601 };

  g_assert_cmpint (psl_retention_months (f->store, "inactive_person"), ==, 24);
  g_assert_cmpint (psl_retention_months (f->store, "confidential"), ==, 6);
  act_as (f->store, "diane");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (psl_retention_set_months (f->store, "inactive_person", bad[i], &error));
      g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_cmpint (psl_retention_months (f->store, "inactive_person"), ==, 24);
  act_as (f->store, "bruno");
  g_assert_false (psl_retention_set_months (f->store, "confidential", 12, &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED);
  g_clear_error (&error);
  act_as (f->store, "diane");
  g_assert_true (psl_retention_set_months (f->store, "confidential", 12, &error));
  g_assert_cmpint (psl_retention_months (f->store, "confidential"), ==, 12);

  /* Every change of a rule is journaled: who, from what, to what; the
   * refusals above and a value set again unchanged are not. */
  g_assert_true (psl_retention_set_months (f->store, "confidential", 12, &error));
  g_assert_true (psl_retention_set_months (f->store, "inactive_person", 1, &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'retention';"), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'retention'"
                                             " AND staff_id = 'd' AND account = 'diane'"
                                             " AND detail = 'Effacer la partie confidentielle après la sortie :"
                                             " de 6 à 12 mois';"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'retention'"
                                             " AND detail = 'Anonymiser après la sortie : de 24 à 1 mois';"), ==, 1);
}

static void
add_part (PslDocumentPart     part,
          const char         *heading,
          const char * const *headers,
          GPtrArray          *rows,
          gpointer            data)
{
  GString *out = data;

  g_string_append_printf (out, "## %s\n", heading != NULL ? heading : "");
  for (guint i = 0; headers != NULL && headers[i] != NULL; i++)
    g_string_append_printf (out, "%s|", headers[i]);
  g_string_append_c (out, '\n');
  for (guint r = 0; r < rows->len; r++)
    {
      const char * const *cells = g_ptr_array_index (rows, r);

      for (guint i = 0; cells[i] != NULL; i++)
        g_string_append_printf (out, "%s|", cells[i]);
      g_string_append_c (out, '\n');
    }
}

/* Every figure of every report of the Rapports page over the period. */
static char *
all_figures (PslStore *store)
{
  PslMapFilter map = { FROM, TO, NULL, NULL, NULL, NULL, PSL_MAP_RINGS_LEVEL, 2000 };
  g_autoptr(GError) error = NULL;
  PslDocument *docs[] = {
    psl_activity_report_new (store, FROM, TO, NULL, &error),
    psl_activity_report_new (store, FROM, TO, "n", &error),
    psl_followup_report_new (store, FROM, TO, NULL, PSL_FOLLOWUP_FOR_FUNDERS, &error),
    psl_followup_report_new (store, "2025-01-01", "2026-12-31", "b", PSL_FOLLOWUP_FOR_FUNDERS, &error),
    psl_map_report_load (store, &map, &error),
    psl_positioning_report_new (store, &error),
    psl_action_plan_report_new (store, &error),
  };
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_assert_nonnull (docs[i]);
      g_string_append_printf (out, "# %s\n", psl_document_get_title (docs[i]));
      psl_document_foreach_table (docs[i], add_part, out);
      psl_document_unref (docs[i]);
    }
  return g_string_free (out, FALSE);
}

static gboolean
has_item (GPtrArray        *items,
          const char       *person,
          PslRetentionKind  kind)
{
  for (guint i = 0; i < items->len; i++)
    {
      PslRetentionItem *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (item->person_id, person) == 0 && item->kind == kind)
        return TRUE;
    }
  return FALSE;
}

#define LATER "2029-01-01"

static void
test_retention_keeps_figures (PslTestFixture *f,
                              gconstpointer   data)
{
  g_autofree char *recovery = set_up_with_file (f);
  g_autofree char *before = NULL, *after = NULL, *after_erasure = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint anonymised = 0, erased = 0;

  before = all_figures (f->store);
  /* The reports are not empty: the activity's people followed are there. */
  g_assert_nonnull (strstr (before, "Femmes"));

  /* On 1 January 2029, p3, p6 and p8 left more than 24 months ago with
   * nothing since; p2 left too, but a contract still runs; p7, deleted
   * from the file on 1 February 2026 without an exit, is still in the
   * base and reached the same way, the deletion standing for the exit. */
  items = psl_retention_preview (f->store, LATER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 4);
  g_assert_true (has_item (items, "p3", PSL_RETENTION_ANONYMISE));
  g_assert_true (has_item (items, "p6", PSL_RETENTION_ANONYMISE));
  g_assert_true (has_item (items, "p7", PSL_RETENTION_ANONYMISE));
  g_assert_true (has_item (items, "p8", PSL_RETENTION_ANONYMISE));
  g_assert_false (has_item (items, "p2", PSL_RETENTION_ANONYMISE));
  /* p6 first, who left first, on 31 December 2025; p7 after p8 (1 January 2026). */
  g_assert_nonnull (strstr (((PslRetentionItem *) g_ptr_array_index (items, 0))->reason, "31/12/2025"));
  g_assert_cmpstr (((PslRetentionItem *) g_ptr_array_index (items, 2))->person_id, ==, "p7");
  g_assert_cmpstr (((PslRetentionItem *) g_ptr_array_index (items, 2))->reason, ==,
                   "supprimée le 01/02/2026, rien depuis le 01/02/2026 : anonymisée");

  /* Only direction runs it. */
  act_as (f->store, "bruno");
  g_assert_false (psl_retention_run (f->store, LATER, NULL, NULL, &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED);
  g_clear_error (&error);

  act_as (f->store, "diane");
  psl_retention_run (f->store, LATER, &anonymised, &erased, &error);
  g_assert_no_error (error);
  g_assert_no_error (error);
  g_assert_cmpuint (anonymised, ==, 4);
  g_assert_cmpuint (erased, ==, 0);
  psl_test_assert_text (f->store, "SELECT first_name FROM person WHERE id = 'p7';", "Anonyme");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'anonymise'"
                                             " AND person_id = 'p7';"), ==, 1);

  /* What named or described them is gone. */
  psl_test_assert_text (f->store, "SELECT first_name FROM person WHERE id = 'p3';", "Anonyme");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person_sensitive WHERE person_id = 'p3';"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM barrier WHERE notes IS NOT NULL"
                                             " AND person_id = 'p3';"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM note WHERE subject_id = 'p3';"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE notes IS NOT NULL"
                                             " AND person_id IN ('p3', 'p6');"), ==, 0);
  /* What the statistics count stays: placements, follow-ups, dates. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE person_id = 'p3';"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE person_id = 'p3';"), ==, 1);
  psl_test_assert_text (f->store, "SELECT exited_on FROM person WHERE id = 'p3';", "2026-06-30");
  /* 57 at entry on 15 June 2025: born, for the file, 60 years before; 24 at entry: 20 years before. */
  psl_test_assert_text (f->store, "SELECT birth_date FROM person WHERE id = 'p3';", "1965-06-15");
  psl_test_assert_text (f->store, "SELECT birth_date FROM person WHERE id = 'p8';", "2005-09-01");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'anonymise';"), ==, 4);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE first_name = 'Anonyme';"), ==, 4);

  after = all_figures (f->store);
  g_assert_cmpstr (after, ==, before);

  /* The run's line in the journal says it with French plurals. */
  psl_test_assert_text (f->store, "SELECT detail FROM audit_entry WHERE action = 'retention';",
                        "Règles appliquées : 4 personnes anonymisées, 0 partie confidentielle effacée");

  /* A second run finds nobody. */
  g_clear_pointer (&items, g_ptr_array_unref);
  items = psl_retention_preview (f->store, LATER, &error);
  g_assert_cmpuint (items->len, ==, 0);

  /* Erasure on request: refused while p2's contract runs, with the firm... */
  g_assert_null (psl_erasure_summary (f->store, "p2", LATER, &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "Maçonnerie Bex"));
  g_clear_error (&error);
  g_assert_false (psl_erasure_run (f->store, "p2", LATER, &error));
  g_clear_error (&error);
  psl_test_assert_text (f->store, "SELECT first_name FROM person WHERE id = 'p2';", "B");
  /* ...done for p1, who had two placements, and the figures stay. */
  g_free (psl_test_assert_nonnull_text (psl_erasure_summary (f->store, "p1", LATER, &error)));
  g_assert_true (psl_erasure_run (f->store, "p1", LATER, &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person_sensitive WHERE person_id = 'p1';"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'erase'"
                                             " AND person_id = 'p1';"), ==, 1);
  after_erasure = all_figures (f->store);
  g_assert_cmpstr (after_erasure, ==, before);
  /* The comparison sees a change: a date of birth lost would move an age band. */
  psl_test_exec (f->store, "UPDATE person SET birth_date = NULL WHERE id = 'p3';");
  {
    g_autofree char *changed = all_figures (f->store);

    g_assert_cmpstr (changed, !=, before);
  }
  /* Twice is said, not done. */
  g_assert_false (psl_erasure_run (f->store, "p1", LATER, &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_REFUSED);
  psl_privacy_set_key_file (NULL);
}

/* A failure in the middle leaves everything as it was. */
static void
test_retention_all_or_nothing (PslTestFixture *f,
                               gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  gint64 journal = psl_test_count (f->store, "SELECT count(*) FROM audit_entry;");

  act_as (f->store, "diane");
  psl_test_exec (f->store, "CREATE TEMP TRIGGER breaks BEFORE UPDATE ON followup WHEN old.id = 'f2'"
                           " BEGIN SELECT RAISE(ABORT, 'disque plein'); END;");
  g_assert_false (psl_retention_run (f->store, LATER, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE anonymised_on IS NOT NULL;"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person_sensitive;"), ==, 2);
  psl_test_assert_text (f->store, "SELECT first_name FROM person WHERE id = 'p3';", "C");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry;"), ==, journal);
  g_assert_true (psl_retention_due (f->store, LATER));
}

/* A person deleted from the file is still in the base: erased on request
 * like anyone, journaled; and the shorter rule takes their confidential
 * part six months after the deletion, when they never exited. */
static void
test_deleted_people (PslTestFixture *f,
                     gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;

  psl_test_exec (f->store, "INSERT INTO person_sensitive (id, person_id, category, detail, recorded_on) VALUES"
                           " ('s7', 'p7', 'health', 'Suivi au CMP', '2026-01-15');"
                           "UPDATE person SET deleted_at = '2026-03-10T09:00:00Z' WHERE id = 'p1';");
  /* On 10 September 2026, p1 (deleted on 10 March, never exited) keeps her
   * confidential part: six months have not gone by.  p7 (1 February) loses hers. */
  items = psl_retention_preview (f->store, "2026-09-10", &error);
  g_assert_no_error (error);
  g_assert_true (has_item (items, "p7", PSL_RETENTION_CONFIDENTIAL));
  g_assert_false (has_item (items, "p1", PSL_RETENTION_CONFIDENTIAL));
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (((PslRetentionItem *) g_ptr_array_index (items, i))->person_id, "p7") == 0)
      g_assert_cmpstr (((PslRetentionItem *) g_ptr_array_index (items, i))->reason, ==,
                       "supprimée le 01/02/2026 : partie confidentielle effacée");
  g_clear_pointer (&items, g_ptr_array_unref);
  items = psl_retention_preview (f->store, "2026-09-11", &error);
  g_assert_true (has_item (items, "p1", PSL_RETENTION_CONFIDENTIAL));

  /* Erasure on request of p7, deleted: not "not in the base". */
  act_as (f->store, "bruno");
  g_free (psl_test_assert_nonnull_text (psl_erasure_summary (f->store, "p7", "2026-10-01", &error)));
  g_assert_no_error (error);
  psl_test_exec (f->store, "INSERT INTO mentor (id, name) VALUES ('m-erase', 'Jean Delmas');"
                           "INSERT INTO mentorship (id, mentor_id, person_id, started_on) VALUES"
                           " ('s-erase', 'm-erase', 'p7', '2025-02-01');"
                           "INSERT INTO mentor_meeting (id, mentorship_id, held_on, kind, note) VALUES"
                           " ('g-erase', 's-erase', '2025-02-10', 'phone', 'Parle de sa famille');");
  g_assert_true (psl_erasure_run (f->store, "p7", "2026-10-01", &error));
  g_assert_no_error (error);
  /* What the meetings with a mentor said of the person goes with the rest. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM mentor_meeting WHERE id = 'g-erase'"
                                             " AND note IS NULL;"), ==, 1);
  psl_test_assert_text (f->store, "SELECT first_name FROM person WHERE id = 'p7';", "Anonyme");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person_sensitive WHERE person_id = 'p7';"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'erase'"
                                             " AND person_id = 'p7' AND staff_id = 'b';"), ==, 1);
  /* A person who never was is still said so. */
  g_assert_false (psl_erasure_run (f->store, "nobody", "2026-10-01", &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID);
}

static void
test_person_data (PslTestFixture *f,
                  gconstpointer   data)
{
  g_autofree char *recovery = set_up_with_file (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *path = g_build_filename (f->dir, "p3.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(PslDocument) doc = NULL;
  GStatBuf st;

  static const char *const words[] = {
    "\"Terminée\"", "\"Contrat\"", "\"L’employeur\"", "\"Repéré\"", "\"Par téléphone\"", "\"Non\"",
    "La vie personnelle prend le pas sur le travail",
  };
  static const char *const codes[] = { "\"ended\"", "\"contract\"", "\"employer\"", "\"identified\"", "\"phone\"",
                                       "vie_personnelle" };

  psl_test_exec (f->store, "UPDATE followup SET mode = 'phone', tripartite = 0 WHERE id = 'f1';"
                           "INSERT INTO alert (id, person_id, raised_by, risk_level, opened_on, factors) VALUES"
                           " ('al-rights', 'p3', 'person', 3, '2026-04-20', '[\"vie_personnelle\"]');"
                           "INSERT INTO mentor (id, name) VALUES ('m-rights', 'Jean Delmas');"
                           "INSERT INTO mentorship (id, mentor_id, person_id, started_on) VALUES"
                           " ('s-rights', 'm-rights', 'p3', '2026-02-01');"
                           "INSERT INTO mentor_meeting (id, mentorship_id, held_on, kind, note) VALUES"
                           " ('g-rights', 's-rights', '2026-02-10', 'workshop', 'Lettre de motivation reprise');");
  /* Not Alice's to give, and nothing journaled. */
  act_as (f->store, "alice");
  g_assert_null (psl_person_data_collect (f->store, "p3", FALSE, &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'export';"), ==, 0);
  g_assert_null (psl_person_data_collect (f->store, "nobody", FALSE, &error));
  g_clear_error (&error);

  act_as (f->store, "bruno");
  node = psl_person_data_collect (f->store, "p3", FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (psl_person_data_write_json (node, path, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  /* Opened for the person: the confidential texts, the firm by its name. */
  g_assert_nonnull (strstr (text, SECRET_HEALTH));
  g_assert_nonnull (strstr (text, SECRET_DEBT));
  g_assert_nonnull (strstr (text, "Usinage Lot"));
  g_assert_nonnull (strstr (text, "Entretien long"));
  /* Her mentor by name, and what was said of their meetings. */
  g_assert_nonnull (strstr (text, "Jean Delmas"));
  g_assert_nonnull (strstr (text, "Lettre de motivation reprise"));
  g_assert_nonnull (strstr (text, "Atelier (CV, entretien)"));
  g_assert_null (strstr (text, PSL_SEALED_PREFIX));
  g_assert_null (strstr (text, SECRET_JUSTICE));
  /* In the words the person reads, never the file's codes: the contract
   * ended by the employer, the barrier identified, the follow-up by phone. */
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    g_assert_nonnull (strstr (text, words[i]));
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_assert_null (strstr (text, codes[i]));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'export'"
                                             " AND person_id = 'p3' AND staff_id = 'b';"), ==, 1);

  doc = psl_person_data_report_new (f->store, "p3", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (psl_document_get_title (doc), ==, "C C");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'print';"), ==, 1);
  psl_privacy_set_key_file (NULL);
}

/* Each record says who created and last changed it, and the lists name the
 * author: the staff member tied to the login, never a free name. */
static void
test_authors (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *person = NULL;
  g_autofree char *firm = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  PslFollowupRecord *record;

  /* Nobody known: nothing is said, nobody is made up. */
  act_as (f->store, "nobody");
  person = psl_person_create (f->store, "Inès", "Vidal", "1990-04-02", "a", "2026-01-10", &error);
  g_assert_no_error (error);
  g_assert_null (psl_privacy_authorship (f->store, "person", person));
  g_clear_pointer (&person, g_free);

  act_as (f->store, "alice");
  person = psl_person_create (f->store, "Jules", "Pons", "1991-05-03", "a", "2026-01-10", &error);
  g_assert_no_error (error);
  text = psl_privacy_authorship (f->store, "person", person);
  g_assert_true (g_str_has_prefix (text, "Créé par Alice "));
  g_assert_null (strstr (text, "modifié"));
  g_clear_pointer (&text, g_free);

  /* Bruno changes the record: the sheet names both. */
  act_as (f->store, "bruno");
  g_assert_true (psl_record_set (f->store, "person", psl_person_fields, person, "phone", "0565000000", &error));
  g_assert_no_error (error);
  text = psl_privacy_authorship (f->store, "person", person);
  g_assert_nonnull (strstr (text, "Créé par Alice "));
  g_assert_nonnull (strstr (text, "modifié par Bruno "));
  g_clear_pointer (&text, g_free);

  /* A firm the same way. */
  firm = psl_company_create (f->store, "Menuiserie Delmas", NULL, "46100", &error);
  g_assert_no_error (error);
  text = psl_privacy_authorship (f->store, "company", firm);
  g_assert_true (g_str_has_prefix (text, "Créé par Bruno "));
  g_clear_pointer (&text, g_free);
  act_as (f->store, "diane");
  g_assert_true (psl_company_set (f->store, firm, "commune", "Figeac", &error));
  g_assert_no_error (error);
  text = psl_privacy_authorship (f->store, "company", firm);
  g_assert_nonnull (strstr (text, "modifié par Diane Roux le "));
  g_clear_pointer (&text, g_free);

  /* A contact with the firm written without naming anyone: the journal
   * names the one at the keyboard. */
  contact = psl_interaction_create (f->store, firm, "appel", "2026-03-02", NULL, &error);
  g_assert_no_error (error);
  journal = psl_interaction_list_for_company (f->store, firm, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (journal->len, ==, 1);
  g_assert_cmpstr (((PslInteraction *) g_ptr_array_index (journal, 0))->staff_name, ==, "Diane Roux");

  /* A follow-up recorded by Alice says so in the person's list; the one it
   * plans next was planned by her too. */
  act_as (f->store, "alice");
  record = psl_followup_load (f->store, "f2", &error);
  g_assert_no_error (error);
  g_free (record->next_on);
  record->next_on = g_strdup ("2099-01-01");
  g_assert_true (psl_followup_save (f->store, "f2", record, &error));
  g_assert_no_error (error);
  psl_followup_record_free (record);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE person_id = 'p6'"
                                             " AND created_by = 'a' AND id <> 'f2';"), ==, 1);
  lines = psl_followup_lines (f->store, "p6", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_nonnull (strstr (first_subtitle (lines), "prévu par Alice "));
  g_assert_nonnull (strstr (((PslRecordLine *) g_ptr_array_index (lines, 1))->subtitle, "consigné par Alice "));
}

#define ZOE "00000000-0000-4000-8000-00000000200e"

/* Every print or export of a person's data is journaled: the pathway
 * document, and the diary when it names people in full. */
static void
test_prints_journaled (PslTestFixture *f,
                       gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *ics = g_build_filename (f->dir, "agenda.ics", NULL);
  guint n = 0;

  psl_test_exec (f->store, "INSERT INTO followup (id, person_id, staff_id, label, due_on) VALUES"
                           " ('f9', 'p5', 'b', 'Point d''étape', '2030-01-10');");
  act_as (f->store, "bruno");
  doc = psl_pathway_report_new (f->store, "p3", &error);
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'print'"
                                             " AND person_id = 'p3' AND staff_id = 'b'"
                                             " AND detail = 'Parcours — document interne';"), ==, 1);
  /* Initials only: nothing to journal. */
  g_assert_true (psl_calendar_export_file (f->store, NULL, "2030-01-01", "2030-03-31", FALSE, ics, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'export';"), ==, 0);
  g_assert_true (psl_calendar_export_file (f->store, NULL, "2030-01-01", "2030-03-31", TRUE, ics, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'export'"
                                             " AND staff_id = 'b' AND detail LIKE 'Agenda avec le nom complet%'"
                                             " AND detail LIKE '%agenda.ics%';"), ==, 1);
}

/* A new confidential item says who recorded it: left empty, the staff
 * member at the keyboard; a barrier's detail is signed by its author. */
static void
test_confidential_authors (PslTestFixture *f,
                           gconstpointer   data)
{
  g_autofree char *recovery = set_up_with_file (f);
  g_autoptr(GError) error = NULL;
  const char *columns[] = { "category", "detail", "recorded_on", "recorded_by", NULL };
  const char *unsigned_columns[] = { "category", "detail", "recorded_on", NULL };
  const char *empty[] = { "health", "Suivi au CMP", "2026-03-01", "", NULL };
  const char *named[] = { "justice", "Contrôle judiciaire", "2026-03-01", ZOE, NULL };
  const char *barrier_columns[] = { "code", "identified_on", "notes", NULL };
  const char *barrier_values[] = { "logement", "2026-03-01", "Expulsion annoncée", NULL };
  g_autofree char *left_out = NULL, *left_empty = NULL, *given = NULL, *barrier = NULL;
  g_autofree char *sql = NULL;

  psl_test_exec (f->store, "INSERT INTO staff (id, first_name, last_name, role) VALUES ('" ZOE "', 'Zoé', 'Lac', 'cip');");
  act_as (f->store, "bruno");
  left_out = psl_sensitive_create_from_form (f->store, "p3", unsigned_columns, empty, &error);
  g_assert_no_error (error);
  left_empty = psl_sensitive_create_from_form (f->store, "p3", columns, empty, &error);
  g_assert_no_error (error);
  given = psl_sensitive_create_from_form (f->store, "p3", columns, named, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("SELECT (SELECT recorded_by FROM person_sensitive WHERE id = '%s') || ','"
                         "    || (SELECT recorded_by FROM person_sensitive WHERE id = '%s') || ','"
                         "    || (SELECT recorded_by FROM person_sensitive WHERE id = '%s');",
                         left_out, left_empty, given);
  psl_test_assert_text (f->store, sql, "b,b," ZOE);
  barrier = psl_barrier_create_from_form (f->store, "p3", barrier_columns, barrier_values, &error);
  g_assert_no_error (error);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT created_by || updated_by FROM barrier WHERE id = '%s';", barrier);
  psl_test_assert_text (f->store, sql, "bb");
  /* A login tied to nobody signs nothing, and invents nobody. */
  act_as (f->store, "inconnu");
  g_clear_pointer (&left_out, g_free);
  left_out = psl_sensitive_create_from_form (f->store, "p3", unsigned_columns, empty, &error);
  g_assert_no_error (error);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM person_sensitive WHERE id = '%s' AND recorded_by IS NULL;", left_out);
  g_assert_cmpint (psl_test_count (f->store, sql), ==, 1);
  psl_privacy_set_key_file (NULL);
}

/* What a firm may know of p3: her project, and whom to call; never her
 * confidential part, her barrier's notes, her follow-up notes or her date
 * of birth.  A person not in the database is said so. */
static void
test_firm_view (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) all = g_string_new (NULL);

  psl_test_exec (f->store, "UPDATE person SET project = 'Aide à domicile', notes = 'Logée chez sa sœur',"
                           " phone = '0600000000' WHERE id = 'p3';");
  g_assert_null (psl_firm_view_for_person (f->store, "nobody", &error));
  g_assert_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID);
  g_clear_error (&error);

  lines = psl_firm_view_for_person (f->store, "p3", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    {
      PslFirmViewLine *line = g_ptr_array_index (lines, i);

      g_string_append_printf (all, "%s: %s\n", line->label, line->value);
    }
  g_assert_nonnull (strstr (all->str, "Nom: C C\n"));
  g_assert_nonnull (strstr (all->str, "Projet professionnel: Aide à domicile\n"));
  g_assert_nonnull (strstr (all->str, "Pour en parler: Bruno Rey, qui l’accompagne\n"));
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    g_assert_null (strstr (all->str, secrets[i]));
  g_assert_null (strstr (all->str, "Logée chez sa sœur"));
  g_assert_null (strstr (all->str, "Se sent bien"));
  g_assert_null (strstr (all->str, "0600000000"));
  g_assert_null (strstr (all->str, "1968"));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, PslTestFixture, PRIVACY_FIXTURE, psl_test_fixture_setup, func, psl_test_fixture_teardown)
  ADD ("/privacy/sealed-at-rest", test_sealed_at_rest);
  ADD ("/privacy/keys", test_keys);
  ADD ("/privacy/who-reads", test_who_reads);
  ADD ("/privacy/journal-cannot-change", test_journal_cannot_change);
  ADD ("/privacy/roles", test_roles);
  ADD ("/privacy/first-login", test_first_login);
  ADD ("/privacy/bind-by-recovery", test_bind_by_recovery);
  ADD ("/privacy/retention/rules", test_rules);
  ADD ("/privacy/retention/keeps-figures", test_retention_keeps_figures);
  ADD ("/privacy/retention/all-or-nothing", test_retention_all_or_nothing);
  ADD ("/privacy/retention/deleted-people", test_deleted_people);
  ADD ("/privacy/person-data", test_person_data);
  ADD ("/privacy/authors", test_authors);
  ADD ("/privacy/confidential-authors", test_confidential_authors);
  ADD ("/privacy/prints-journaled", test_prints_journaled);
  ADD ("/privacy/firm-view", test_firm_view);
  return g_test_run ();
}
