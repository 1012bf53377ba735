/* psl-company.c — a firm of the employer network */

#define G_LOG_DOMAIN "psl-company"

#include "config.h"

#include "psl-i18n.h"

#include "psl-company.h"
#include "psl-ident.h"
#include "psl-store-private.h"

static const char *statuses[] = { "active", "dormant", NULL };

/* Every column of a firm the user edits, and its rule. */
const PslField psl_company_fields[] = {
  { "legal_name",           PSL_FIELD_REQUIRED,   N_("Legal name") },
  { "trade_name",           PSL_FIELD_TEXT,       N_("Trade name") },
  { "identifier",           PSL_FIELD_IDENTIFIER, N_("SIRET or BCE number") },
  { "naf_code",             PSL_FIELD_TEXT,       N_("NAF/NACE code") },
  { "sector",               PSL_FIELD_REF,        N_("Sector"), "sector" },
  { "size_band",            PSL_FIELD_REF,        N_("Type of firm"), "company_size" },
  { "headcount",            PSL_FIELD_INTEGER,    N_("Headcount") },
  { "address",              PSL_FIELD_TEXT,       N_("Address") },
  { "postcode",             PSL_FIELD_TEXT,       N_("Postcode") },
  { "commune",              PSL_FIELD_TEXT,       N_("Commune") },
  { "website",              PSL_FIELD_TEXT,       N_("Website") },
  { "phone",                PSL_FIELD_PHONE,      N_("Phone") },
  { "email",                PSL_FIELD_EMAIL,      N_("E-mail") },
  { "seasonality",          PSL_FIELD_TEXT,       N_("Seasonality") },
  { "hiring_needs",         PSL_FIELD_TEXT,       N_("Hiring needs") },
  { "csr_commitments",      PSL_FIELD_TEXT,       N_("CSR commitments") },
  { "referent_id",          PSL_FIELD_ID,         N_("Referent") },
  { "first_contact_origin", PSL_FIELD_REF,        N_("First contact"), "first_contact_origin" },
  { "relationship_start",   PSL_FIELD_DATE,       N_("Relationship start") },
  { "status",               PSL_FIELD_CHOICE,     N_("Status"), NULL, statuses },
  { "dormant_reason",       PSL_FIELD_TEXT,       N_("Reason for being dormant") },
  { "partnership_level",    PSL_FIELD_REF,        N_("Partnership level"), "partnership_level" },
  { "notes",                PSL_FIELD_TEXT,       N_("Notes") },
  { NULL }
};

void
psl_company_free (PslCompany *c)
{
  if (c == NULL)
    return;
  g_free (c->id);
  g_free (c->legal_name);
  g_free (c->trade_name);
  g_free (c->identifier);
  g_free (c->identifier_kind);
  g_free (c->naf_code);
  g_free (c->sector);
  g_free (c->size_band);
  g_free (c->address);
  g_free (c->postcode);
  g_free (c->commune);
  g_free (c->website);
  g_free (c->phone);
  g_free (c->email);
  g_free (c->seasonality);
  g_free (c->hiring_needs);
  g_free (c->csr_commitments);
  g_free (c->referent_id);
  g_free (c->first_contact_origin);
  g_free (c->relationship_start);
  g_free (c->status);
  g_free (c->dormant_reason);
  g_free (c->partnership_level);
  g_free (c->notes);
  g_free (c->deleted_at);
  g_free (c);
}

#define COL(i) g_strdup ((const char *) sqlite3_column_text (stmt, (i)))

PslCompany *
psl_company_load (PslStore   *store,
                  const char *id,
                  GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT id, legal_name, trade_name, identifier, identifier_kind, naf_code, sector,"
    " size_band, coalesce(headcount, -1), address, postcode, commune, website, phone, email,"
    " seasonality, hiring_needs, csr_commitments, referent_id, first_contact_origin,"
    " relationship_start, status, dormant_reason, partnership_level, notes, deleted_at"
    " FROM company WHERE id = ?1;",
    error);
  PslCompany *c;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                   _("This firm is no longer in the database."));
      return NULL;
    }

  c = g_new0 (PslCompany, 1);
  c->id = COL (0);
  c->legal_name = COL (1);
  c->trade_name = COL (2);
  c->identifier = COL (3);
  c->identifier_kind = COL (4);
  c->naf_code = COL (5);
  c->sector = COL (6);
  c->size_band = COL (7);
  c->headcount = sqlite3_column_int64 (stmt, 8);
  c->address = COL (9);
  c->postcode = COL (10);
  c->commune = COL (11);
  c->website = COL (12);
  c->phone = COL (13);
  c->email = COL (14);
  c->seasonality = COL (15);
  c->hiring_needs = COL (16);
  c->csr_commitments = COL (17);
  c->referent_id = COL (18);
  c->first_contact_origin = COL (19);
  c->relationship_start = COL (20);
  c->status = COL (21);
  c->dormant_reason = COL (22);
  c->partnership_level = COL (23);
  c->notes = COL (24);
  c->deleted_at = COL (25);

  return c;
}

/* A firm already in the file: same identifier, or same name (ignoring
 * case and accents) in the same postcode.  Returns its id. */
char *
psl_company_find_duplicate (PslStore   *store,
                            const char *identifier,
                            const char *legal_name,
                            const char *postcode)
{
  return psl_company_find_other_duplicate (store, NULL, identifier, legal_name, postcode);
}

/* The same, leaving out the firm except_id itself (a firm already saved
 * whose identity changed). */
