/* psl-contact.c — people at firms and partners (interlocuteurs) */

#define G_LOG_DOMAIN "psl-contact"

#include "config.h"

#include "psl-i18n.h"

#include "psl-contact.h"
#include "psl-ref.h"
#include "psl-store-private.h"

static const char *channels[] = { "phone", "mobile", "email", "mail", "visit", NULL };

const PslField psl_contact_fields[] = {
  { "civility",          PSL_FIELD_TEXT,     N_("Civility") },
  { "first_name",        PSL_FIELD_TEXT,     N_("First name") },
  { "last_name",         PSL_FIELD_REQUIRED, N_("Last name") },
  { "role",              PSL_FIELD_REF,      N_("Role"), "contact_role" },
  { "job_title",         PSL_FIELD_TEXT,     N_("Job title") },
  { "phone",             PSL_FIELD_PHONE,    N_("Phone") },
  { "mobile",            PSL_FIELD_PHONE,    N_("Mobile") },
  { "email",             PSL_FIELD_EMAIL,    N_("E-mail") },
  { "preferred_channel", PSL_FIELD_CHOICE,   N_("Preferred channel"), NULL, channels },
  { "is_tutor",          PSL_FIELD_BOOLEAN,  N_("Tutor") },
  { "active",            PSL_FIELD_BOOLEAN,  N_("Still at the firm") },
  { "notes",             PSL_FIELD_TEXT,     N_("Notes") },
  { NULL }
};

/* The text columns of a contact, so that a form can read any of them by
 * the name it saves it under. */
static const struct { const char *column; gsize offset; } text_columns[] = {
  { "civility",          G_STRUCT_OFFSET (PslContact, civility) },
  { "first_name",        G_STRUCT_OFFSET (PslContact, first_name) },
  { "last_name",         G_STRUCT_OFFSET (PslContact, last_name) },
  { "role",              G_STRUCT_OFFSET (PslContact, role) },
  { "job_title",         G_STRUCT_OFFSET (PslContact, job_title) },
  { "phone",             G_STRUCT_OFFSET (PslContact, phone) },
  { "mobile",            G_STRUCT_OFFSET (PslContact, mobile) },
  { "email",             G_STRUCT_OFFSET (PslContact, email) },
  { "preferred_channel", G_STRUCT_OFFSET (PslContact, preferred_channel) },
  { "notes",             G_STRUCT_OFFSET (PslContact, notes) },
};

#define CONTACT_SELECT \
  "SELECT c.id, c.company_id, c.partner_id, c.civility, c.first_name, c.last_name, c.role, r.label," \
  " c.job_title, c.phone, c.mobile, c.email, c.preferred_channel, c.is_tutor, c.active, c.notes" \
  " FROM contact c LEFT JOIN ref_item r ON r.list_code = 'contact_role' AND r.code = c.role" \
  " WHERE c.deleted_at IS NULL"

void
psl_contact_free (PslContact *c)
{
  if (c == NULL)
    return;
  g_free (c->id);
  g_free (c->company_id);
  g_free (c->partner_id);
  g_free (c->civility);
  g_free (c->first_name);
  g_free (c->last_name);
  g_free (c->role);
  g_free (c->role_label);
  g_free (c->job_title);
  g_free (c->phone);
  g_free (c->mobile);
  g_free (c->email);
  g_free (c->preferred_channel);
  g_free (c->notes);
  g_free (c);
}

/* "Zoé Lafon", or "Lafon" when the first name is not known. */
char *
psl_contact_get_name (const PslContact *c)
{
  if (c->first_name == NULL)
    return g_strdup (c->last_name);
  return g_strdup_printf ("%s %s", c->first_name, c->last_name);
}

/* The value saved under column, as psl_contact_set() takes it. */
char *
psl_contact_get_value (const PslContact *c,
                       const char       *column)
{
  if (g_strcmp0 (column, "is_tutor") == 0)
    return g_strdup (c->is_tutor ? "1" : "0");
  if (g_strcmp0 (column, "active") == 0)
    return g_strdup (c->active ? "1" : "0");
  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    if (g_strcmp0 (text_columns[i].column, column) == 0)
      return g_strdup (G_STRUCT_MEMBER (char *, c, text_columns[i].offset));
  g_return_val_if_reached (NULL);
}

#define COL(i) g_strdup ((const char *) sqlite3_column_text (stmt, (i)))

static PslContact *
read_contact (sqlite3_stmt *stmt)
{
  PslContact *c = g_new0 (PslContact, 1);

  c->id = COL (0);
  c->company_id = COL (1);
  c->partner_id = COL (2);
  c->civility = COL (3);
  c->first_name = COL (4);
  c->last_name = COL (5);
  c->role = COL (6);
  /* The list names the role for both ("Tuteur, tutrice"): a person is
   * one or the other, as the civility says. */
  c->role_label = g_strcmp0 (c->role, "tuteur") == 0 && g_strcmp0 (c->civility, "Mme") == 0
                  ? g_strdup (C_("a woman", "Tutor"))
                  : g_strcmp0 (c->role, "tuteur") == 0 && g_strcmp0 (c->civility, "M.") == 0
                  ? g_strdup (C_("a man", "Tutor"))
                  : COL (7);
  c->job_title = COL (8);
  c->phone = COL (9);
  c->mobile = COL (10);
  c->email = COL (11);
  c->preferred_channel = COL (12);
  c->is_tutor = sqlite3_column_int (stmt, 13) != 0;
  c->active = sqlite3_column_int (stmt, 14) != 0;
  c->notes = COL (15);
  return c;
}

