/* test-sync.c — sites that exchange change files converge, whatever the order
 *
 * Every test builds its own sites from an empty base; each site has its own
 * copy of the exchange folder (as Syncthing or a stick would give it), and
 * the tests carry files between the copies: in any order, twice, cut short,
 * or not at all until later. */

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "psl-summaries.h"
#include "psl-test.h"
#include "psl-store-open.h"
#include "sync/psl-sync-changes.h"
#include "sync/psl-sync-capture.h"
#include "sync/psl-sync-exchange.h"
#include "sync/psl-sync-seal.h"
#include "sync/psl-sync-status.h"
#include "privacy/psl-privacy.h"
#include "psl-sensitive.h"
#include "psl-store-private.h"

#define PASSPHRASE "Figeac, Saint-Céré et Cajarc"

typedef struct
{
  char       *dir;
  char       *folder[3];  /* each site's copy of the exchange folder */
  PslStore   *site[3];
  PslSyncKey *key;
} Net;

static void
exec_ok (PslStore   *store,
         const char *sql)
{
  psl_test_exec (store, sql);
}

/* A statement with text parameters ?1, ?2, … run on a site. */
static void
run (PslStore   *store,
     const char *sql,
     ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, &error);
  va_list args;
  const char *value;
  int n = 1;

  g_assert_no_error (error);
  va_start (args, sql);
  while ((value = va_arg (args, const char *)) != NULL)
    sqlite3_bind_text (stmt, n++, value, -1, SQLITE_TRANSIENT);
  va_end (args);
  psl_store_step_done (store, stmt, &error);
  g_assert_no_error (error);
}

static char *
text (PslStore   *store,
      const char *sql,
      const char *id)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, NULL);

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? psl_column_dup (stmt, 0) : NULL;
}