char *
psl_company_find_other_duplicate (PslStore   *store,
                                  const char *except_id,
                                  const char *identifier,
                                  const char *legal_name,
                                  const char *postcode)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *digits = identifier != NULL ? psl_ident_normalize (identifier) : NULL;
  g_autofree char *folded = NULL;

  if (digits != NULL && *digits != '\0')
    {
      stmt = psl_store_prepare (store,
                                "SELECT id FROM company WHERE identifier = ?1 AND deleted_at IS NULL"
                                " AND id IS NOT ?2;",
                                NULL);
      sqlite3_bind_text (stmt, 1, digits, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, except_id, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      g_clear_pointer (&stmt, sqlite3_finalize);
    }

  if (legal_name == NULL || postcode == NULL)
    return NULL;

  /* The index is on the name without case; accents are compared in C. */
  folded = g_utf8_casefold (legal_name, -1);
  stmt = psl_store_prepare (store,
                            "SELECT id, legal_name FROM company"
                            " WHERE postcode = ?1 AND deleted_at IS NULL AND id IS NOT ?2;",
                            NULL);
  sqlite3_bind_text (stmt, 1, postcode, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, except_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *other = g_utf8_casefold ((const char *) sqlite3_column_text (stmt, 1), -1);
      g_autofree char *a = g_str_to_ascii (g_strstrip (folded), NULL);
      g_autofree char *b = g_str_to_ascii (g_strstrip (other), NULL);

      if (g_strcmp0 (a, b) == 0)
        return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }

  return NULL;
}

const char *
psl_company_size_band_for_headcount (gint64 headcount)
{
  if (headcount < 0)
    return NULL;
  if (headcount < 10)
    return "tpe";
  if (headcount <= 200)
    return "pme";
  return "grande";
}

char *
psl_company_create (PslStore   *store,
                    const char *legal_name,
                    const char *identifier,
                    const char *postcode,
                    GError    **error)
{
  g_autofree char *name = psl_record_check (store, psl_record_find_field (psl_company_fields, "legal_name"),
                                            legal_name, error);
  g_autofree char *ident = NULL;
  g_autofree char *duplicate = NULL;
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GError *local_error = NULL;

  if (name == NULL)
    return NULL;

  ident = psl_record_check (store, psl_record_find_field (psl_company_fields, "identifier"),
                            identifier, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  duplicate = psl_company_find_duplicate (store, ident, name, postcode);
  if (duplicate != NULL)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CONFLICT,
                   _("This firm is already in the network (same identifier, or same name "
                     "and postcode)."));
      return NULL;
    }

  id = psl_new_id ();
  stmt = psl_store_prepare (store,
                            "INSERT INTO company (id, legal_name, identifier, identifier_kind, postcode,"
                            " relationship_start, created_by, updated_by)"
                            " VALUES (?1, ?2, ?3, CASE length(?3) WHEN 14 THEN 'siret' WHEN 10 THEN 'bce' END,"
                            " ?4, date('now', 'localtime'), psl_actor (), psl_actor ());",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, ident, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, postcode, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return NULL;

  return g_steal_pointer (&id);
}

gboolean
psl_company_set (PslStore   *store,
                 const char *id,
                 const char *column,
                 const char *value,
                 GError    **error)
{
  if (!psl_record_set (store, "company", psl_company_fields, id, column, value, error))
    return FALSE;

  /* The identifier's kind follows the identifier. */
  if (g_strcmp0 (column, "identifier") == 0)
    {
      g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
        "UPDATE company SET identifier_kind = CASE length(identifier) WHEN 14 THEN 'siret'"
        " WHEN 10 THEN 'bce' END WHERE id = ?1;", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      return psl_store_step_done (store, stmt, error);
    }

  return TRUE;
}

const PslField psl_trade_fields[] = {
  { "label",     PSL_FIELD_REQUIRED, N_("Trade") },
  { "rome_code", PSL_FIELD_TEXT,     N_("ROME code") },
  { "hiring",    PSL_FIELD_BOOLEAN,  N_("Hiring for it") },
  { NULL }
};

void
psl_trade_free (PslTrade *trade)
{
  if (trade == NULL)
    return;
  g_free (trade->id);
  g_free (trade->label);
  g_free (trade->rome_code);
  g_free (trade);
}

static gpointer
read_trade (sqlite3_stmt *stmt)
{
  PslTrade *trade = g_new0 (PslTrade, 1);

  trade->id = psl_column_dup (stmt, 0);
  trade->label = psl_column_dup (stmt, 1);
  trade->rome_code = psl_column_dup (stmt, 2);
  trade->hiring = sqlite3_column_int (stmt, 3);
  return trade;
}

/* A firm's trades, those it hires for first. */
GPtrArray *
psl_company_trades (PslStore   *store,
                    const char *company_id,
                    GError    **error)
{
  return psl_store_collect (store,
    "SELECT id, label, rome_code, hiring FROM company_trade WHERE company_id = ?1 AND deleted_at IS NULL"
    " ORDER BY hiring DESC, label COLLATE NOCASE;",
    company_id, read_trade, (GDestroyNotify) psl_trade_free, _("Reading the trades"), error);
}

/* A new trade from a whole form (a PslRecordCreateFunc). */
char *
psl_trade_create_from_form (PslStore           *store,
                            const char         *company_id,
                            const char * const *columns,
                            const char * const *values,
                            GError            **error)
{
  const PslField *field = psl_record_find_field (psl_trade_fields, "label");
  g_autofree char *label = psl_record_check (store, field, psl_record_value_of (columns, values, "label"), error);
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (label == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("Name the trade."));
      return NULL;
    }
  id = psl_new_id ();
  stmt = psl_store_prepare (store, "INSERT INTO company_trade (id, company_id, label) VALUES (?1, ?2, ?3);", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, label, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error) ? g_steal_pointer (&id) : NULL;
}