PslContact *
psl_contact_load (PslStore   *store,
                  const char *id,
                  GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, CONTACT_SELECT " AND c.id = ?1;", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                   _("This contact is no longer in the database."));
      return NULL;
    }
  return read_contact (stmt);
}

/* "Écalle" among the E's whatever the locale: accents and case are left
 * out of the comparison, as a French reader expects. */
static char *
sort_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name != NULL ? name : "", -1);

  return g_str_to_ascii (folded, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const PslContact *x = *(PslContact * const *) a;
  const PslContact *y = *(PslContact * const *) b;
  g_autofree char *x_last = sort_key (x->last_name), *y_last = sort_key (y->last_name);
  g_autofree char *x_first = sort_key (x->first_name), *y_first = sort_key (y->first_name);
  int order = g_strcmp0 (x_last, y_last);

  return order != 0 ? order : g_strcmp0 (x_first, y_first);
}

/* The firm's contacts that are not deleted, by last name. */
GPtrArray *
psl_contact_list_for_company (PslStore   *store,
                              const char *company_id,
                              GError    **error)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_contact_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, CONTACT_SELECT " AND c.company_id = ?1;", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (contacts, read_contact (stmt));
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the contacts"));
      return NULL;
    }

  g_ptr_array_sort (contacts, compare_names);
  return g_steal_pointer (&contacts);
}

char *
psl_contact_create (PslStore   *store,
                    const char *company_id,
                    const char *first_name,
                    const char *last_name,
                    GError    **error)
{
  const char *columns[] = { "last_name" };
  const char *values[] = { last_name };
  char *checked[1] = { NULL };
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok = psl_record_check_all (store, psl_contact_fields, columns, values, checked, 1, error);

  if (ok)
    {
      id = psl_new_id ();
      stmt = psl_store_prepare (store, "INSERT INTO contact (id, company_id, first_name, last_name)"
                                       " VALUES (?1, ?2, nullif(trim(?3), ''), ?4);", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, company_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, first_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, checked[0], -1, SQLITE_STATIC);
      ok = psl_store_step_done (store, stmt, error);
    }

  g_free (checked[0]);
  return ok ? g_steal_pointer (&id) : NULL;
}

gboolean
psl_contact_set (PslStore   *store,
                 const char *id,
                 const char *column,
                 const char *value,
                 GError    **error)
{
  return psl_record_set (store, "contact", psl_contact_fields, id, column, value, error);
}

/* A new contact from the values of a form (a PslRecordCreateFunc). */
char *
psl_contact_create_from_form (PslStore           *store,
                              const char         *company_id,
                              const char * const *columns,
                              const char * const *values,
                              GError            **error)
{
  return psl_contact_create (store, company_id, psl_record_value_of (columns, values, "first_name"),
                             psl_record_value_of (columns, values, "last_name"), error);
}

/* Saves a whole form on a contact of the firm — a new one when id is NULL
 * — in one transaction: a refused value leaves nothing half-saved.
 * columns is NULL-terminated; values has one entry per column.  Returns
 * the contact's id, or NULL with refused_column naming the culprit. */
char *
psl_contact_save (PslStore           *store,
                  const char         *company_id,
                  const char         *id,
                  const char * const *columns,
                  const char * const *values,
                  const char        **refused_column,
                  GError            **error)
{
  return psl_record_save (store, "contact", psl_contact_fields, psl_contact_create_from_form, company_id, id,
                          columns, values, refused_column, error);
}

static gpointer
read_choice (sqlite3_stmt *stmt)
{
  PslRefItem *item = g_new0 (PslRefItem, 1);

  item->code = psl_column_dup (stmt, 0);
  item->label = psl_column_dup (stmt, 1);
  return item;
}

/* The contacts at a firm or a partner (owner_id is either), as choices
 * for a form: the contact's id and "name · job". */
GPtrArray *
psl_contact_choices (PslStore   *store,
                     const char *owner_id)
{
  return psl_store_collect (store,
    "SELECT id, trim(coalesce(first_name || ' ', '') || last_name) || coalesce(' · ' || job_title, '')"
    "  FROM contact WHERE (company_id = ?1 OR partner_id = ?1) AND deleted_at IS NULL"
    " ORDER BY active DESC, last_name COLLATE NOCASE, first_name COLLATE NOCASE;",
    owner_id, read_choice, (GDestroyNotify) psl_ref_item_free, _("Reading the contacts"), NULL);
}