/* Copies what src has and dst lacks (or holds cut short). */
static guint
carry (const char *src,
       const char *dst,
       double      keep,
       gboolean    allow_cut)
{
  g_autofree char *sites = g_build_filename (src, "sites", NULL);
  g_autoptr(GDir) dir = g_dir_open (sites, 0, NULL);
  const char *site;
  guint copied = 0;

  while (dir != NULL && (site = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *from_dir = g_build_filename (sites, site, NULL);
      g_autofree char *to_dir = g_build_filename (dst, "sites", site, NULL);
      g_autoptr(GDir) files = g_dir_open (from_dir, 0, NULL);
      const char *name;

      g_mkdir_with_parents (to_dir, 0700);
      while (files != NULL && (name = g_dir_read_name (files)) != NULL)
        {
          g_autofree char *from = g_build_filename (from_dir, name, NULL);
          g_autofree char *to = g_build_filename (to_dir, name, NULL);
          g_autofree char *data = NULL;
          gsize size = 0, there = 0;
          g_autofree char *old = NULL;

          if (name[0] == '.' || g_test_rand_double () > keep)
            continue;
          g_file_get_contents (from, &data, &size, NULL);
          /* Only what is missing or shorter there: a copy never replaces a
           * whole file with a cut one. */
          if (g_file_get_contents (to, &old, &there, NULL) && there >= size)
            continue;
          /* Now and then the copy is still under way when the site looks. */
          if (allow_cut && size > 100 && g_test_rand_double () < 0.05)
            size = g_test_rand_int_range (1, size);
          g_assert_true (g_file_set_contents (to, data, size, NULL));
          copied++;
        }
    }
  return copied;
}

static void
carry_all (Net *n)
{
  guint copied;

  do
    {
      copied = 0;
      for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
          if (i != j)
            copied += carry (n->folder[i], n->folder[j], 1.0, FALSE);
    }
  while (copied > 0);
}

static PslSyncReport *
exchange (Net *n,
          int  i)
{
  g_autoptr(GError) error = NULL;
  PslSyncReport *report = psl_sync_run (n->site[i], n->folder[i], n->key, NULL, &error);

  g_assert_no_error (error);
  return report;
}

/* Three sites of one structure: A starts the exchange, B and C join. */
static void
net_setup (Net          *n,
           gconstpointer data)
{
  const char *names[] = { "Figeac", "Saint-Céré", "Cajarc" };
  g_autoptr(GError) error = NULL;

  n->dir = psl_test_tmpdir ("sync");
  for (int i = 0; i < 3; i++)
    n->folder[i] = g_strdup_printf ("%s/echange-%d", n->dir, i);
  n->site[0] = psl_test_open (n->dir, "a.db");
  run (n->site[0], "UPDATE site SET name = ?1;", names[0], NULL);
  exec_ok (n->site[0],
           "INSERT INTO company (id, legal_name, postcode, identifier) VALUES"
           " ('c0000000-0000-4000-8000-000000000001', 'Boulangerie Lacoste', '46100', '11111111111111'),"
           " ('c0000000-0000-4000-8000-000000000002', 'Garage du Lot', '46400', NULL);"
           "INSERT INTO person (id, first_name, last_name, entered_on) VALUES"
           " ('d0000000-0000-4000-8000-000000000001', 'Léa', 'Martin', '2026-01-05');");
  g_assert_true (psl_sync_init (n->site[0], n->folder[0], PASSPHRASE, &error));
  g_assert_no_error (error);
  n->key = psl_sync_key_unlock (n->folder[0], PASSPHRASE, &error);
  g_assert_no_error (error);

  for (int i = 1; i < 3; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/site-%d.db", n->dir, i);

      g_autofree char *desc_from = g_build_filename (n->folder[0], PSL_SYNC_DESCRIPTOR, NULL);
      g_autofree char *desc_to = g_build_filename (n->folder[i], PSL_SYNC_DESCRIPTOR, NULL);
      g_autofree char *contents = NULL;
      gsize size;

      /* The folder reaches the new site: descriptor and files. */
      g_mkdir_with_parents (n->folder[i], 0700);
      g_assert_true (g_file_get_contents (desc_from, &contents, &size, NULL));
      g_assert_true (g_file_set_contents (desc_to, contents, size, NULL));
      carry_all (n);
      n->site[i] = psl_sync_join (n->folder[i], PASSPHRASE, names[i], path, &error);
      g_assert_no_error (error);
      g_assert_nonnull (n->site[i]);
    }
  carry_all (n);
}

static void
net_teardown (Net          *n,
              gconstpointer data)
{
  for (int i = 0; i < 3; i++)
    {
      g_clear_object (&n->site[i]);
      g_free (n->folder[i]);
    }
  psl_sync_key_free (n->key);
  psl_test_rm_rf (n->dir);
  g_free (n->dir);
}

/* Every travelling table, rows by id, every column but the local flag. */
static char *
canonical_dump (PslStore *store)
{
  sqlite3 *db = psl_store_get_db (store);
  g_autoptr(GPtrArray) tables = psl_sync_travelling_tables (db);
  GString *out = g_string_new (NULL);

  for (guint t = 0; t < tables->len; t++)
    {
      const char *name = g_ptr_array_index (tables, t);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY id;", name);
      g_autoptr(sqlite3_stmt) stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (out, "== %s\n", name);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              if (strcmp (name, "site") == 0 && strcmp (sqlite3_column_name (stmt, c), "is_local") == 0)
                continue;
              g_string_append_printf (out, "%s|", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                                     ? "∅" : (const char *) sqlite3_column_text (stmt, c));
            }
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

static void
assert_converged (Net *n)
{
  g_autofree char *a = NULL;

  /* Until nothing moves: every site has applied every file. */
  for (int round = 0; round < 6; round++)
    {
      guint applied = 0, waiting = 0;

      carry_all (n);
      for (int i = 0; i < 3; i++)
        {
          g_autoptr(PslSyncReport) report = exchange (n, i);

          applied += report->files_applied + report->files_sent;
          waiting += report->waiting->len + report->refused->len;
          for (guint w = 0; w < report->refused->len; w++)
            g_test_message ("refused: %s", (char *) g_ptr_array_index (report->refused, w));
        }
      if (applied == 0 && waiting == 0)
        break;
    }

  a = canonical_dump (n->site[0]);
  for (int i = 1; i < 3; i++)
    {
      g_autofree char *other = canonical_dump (n->site[i]);

      if (strcmp (a, other) != 0)
        {
          for (int k = 0; k < 3; k++)
            {
              g_autofree char *l = psl_test_query_text (n->site[k],
                "SELECT group_concat(site_id || ':' || m, ' ') FROM (SELECT site_id, max(seq) m FROM sync_ledger GROUP BY 1);");
              g_autofree char *me = psl_test_query_text (n->site[k], "SELECT value FROM meta WHERE key='site_id';");
              g_printerr ("site %d (%s) ledger %s, outbox %ld\n", k, me, l,
                          (long) psl_test_count (n->site[k], "SELECT count(*) FROM sync_outbox;"));
            }
          g_file_set_contents ("/tmp/psl-sync-dump-a.txt", a, -1, NULL);
          g_file_set_contents ("/tmp/psl-sync-dump-other.txt", other, -1, NULL);
          g_error ("site %d differs from site 0 (dumps in /tmp/psl-sync-dump-*.txt)", i);
        }
    }
}

/* ---- The rule, case by case --------------------------------------------- */

#define FIRM "c0000000-0000-4000-8000-000000000002"

static void
test_same_field (Net          *n,
                 gconstpointer data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  PslSyncConflict *c;
  g_autoptr(GError) error = NULL;

  /* A writes the phone at 10:00, C at 11:00, neither having seen the other. */
  run (n->site[0], "UPDATE company SET phone = '05 65 00 00 0A', updated_at = '2026-12-05T10:00:00.000Z' WHERE id = ?1;",
       FIRM, NULL);
  run (n->site[2], "UPDATE company SET phone = '05 65 00 00 0C', updated_at = '2026-12-05T11:00:00.000Z' WHERE id = ?1;",
       FIRM, NULL);
  /* B edits another field of the same firm, later than both. */
  run (n->site[1], "UPDATE company SET email = 'contact@garage.example', updated_at = '2026-12-05T12:00:00.000Z' WHERE id = ?1;",
       FIRM, NULL);
  assert_converged (n);

  for (int i = 0; i < 3; i++)
    {
      g_autofree char *phone = text (n->site[i], "SELECT phone FROM company WHERE id = ?1;", FIRM);
      g_autofree char *email = text (n->site[i], "SELECT email FROM company WHERE id = ?1;", FIRM);

      g_assert_cmpstr (phone, ==, "05 65 00 00 0C");
      g_assert_cmpstr (email, ==, "contact@garage.example");
    }

  /* A sees the pair: C's value kept, its own the other. */
  conflicts = psl_sync_conflicts_load (n->site[0], TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  c = g_ptr_array_index (conflicts, 0);
  g_assert_cmpstr (c->column, ==, "phone");
  g_assert_cmpstr (c->record, ==, "Garage du Lot");
  g_assert_cmpstr (c->kept_value, ==, "05 65 00 00 0C");
  g_assert_cmpstr (c->kept_site, ==, "Cajarc");
  g_assert_cmpstr (c->other_value, ==, "05 65 00 00 0A");
  g_assert_cmpstr (c->other_site, ==, "Figeac");

  /* A takes its own value back in one click: it wins everywhere. */
  g_assert_true (psl_sync_conflict_take_other (n->site[0], c->id, &error));
  g_assert_no_error (error);
  assert_converged (n);
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *phone = text (n->site[i], "SELECT phone FROM company WHERE id = ?1;", FIRM);

      g_assert_cmpstr (phone, ==, "05 65 00 00 0A");
    }
  g_assert_cmpint (psl_test_count (n->site[0], "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL;"), ==, 0);
}

#define DEAL "e0000000-0000-4000-8000-000000000001"
#define BARRIER "f0000000-0000-4000-8000-000000000001"

/* A conflict reads as a user would: the record named after what it is
 * about, ids given as names, a confidential text never shown. */
static void
test_conflict_named (Net          *n,
                     gconstpointer data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *record = NULL;

  exec_ok (n->site[0],
           "INSERT INTO staff (id, first_name, last_name) VALUES"
           " ('b0000000-0000-4000-8000-000000000001', 'Inès', 'Delmas'),"
           " ('b0000000-0000-4000-8000-000000000002', 'Marc', 'Viguié');"
           "INSERT INTO interaction (id, company_id, kind, occurred_at, staff_id) VALUES"
           " ('" DEAL "', '" FIRM "', 'appel', '2026-12-01', NULL);"
           "INSERT INTO barrier (id, person_id, code, identified_on, notes) VALUES"
           " ('" BARRIER "', 'd0000000-0000-4000-8000-000000000001', 'sante', '2026-11-02', 'psl1:AAAA');");
  assert_converged (n);
  run (n->site[0], "UPDATE interaction SET staff_id = 'b0000000-0000-4000-8000-000000000001',"
                   " updated_at = '2026-12-05T10:00:00.000Z' WHERE id = ?1;", DEAL, NULL);
  run (n->site[2], "UPDATE interaction SET staff_id = 'b0000000-0000-4000-8000-000000000002',"
                   " updated_at = '2026-12-05T11:00:00.000Z' WHERE id = ?1;", DEAL, NULL);
  run (n->site[0], "UPDATE barrier SET notes = 'psl1:BBBB', updated_at = '2026-12-05T10:00:00.000Z' WHERE id = ?1;",
       BARRIER, NULL);
  run (n->site[2], "UPDATE barrier SET notes = 'psl1:CCCC', updated_at = '2026-12-05T11:00:00.000Z' WHERE id = ?1;",
       BARRIER, NULL);
  assert_converged (n);

  conflicts = psl_sync_conflicts_load (n->site[0], TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 2);
  record = g_strdup_printf (_("Exchange with %s"), "Garage du Lot");
  for (guint i = 0; i < conflicts->len; i++)
    {
      PslSyncConflict *c = g_ptr_array_index (conflicts, i);

      if (g_strcmp0 (c->table, "interaction") == 0)
        {
          g_assert_cmpstr (c->record, ==, record);
          g_assert_cmpstr (c->kept_value, ==, "Marc Viguié");
          g_assert_cmpstr (c->other_value, ==, "Inès Delmas");
          g_assert_false (c->confidential);
        }
      else
        {
          g_assert_cmpstr (c->table, ==, "barrier");
          g_assert_true (c->confidential);
        }
    }
}

static void
test_deletion_wins (Net          *n,
                    gconstpointer data)
{
  /* B deletes at 12:00; A edits the name at 11:00 without knowing. */
  run (n->site[1], "UPDATE company SET deleted_at = '2026-12-05T12:00:00.000Z', updated_at = '2026-12-05T12:00:00.000Z' WHERE id = ?1;",
       FIRM, NULL);
  run (n->site[0], "UPDATE company SET legal_name = 'Garage du Lot SARL', updated_at = '2026-12-05T11:00:00.000Z' WHERE id = ?1;",
       FIRM, NULL);
  assert_converged (n);
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *deleted = text (n->site[i], "SELECT deleted_at FROM company WHERE id = ?1;", FIRM);

      g_assert_cmpstr (deleted, ==, "2026-12-05T12:00:00.000Z");
    }

  /* A contact removed for good at one site stays removed, even when an
   * edit of it made elsewhere comes after. */
  run (n->site[0], "INSERT INTO contact (id, company_id, last_name) VALUES ('e0000000-0000-4000-8000-000000000001', ?1, 'Durand');",
       FIRM, NULL);
  assert_converged (n);
  run (n->site[1], "DELETE FROM contact WHERE id = 'e0000000-0000-4000-8000-000000000001';", NULL);
  run (n->site[2], "UPDATE contact SET phone = '06 00 00 00 00' WHERE id = 'e0000000-0000-4000-8000-000000000001';", NULL);
  assert_converged (n);
  for (int i = 0; i < 3; i++)
    g_assert_cmpint (psl_test_count (n->site[i], "SELECT count(*) FROM contact;"), ==, 0);
}

static void
test_firm_created_twice (Net          *n,
                         gconstpointer data)
{
  const char *lower = "f0000000-0000-4000-8000-000000000001";
  const char *upper = "f0000000-0000-4000-8000-000000000002";

  /* The same firm (same SIRET) typed at B and at C, each with a contact;
   * and a firm typed at A and at C under the same name and postcode. */
  run (n->site[2], "INSERT INTO company (id, legal_name, postcode, identifier) VALUES (?1, 'Menuiserie Roques', '46100', '22222222222222');",
       upper, NULL);
  run (n->site[2], "INSERT INTO contact (id, company_id, last_name) VALUES ('e0000000-0000-4000-8000-00000000000c', ?1, 'Roques');",
       upper, NULL);
  run (n->site[1], "INSERT INTO company (id, legal_name, postcode, identifier) VALUES (?1, 'MENUISERIE ROQUES', '46100', '22222222222222');",
       lower, NULL);
  run (n->site[1], "INSERT INTO contact (id, company_id, last_name) VALUES ('e0000000-0000-4000-8000-00000000000b', ?1, 'Vidal');",
       lower, NULL);
  run (n->site[0], "INSERT INTO company (id, legal_name, postcode) VALUES ('f0000000-0000-4000-8000-00000000000a', 'Ferme des Causses', '46160');", NULL);
  run (n->site[2], "INSERT INTO company (id, legal_name, postcode) VALUES ('f0000000-0000-4000-8000-000000000009', 'Ferme des causses', '46160');", NULL);
  assert_converged (n);

  for (int i = 0; i < 3; i++)
    {
      /* One firm of each pair left, the smaller id, with both contacts. */
      g_assert_cmpint (psl_test_count (n->site[i],
                                       "SELECT count(*) FROM company WHERE identifier = '22222222222222' AND deleted_at IS NULL;"),
                       ==, 1);
      g_assert_cmpint (psl_test_count (n->site[i],
                                       "SELECT count(*) FROM contact WHERE company_id = 'f0000000-0000-4000-8000-000000000001';"),
                       ==, 2);
      g_assert_cmpint (psl_test_count (n->site[i],
                                       "SELECT count(*) FROM company WHERE postcode = '46160' AND deleted_at IS NULL"
                                       " AND id = 'f0000000-0000-4000-8000-000000000009';"),
                       ==, 1);
      g_assert_cmpint (psl_test_count (n->site[i],
                                       "SELECT count(*) FROM company WHERE postcode = '46160' AND deleted_at IS NULL;"),
                       ==, 1);
    }
  (void) upper;
}

/* ---- Convergence under random work ---------------------------------------- */

static char *
pick (PslStore   *store,
      const char *table)
{
  g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s;", table);
  g_autofree char *sql = NULL;
  gint64 count = psl_test_count (store, count_sql);

  if (count == 0)
    return NULL;
  sql = g_strdup_printf ("SELECT id FROM %s ORDER BY id LIMIT 1 OFFSET %d;", table,
                         g_test_rand_int_range (0, (gint32) count));
  return psl_test_query_text (store, sql);
}

static void
random_operation (PslStore *s,
                  guint     serial)
{
  g_autofree char *id = psl_new_id ();
  g_autofree char *value = g_strdup_printf ("v%u", serial);
  g_autofree char *firm = pick (s, "company");
  g_autofree char *person = pick (s, "person");
  static const char *firm_columns[] = { "phone", "email", "notes", "commune", "trade_name", "website" };
  static const char *person_columns[] = { "phone", "notes", "project", "commune" };

  switch (g_test_rand_int_range (0, 14))
    {
    case 0:
      run (s, "INSERT INTO company (id, legal_name, postcode) VALUES (?1, ?2, '46100');", id, value, NULL);
      break;
    case 1:
    case 2:
      {
        g_autofree char *sql = g_strdup_printf ("UPDATE company SET %s = ?2 WHERE id = ?1;",
                                                firm_columns[g_test_rand_int_range (0, G_N_ELEMENTS (firm_columns))]);
        run (s, sql, firm, value, NULL);
      }
      break;
    case 3:
      if (g_test_rand_bit ())
        run (s, "UPDATE company SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1;", firm, NULL);
      else
        run (s, "UPDATE company SET deleted_at = NULL WHERE id = ?1 AND (identifier IS NULL OR NOT EXISTS"
                " (SELECT 1 FROM company o WHERE o.identifier = company.identifier AND o.deleted_at IS NULL));",
             firm, NULL);
      break;
    case 4:
      run (s, "INSERT INTO contact (id, company_id, last_name) VALUES (?1, ?2, ?3);", id, firm, value, NULL);
      break;
    case 5:
      {
        g_autofree char *contact = pick (s, "contact");

        if (contact != NULL && g_test_rand_bit ())
          run (s, "DELETE FROM contact WHERE id = ?1;", contact, NULL);
        else if (contact != NULL)
          run (s, "UPDATE contact SET phone = ?2 WHERE id = ?1;", contact, value, NULL);
      }
      break;
    case 6:
      run (s, "INSERT INTO person (id, first_name, last_name, entered_on) VALUES (?1, 'Prénom', ?2, '2026-03-02');",
           id, value, NULL);
      break;
    case 7:
      {
        g_autofree char *sql = g_strdup_printf ("UPDATE person SET %s = ?2 WHERE id = ?1;",
                                                person_columns[g_test_rand_int_range (0, G_N_ELEMENTS (person_columns))]);
        run (s, sql, person, value, NULL);
      }
      break;
    case 8:
      run (s, "INSERT INTO interaction (id, company_id, kind, occurred_at, outcome) VALUES (?1, ?2, 'visite', '2026-11-20', ?3);",
           id, firm, value, NULL);
      break;
    case 9:   /* put forward, or started (the map's kept starts follow) */
      if (g_test_rand_bit ())
        run (s, "INSERT INTO placement (id, person_id, company_id, proposed_on) VALUES (?1, ?2, ?3, '2026-11-21');",
             id, person, firm, NULL);
      else
        run (s, "INSERT INTO placement (id, person_id, company_id, proposed_on, stage, kind, start_date)"
                " VALUES (?1, ?2, ?3, '2026-11-21', 'contract', 'contract', '2026-11-23');", id, person, firm, NULL);
      break;
    case 11:   /* a person sent by a new partner: the partner of the person's starts changes */
      {
        g_autofree char *partner = psl_new_id ();

        run (s, "INSERT INTO partner (id, name, kind) VALUES (?1, ?2, 'ccas');", partner, value, NULL);
        run (s, "INSERT INTO referral (id, partner_id, person_id, received_on) VALUES (?1, ?2, ?3, '2026-11-22');",
             id, partner, person, NULL);
      }
      break;
    case 10:
      run (s, "INSERT INTO followup (id, person_id, label, due_on) VALUES (?1, ?2, ?3, '2026-12-15');", id, person, value, NULL);
      break;
    case 12:   /* a contact deleted or undone, or moved to another month: the kept counts follow */
      {
        g_autofree char *contact = pick (s, "interaction");

        if (contact != NULL && g_test_rand_bit ())
          run (s, "UPDATE interaction SET deleted_at = CASE WHEN deleted_at IS NULL"
                  " THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END WHERE id = ?1;", contact, NULL);
        else if (contact != NULL)
          run (s, "UPDATE interaction SET occurred_at = '2026-10-02' WHERE id = ?1;", contact, NULL);
      }
      break;
    case 13:   /* a person leaves, or comes back */
      run (s, "UPDATE person SET exited_on = CASE WHEN exited_on IS NULL THEN '2026-05-04' END WHERE id = ?1;",
           person, NULL);
      break;
    default:
      {
        g_autofree char *followup = pick (s, "followup");

        if (followup != NULL)
          run (s, "UPDATE followup SET done_on = '2026-12-16', notes = ?2 WHERE id = ?1;", followup, value, NULL);
      }
      break;
    }
}

static int
interrupt_cb (void *data)
{
  int *left = data;

  return --(*left) <= 0;
}

static void
test_converge (Net          *n,
               gconstpointer data)
{
  guint serial = 0;
  guint interrupted = 0;

  for (int round = 0; round < 30; round++)
    {
      /* Each site works a while... */
      for (int i = 0; i < 3; i++)
        for (int k = g_test_rand_int_range (0, 12); k > 0; k--)
          random_operation (n->site[i], serial++);

      /* ...then some files travel, some not yet, some cut short... */
      for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
          if (i != j)
            carry (n->folder[i], n->folder[j], 0.6, TRUE);

      /* ...and sites exchange in a random order, now and then killed in the
       * middle of applying. */
      for (int k = 0; k < 3; k++)
        {
          int i = g_test_rand_int_range (0, 3);
          sqlite3 *db = psl_store_get_db (n->site[i]);
          int left = g_test_rand_int_range (50, 20000);
          g_autoptr(PslSyncReport) report = NULL;
          g_autoptr(GError) error = NULL;
          gboolean kill = g_getenv ("NOKILL") == NULL && g_test_rand_double () < 0.3;

          if (kill)
            sqlite3_progress_handler (db, 100, interrupt_cb, &left);
          report = psl_sync_run (n->site[i], n->folder[i], n->key, NULL, &error);
          if (kill)
            {
              sqlite3_progress_handler (db, 0, NULL, NULL);
              interrupted += report == NULL || report->refused->len > 0;
            }
          else
            g_assert_no_error (error);
        }
    }

  assert_converged (n);
  g_test_message ("%u operations, %u exchanges interrupted", serial, interrupted);
  /* The counts each site keeps from its writes followed the changes it
   * received too. */
  for (int i = 0; i < 3; i++)
    g_assert_cmpint (psl_summaries_differences (n->site[i], NULL), ==, 0);
  /* ...and never travel themselves: each site counts its own. */
  {
    g_autoptr(GPtrArray) tables = psl_sync_travelling_tables (psl_store_get_db (n->site[0]));
    const char *kept[] = { "interaction_month", "interaction_staff_month", "survey_due", "start_partner",
                           "opportunity_realised" };

    g_assert_true (g_ptr_array_find_with_equal_func (tables, "placement", g_str_equal, NULL));
    for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
      g_assert_false (g_ptr_array_find_with_equal_func (tables, kept[i], g_str_equal, NULL));
  }
  g_assert_cmpuint (serial, >, 200);
  /* The work happened: rows of every kind exist at every site. */
  for (int i = 0; i < 3; i++)
    {
      g_assert_cmpint (psl_test_count (n->site[i], "SELECT count(*) FROM interaction;"), >, 0);
      g_assert_cmpint (psl_test_count (n->site[i], "SELECT count(*) FROM placement;"), >, 0);
      g_assert_cmpint (psl_test_count (n->site[i], "SELECT count(*) FROM start_partner WHERE partner_id IS NOT NULL;"), >, 0);
      g_assert_cmpint (psl_test_count (n->site[i], "SELECT count(*) FROM followup;"), >, 0);
      g_assert_cmpint (psl_test_count (n->site[i], "SELECT count(*) FROM site WHERE joined_at IS NOT NULL;"), ==, 3);
    }
}

/* A file of a newer Passerelle waits, named, and applies nothing. */
static void
test_newer_file_waits (Net          *n,
                       gconstpointer data)
{
  const char *site = "a0000000-0000-4000-8000-0000000000ff";
  g_autofree char *path = g_build_filename (n->folder[0], "sites", site, "00000001.pslc", NULL);
  g_autofree char *head = g_strdup_printf ("{\"format\":1,\"schema\":999,\"site\":\"%s\",\"seq\":1,"
                                           "\"known\":{},\"tables\":{},\"changesets\":0}", site);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslSealWriter) w = psl_seal_writer_new (n->key, path, PSL_SEAL_CHANGES, site, 1, &error);
  g_autoptr(PslSyncReport) report = NULL;

  g_assert_no_error (error);
  g_assert_true (psl_seal_writer_add (w, head, strlen (head), &error));
  g_assert_true (psl_seal_writer_finish (w, &error));

  report = exchange (n, 0);
  g_assert_cmpuint (report->waiting->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report->waiting, 0), "Passerelle"));
  g_assert_cmpuint (report->refused->len, ==, 0);
  g_assert_cmpint (psl_test_count (n->site[0], "SELECT count(*) FROM sync_ledger"
                                               " WHERE site_id = 'a0000000-0000-4000-8000-0000000000ff';"), ==, 0);
  /* And the file is kept for when this site is updated. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* A file of an older Passerelle: its tables as they were then.  The trade
 * has no deletion mark yet (added at schema 5), and the firm carries a
 * column this version no longer has; both are translated by name. */
static void
test_older_file_applies (Net          *n,
                         gconstpointer data)
{
  const char *site = "a0000000-0000-4000-8000-0000000000fe";
  const char *firm = "c0000000-0000-4000-8000-0000000000f1";
  g_autofree char *path = g_build_filename (n->folder[0], "sites", site, "00000001.pslc", NULL);
  g_autofree char *head = NULL;
  g_autofree char *trade = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PslSealWriter) w = NULL;
  g_autoptr(PslSyncReport) report = NULL;
  sqlite3 *old = NULL;
  sqlite3_session *session = NULL;
  void *changeset = NULL;
  int size = 0;

  g_assert_cmpint (sqlite3_open (":memory:", &old), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (old,
                                 "CREATE TABLE company (id TEXT PRIMARY KEY, updated_at TEXT, site_id TEXT,"
                                 "  legal_name TEXT, postcode TEXT, fax TEXT);"
                                 "CREATE TABLE company_trade (id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,"
                                 "  site_id TEXT, company_id TEXT, rome_code TEXT, label TEXT, hiring INTEGER);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3session_create (old, "main", &session), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3session_attach (session, NULL), ==, SQLITE_OK);
  trade = g_strdup_printf ("INSERT INTO company VALUES ('%s', '2026-03-02T09:00:00.000Z', '%s',"
                           "  'Menuiserie Delmas', '46160', '05 65 40 00 00');"
                           "INSERT INTO company_trade VALUES ('e0000000-0000-4000-8000-0000000000f1',"
                           "  '2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z', '%s', '%s',"
                           "  'H2206', 'Menuisier', 1);", firm, site, site, firm);
  g_assert_cmpint (sqlite3_exec (old, trade, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3session_changeset (session, &size, &changeset), ==, SQLITE_OK);
  sqlite3session_delete (session);
  sqlite3_close (old);

  head = g_strdup_printf ("{\"format\":1,\"schema\":4,\"site\":\"%s\",\"seq\":1,\"known\":{},"
                          "\"tables\":{\"company\":[\"id\",\"updated_at\",\"site_id\",\"legal_name\",\"postcode\",\"fax\"],"
                          "\"company_trade\":[\"id\",\"created_at\",\"updated_at\",\"site_id\",\"company_id\","
                          "\"rome_code\",\"label\",\"hiring\"]},\"changesets\":1}", site);
  w = psl_seal_writer_new (n->key, path, PSL_SEAL_CHANGES, site, 1, &error);
  g_assert_no_error (error);
  g_assert_true (psl_seal_writer_add (w, head, strlen (head), &error));
  g_assert_true (psl_seal_writer_add (w, changeset, size, &error));
  g_assert_true (psl_seal_writer_finish (w, &error));
  g_assert_no_error (error);
  sqlite3_free (changeset);

  report = exchange (n, 0);
  g_assert_cmpuint (report->refused->len, ==, 0);
  g_assert_cmpuint (report->waiting->len, ==, 0);
  g_assert_cmpint (psl_test_count (n->site[0], "SELECT count(*) FROM company WHERE legal_name = 'Menuiserie Delmas'"
                                               " AND postcode = '46160' AND country = 'FR';"), ==, 1);
  g_assert_cmpint (psl_test_count (n->site[0], "SELECT count(*) FROM company_trade WHERE label = 'Menuisier'"
                                               " AND hiring = 1 AND deleted_at IS NULL;"), ==, 1);
  g_assert_cmpint (psl_test_count (n->site[0], "SELECT count(*) FROM sync_ledger"
                                               " WHERE site_id = 'a0000000-0000-4000-8000-0000000000fe';"), ==, 1);
}

/* An exchange writes nothing that would itself travel: otherwise each
 * exchange would call for another, forever. */
static void
test_exchange_records_nothing (Net          *n,
                               gconstpointer data)
{
  PslSyncCapture *capture = psl_sync_capture_get (n->site[1]);
  guint64 before;

  g_assert_nonnull (capture);
  /* Something to receive: a firm from Figeac. */
  exec_ok (n->site[0], "INSERT INTO company (id, legal_name, postcode) VALUES"
                       " ('c0000000-0000-4000-8000-0000000000b1', 'Tuilerie de Cajarc', '46160');");
  psl_sync_report_free (exchange (n, 0));
  carry_all (n);
  before = psl_sync_capture_get_recorded (capture);
  psl_sync_report_free (exchange (n, 1));
  psl_sync_report_free (exchange (n, 1));
  g_assert_cmpint (psl_test_count (n->site[1], "SELECT count(*) FROM company WHERE legal_name = 'Tuilerie de Cajarc';"), ==, 1);
  g_assert_cmpuint (psl_sync_capture_get_recorded (capture), ==, before);
}

static gpointer
join_and_let_go (gpointer data)
{
  const char *const *args = data;  /* the folder, the new base */
  GError *error = NULL;
  PslStore *joined = psl_sync_join (args[0], PASSPHRASE, "Latronquière", args[1], &error);

  /* Let go here, on the thread: why it failed, if it did, for the test. */
  if (joined != NULL)
    g_object_unref (joined);
  return error;
}

/* A structure whose latest snapshot was made by a newer Passerelle: the
 * joining site is told to update, and no base is left behind. */
static void
test_join_newer_snapshot (Net          *n,
                          gconstpointer data)
{
  const char *site = "a0000000-0000-4000-8000-0000000000fd";
  g_autofree char *dir = g_build_filename (n->folder[0], "sites", site, NULL);
  g_autofree char *path = g_build_filename (dir, "instantane-00000001.psls", NULL);
  g_autofree char *head = g_strdup_printf ("{\"format\":1,\"schema\":999,\"site\":\"%s\","
                                           "\"written_at\":\"2099-01-01T00:00:00.000Z\",\"known\":{}}", site);
  g_autofree char *database = g_build_filename (n->dir, "nouveau.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslSealWriter) w = NULL;
  PslStore *joined;

  g_mkdir_with_parents (dir, 0700);
  w = psl_seal_writer_new (n->key, path, PSL_SEAL_SNAPSHOT, site, 1, &error);
  g_assert_no_error (error);
  g_assert_true (psl_seal_writer_add (w, head, strlen (head), &error));
  g_assert_true (psl_seal_writer_add (w, "SQLite format 3", 16, &error));
  g_assert_true (psl_seal_writer_finish (w, &error));

  joined = psl_sync_join (n->folder[0], PASSPHRASE, "Latronquière", database, &error);
  g_assert_null (joined);
  g_assert_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_NEWER);
  g_assert_false (g_file_test (database, G_FILE_TEST_EXISTS));
  {
    g_autofree char *temp = g_strdup_printf ("%s.rejoindre.tmp", database);

    g_assert_false (g_file_test (temp, G_FILE_TEST_EXISTS));
  }
}

/* A site joins on a thread, as the window makes it do, while the main
 * loop's context is taken (the window's thread waits in its loop): once
 * the thread lets the new base go, its file is nobody's, although the
 * note of its writes still waits for the main loop. */
static void
test_join_on_a_thread (Net          *n,
                       gconstpointer data)
{
  g_autofree char *database = g_build_filename (n->dir, "nouveau.db", NULL);
  const char *args[] = { n->folder[0], database };
  g_autoptr(GError) joining = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;

  g_assert_true (g_main_context_acquire (NULL));
  joining = g_thread_join (g_thread_new ("join", join_and_let_go, args));
  g_assert_no_error (joining);
  store = psl_store_open (database, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM site WHERE name = 'Latronquière';"), ==, 1);
  g_main_context_release (NULL);
  /* The note, for a base let go, tells nobody. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The structure key of the confidential texts goes to a new site sealed in
 * the folder; without it there, joining says so and leaves nothing. */
static void
test_structure_key_travels (void)
{
  g_autofree char *dir = psl_test_tmpdir ("sync-key");
  g_autofree char *folder = g_build_filename (dir, "echange", NULL);
  g_autofree char *key_a = g_build_filename (dir, "a.key", NULL);
  g_autofree char *key_b = g_build_filename (dir, "b.key", NULL);
  g_autofree char *path_b = g_build_filename (dir, "b.db", NULL);
  g_autofree char *path_c = g_build_filename (dir, "c.db", NULL);
  g_autofree char *sealed = g_build_filename (folder, "cle-structure.scellee", NULL);
  g_autofree char *text_a = NULL, *text_b = NULL;
  g_autoptr(PslStore) a = psl_test_open (dir, "a.db");
  g_autoptr(PslStore) b = NULL;
  g_autoptr(PslSyncKey) key = NULL;
  g_autoptr(PslSyncReport) report = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *recovery = NULL;

  exec_ok (a, "INSERT INTO staff (id, first_name, last_name, role) VALUES"
              " ('e0000000-0000-4000-8000-000000000001', 'Salomé', 'Lalbertie', 'direction');"
              "INSERT INTO privacy_account (account, staff_id) VALUES ('salome', 'e0000000-0000-4000-8000-000000000001');"
              "INSERT INTO person (id, first_name, last_name, entered_on) VALUES"
              " ('d0000000-0000-4000-8000-000000000001', 'Léa', 'Martin', '2026-01-05');"
              "INSERT INTO person_sensitive (id, person_id, category, detail, recorded_on) VALUES"
              " ('f0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', 'health',"
              "  'Asthme sévère', '2026-01-05');");
  recovery = psl_privacy_set_up (a, key_a, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (psl_sync_init (a, folder, PASSPHRASE, &error));
  key = psl_sync_key_unlock (folder, PASSPHRASE, &error);
  g_assert_no_error (error);

  /* Left in the folder at once; taken away, as when the first site's
   * keyring was locked, the new site is told, and nothing is left. */
  g_assert_true (g_file_test (sealed, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_unlink (sealed), ==, 0);
  psl_privacy_set_key_file (key_b);
  g_assert_null (psl_sync_join (folder, PASSPHRASE, "Cajarc", path_c, &error));
  g_assert_false (g_file_test (sealed, G_FILE_TEST_EXISTS));
  g_assert_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "clé"));
  g_clear_error (&error);
  g_assert_false (g_file_test (path_c, G_FILE_TEST_EXISTS));

  /* The next exchange leaves it there, sealed: the text of the key is not in it. */
  report = psl_sync_run (a, folder, key, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (sealed, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (key_a, &text_a, NULL, NULL));
  {
    g_autofree char *contents = NULL;
    g_autofree char *group = g_strndup (text_a, 8);
    gsize len = 0;

    g_assert_true (g_file_get_contents (sealed, &contents, &len, NULL));
    g_assert_null (g_strstr_len (contents, len, group));
  }

  b = psl_sync_join (folder, PASSPHRASE, "Saint-Céré", path_b, &error);
  g_assert_no_error (error);
  g_assert_nonnull (b);
  g_assert_true (g_file_get_contents (key_b, &text_b, NULL, NULL));
  g_assert_cmpstr (text_b, ==, text_a);
  /* The logins of the first site's desktop stay there. */
  g_assert_cmpint (psl_test_count (b, "SELECT count(*) FROM privacy_account;"), ==, 0);
  exec_ok (b, "INSERT INTO privacy_account (account, staff_id) VALUES ('salome', 'e0000000-0000-4000-8000-000000000001');");
  psl_privacy_set_account (b, "salome");
  lines = psl_sensitive_lines (b, "d0000000-0000-4000-8000-000000000001", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_nonnull (strstr (((PslRecordLine *) g_ptr_array_index (lines, 0))->subtitle, "Asthme sévère"));

  psl_privacy_set_key_file (NULL);
  g_clear_object (&a);
  g_clear_object (&b);
  psl_test_rm_rf (dir);
}


/* Whether the file at path, or its write-ahead log, holds text byte for byte. */
static gboolean
base_holds (const char *path,
            const char *text)
{
  for (const char *const *tail = (const char *[]) { "", "-wal", NULL }; *tail != NULL; tail++)
    {
      g_autofree char *file = g_strconcat (path, *tail, NULL);
      g_autofree char *bytes = NULL;
      gsize len = 0;

      if (!g_file_get_contents (file, &bytes, &len, NULL))
        continue;
      for (gsize i = 0; i + strlen (text) <= len; i++)
        if (memcmp (bytes + i, text, strlen (text)) == 0)
          return TRUE;
    }
  return FALSE;
}

#define BEFORE_KEY_HEALTH "Diabète suivi à l’hôpital de Figeac"
#define BEFORE_KEY_DEBT   "Dette de loyer envers l’office HLM"
#define BEFORE_KEY_OTHER  "Curatelle renforcée depuis 2024"

/* Confidential texts written while the sites exchanged but before the
 * structure key existed: once the key is set up (or, at another site,
 * received), neither the tables nor the changes kept for the other sites
 * hold them in clear, and the sites still agree. */
static void
test_sealed_before_key (Net          *n,
                        gconstpointer data)
{
  g_autofree char *key = g_build_filename (n->dir, "structure.key", NULL);
  g_autofree char *key_b = g_build_filename (n->dir, "saint-cere.key", NULL);
  g_autofree char *path_a = g_build_filename (n->dir, "a.db", NULL);
  g_autofree char *path_b = g_build_filename (n->dir, "site-1.db", NULL);
  g_autofree char *recovery = NULL;
  g_autoptr(GError) error = NULL;
  guint8 bytes[PSL_PRIVACY_KEY_BYTES];

  exec_ok (n->site[0],
           "INSERT INTO person_sensitive (id, person_id, category, detail, recorded_on) VALUES"
           " ('f0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', 'health',"
           "  '" BEFORE_KEY_HEALTH "', '2026-01-05');");
  /* Sent to the other sites in a change file, and kept in the outbox. */
  assert_converged (n);
  exec_ok (n->site[0],
           "INSERT INTO barrier (id, person_id, code, identified_on, notes) VALUES"
           " ('b0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', 'logement',"
           "  '2026-01-06', '" BEFORE_KEY_DEBT "');");
  /* Saint-Céré writes its own before it has the key. */
  exec_ok (n->site[1],
           "INSERT INTO person_sensitive (id, person_id, category, detail, recorded_on) VALUES"
           " ('f0000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000001', 'justice',"
           "  '" BEFORE_KEY_OTHER "', '2026-01-07');");
  g_assert_cmpint (psl_test_count (n->site[0], "SELECT count(*) FROM sync_outbox;"), >=, 2);
  g_assert_true (base_holds (path_a, BEFORE_KEY_HEALTH));

  recovery = psl_privacy_set_up (n->site[0], key, FALSE, &error);
  g_assert_no_error (error);
  psl_privacy_set_key_file (key);
  g_clear_object (&n->site[0]);
  g_assert_false (base_holds (path_a, BEFORE_KEY_HEALTH));
  g_assert_false (base_holds (path_a, BEFORE_KEY_DEBT));
  {
    const char *argv[] = { "strings", "-n", "6", path_a, NULL };
    g_autofree char *out = NULL;

    if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                      &out, NULL, NULL, NULL))
      {
        g_assert_null (strstr (out, BEFORE_KEY_HEALTH));
        g_assert_null (strstr (out, BEFORE_KEY_DEBT));
      }
  }
  n->site[0] = psl_store_open (path_a, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  /* Every change kept still reads, and names its texts sealed. */
  g_assert_cmpint (psl_test_count (n->site[0], "SELECT count(*) FROM sync_outbox;"), >=, 3);

  /* Saint-Céré is given the key: what it wrote before is sealed too. */
  g_assert_true (psl_privacy_export_key (n->site[0], bytes, &error));
  g_assert_true (psl_privacy_import_key (n->site[1], bytes, key_b, &error));
  g_assert_no_error (error);
  g_clear_object (&n->site[1]);
  g_assert_false (base_holds (path_b, BEFORE_KEY_OTHER));
  g_assert_false (base_holds (path_b, BEFORE_KEY_HEALTH));
  n->site[1] = psl_store_open (path_b, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  /* The sites still agree, and each text reads whole where the key is. */
  assert_converged (n);
  g_assert_cmpint (psl_test_count (n->site[2], "SELECT count(*) FROM person_sensitive WHERE detail LIKE 'psl1:%';"),
                   ==, 2);
  {
    g_autofree char *open = psl_test_query_text (n->site[1],
      "SELECT psl_open(detail, 'person_sensitive.detail/' || id) FROM person_sensitive"
      " WHERE id = 'f0000000-0000-4000-8000-000000000002';");

    g_assert_cmpstr (open, ==, BEFORE_KEY_OTHER);
  }
  psl_privacy_set_key_file (NULL);
}

int
main (int    argc,
      char **argv)
{
  psl_test_init (&argc, &argv);

  g_test_add ("/sync/rule/same-field", Net, NULL, net_setup, test_same_field, net_teardown);
  g_test_add ("/sync/rule/conflict-named", Net, NULL, net_setup, test_conflict_named, net_teardown);
  g_test_add ("/sync/rule/deletion", Net, NULL, net_setup, test_deletion_wins, net_teardown);
  g_test_add ("/sync/rule/firm-created-twice", Net, NULL, net_setup, test_firm_created_twice, net_teardown);
  g_test_add ("/sync/newer-file-waits", Net, NULL, net_setup, test_newer_file_waits, net_teardown);
  g_test_add ("/sync/older-file-applies", Net, NULL, net_setup, test_older_file_applies, net_teardown);
  g_test_add ("/sync/exchange-records-nothing", Net, NULL, net_setup, test_exchange_records_nothing, net_teardown);
  g_test_add ("/sync/join-newer-snapshot", Net, NULL, net_setup, test_join_newer_snapshot, net_teardown);
  g_test_add ("/sync/join-on-a-thread", Net, NULL, net_setup, test_join_on_a_thread, net_teardown);
  g_test_add ("/sync/converge", Net, NULL, net_setup, test_converge, net_teardown);
  g_test_add_func ("/sync/structure-key-travels", test_structure_key_travels);
  g_test_add ("/sync/sealed-before-key", Net, NULL, net_setup, test_sealed_before_key, net_teardown);

  return g_test_run ();
}
