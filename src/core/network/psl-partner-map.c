/* psl-partner-map.c — the structure's network for a period
 *
 * A firm or a partner structure is on the map when something happened with
 * it in the period: a contact, an opportunity realised, somebody starting
 * there, a person sent by the partner, a partnership running.  What a
 * year of a large structure would otherwise ask of millions of rows — the
 * contacts by firm, month and counsellor, each start with the partner who
 * last sent the person, the opportunities realised — is kept by the
 * writes (psl-summaries.c); the rest is read once and counted here in C,
 * where a GROUP BY per figure would read the rows again for each one.
 */

#define G_LOG_DOMAIN "psl-partner-map"

#include "config.h"

#include "psl-i18n.h"
#include <math.h>

#include "psl-fold.h"
#include "psl-format.h"
#include "psl-partner-map.h"
#include "psl-ref.h"
#include "psl-store-private.h"

/* The antenna a counsellor or a person belongs to; NULL when the map is
 * for the whole structure. */
#define STAFF_IN_ANTENNA(col) \
  "(:antenna IS NULL OR (SELECT antenna_id FROM staff WHERE id = " col ") = :antenna)"
#define PERSON_IN_ANTENNA(col) \
  "(:antenna IS NULL OR (SELECT antenna_id FROM person WHERE id = " col ") = :antenna)"

/* The firms that may be on the map, by their ids alone (no name yet):
 * most of them are not kept (a map of 2,000 nodes on a file of 20,000
 * firms), and only those kept are read whole, by COMPANY_SQL. */
#define COMPANIES_SQL \
  "SELECT id, NULL FROM company WHERE deleted_at IS NULL" \
  "   AND (:referent IS NULL OR referent_id = :referent)" \
  "   AND (:level IS NULL OR partnership_level = :level)" \
  "   AND (:sector IS NULL OR sector = :sector);"

#define COMPANY_SQL \
  "SELECT coalesce(nullif(trim(trade_name), ''), legal_name), sector, partnership_level FROM company WHERE id = ?1;"

#define PARTNERS_SQL \
  "SELECT p.id, p.name, coalesce((SELECT label FROM ref_item WHERE list_code = 'partner_kind' AND code = p.kind), p.kind)" \
  "  FROM partner p WHERE p.deleted_at IS NULL;"

/* Contacts with firms come from the report's covering index; those with a
 * partner (few) from the partner's own index, named because the planner
 * otherwise walks the whole period's contacts to find them. */
#define INTERACTIONS_SQL \
  "SELECT company_id FROM interaction" \
  " WHERE deleted_at IS NULL AND occurred_at >= :from AND occurred_at < date(:to, '+1 day')" \
  "   AND " STAFF_IN_ANTENNA ("interaction.staff_id") ";"

/* The same by whole months, from the counts the writes keep: the whole
 * structure's, or those of an antenna's counsellors. */
#define INTERACTION_MONTHS_SQL \
  "SELECT company_id, n FROM interaction_month WHERE month BETWEEN :from AND :to ORDER BY month, company_id;"
#define ANTENNA_INTERACTION_MONTHS_SQL \
  "SELECT company_id, n FROM interaction_staff_month" \
  " WHERE month BETWEEN :from AND :to AND staff_id IN (SELECT id FROM staff WHERE antenna_id = :antenna);"

#define PARTNER_INTERACTIONS_SQL \
  "SELECT company_id, partner_id FROM interaction INDEXED BY interaction_partner_period" \
  " WHERE partner_id IS NOT NULL AND deleted_at IS NULL" \
  "   AND occurred_at >= :from AND occurred_at < date(:to, '+1 day')" \
  "   AND " STAFF_IN_ANTENNA ("interaction.staff_id") ";"

/* The opportunities realised and who started where, with the partner who
 * last sent the person (a person referred twice counts once per start:
 * the partner then worked with that firm through us), as the writes keep
 * them (data/migrations/0027-map-links.sql): asking the placements and the
 * referrals for each row was most of a year's read. */
#define REALISED_SQL \
  "SELECT company_id FROM opportunity_realised" \
  " WHERE proposed_on BETWEEN :from AND :to AND " STAFF_IN_ANTENNA ("opportunity_realised.staff_id") ";"

#define PLACEMENTS_SQL \
  "SELECT company_id, partner_id FROM start_partner" \
  " WHERE start_date BETWEEN :from AND :to AND " PERSON_IN_ANTENNA ("start_partner.person_id") ";"

#define REFERRALS_SQL \
  "SELECT partner_id FROM referral WHERE received_on BETWEEN :from AND :to" \
  "   AND (person_id IS NULL OR " PERSON_IN_ANTENNA ("referral.person_id") ");"

#define PARTNERSHIPS_SQL \
  "SELECT company_id, partner_id FROM partnership" \
  " WHERE deleted_at IS NULL AND start_date <= :to AND (end_date IS NULL OR end_date >= :from)" \
  "   AND (:antenna IS NULL OR our_staff_id IS NULL OR " STAFF_IN_ANTENNA ("partnership.our_staff_id") ");"

/* Firms and partners met at the same event. */
#define EVENTS_SQL \
  "SELECT a.company_id, b.partner_id FROM event e" \
  "  JOIN event_participant a ON a.event_id = e.id AND a.company_id IS NOT NULL" \
  "  JOIN event_participant b ON b.event_id = e.id AND b.partner_id IS NOT NULL" \
  " WHERE e.deleted_at IS NULL AND e.held_on BETWEEN :from AND :to;"

/* The partner's ring when the rings are partnership levels: partner
 * structures have no level of their own, so a running partnership
 * agreement puts them with the firms whose partnership is formalised. */
#define PARTNER_FORMAL_LEVEL "fidelisee"
#define PARTNER_SECTOR       "partner"

typedef struct
{
  PslMapNode     *a;
  PslMapNode     *b;
  PslMapLinkKind  kind;
  double          weight;
} PendingLink;

/* The candidates: the partner structures (a few dozen) by their ids, the
 * firms (tens of thousands) in one block in the order of their ids, with
 * their ids side by side in another, each row of the period finding its
 * firm among them by the first eight bytes of its id.  A hash table of
 * strings reaches into four places in memory for each of hundreds of
 * thousands of rows, and more of them miss the processor's caches the
 * larger the file; here the month summaries, sorted by firm, read the
 * firms in the order they lie, and a search reads a table of numbers
 * that stays in the cache. */
typedef struct
{
  GHashTable    *partners;    /* id → PslMapNode */
  PslMapNode    *firms;       /* by their ids in SQLite's order */
  guint          n_firms;
  char          *firm_ids;    /* the text of their ids, back to back */
  guint64       *heads;       /* each firm's head (head_of ()), in that order */
  GHashTable    *links;       /* the PendingLinks, each its own key */
  GHashTable    *index_of;    /* PslMapNode → its index + 1, once kept */
  /* Where the rows of a month, sorted by firm, have come to among the
   * firms: see on_month_in_order (). */
  guint          at;          /* the firms before it are before the last row's */
  guint64        last_head;   /* the last row's */
} Builder;

static void
builder_clear (Builder *b)
{
  g_clear_pointer (&b->firms, g_free);
  g_clear_pointer (&b->firm_ids, g_free);
  g_clear_pointer (&b->heads, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Builder, builder_clear)

static void
map_node_free (PslMapNode *node)
{
  g_free (node->id);
  g_free (node->name);
  g_free (node->detail);
  g_free (node);
}

static void
map_sector_free (PslMapSector *sector)
{
  g_free (sector->code);
  g_free (sector->label);
  g_free (sector);
}

PslMapFilter *
psl_map_filter_copy (const PslMapFilter *filter)
{
  PslMapFilter *copy = g_new0 (PslMapFilter, 1);

  *copy = *filter;
  copy->from = g_strdup (filter->from);
  copy->to = g_strdup (filter->to);
  copy->antenna_id = g_strdup (filter->antenna_id);
  copy->sector = g_strdup (filter->sector);
  copy->referent_id = g_strdup (filter->referent_id);
  copy->level = g_strdup (filter->level);
  return copy;
}

void
psl_map_filter_clear (PslMapFilter *filter)
{
  g_clear_pointer (&filter->from, g_free);
  g_clear_pointer (&filter->to, g_free);
  g_clear_pointer (&filter->antenna_id, g_free);
  g_clear_pointer (&filter->sector, g_free);
  g_clear_pointer (&filter->referent_id, g_free);
  g_clear_pointer (&filter->level, g_free);
}

PslPartnerMap *
psl_partner_map_ref (PslPartnerMap *map)
{
  g_atomic_int_inc (&map->ref_count);
  return map;
}

/* Maps are shared by the views, the list and the printed document, and
 * are read only once made. */
void
psl_partner_map_unref (PslPartnerMap *map)
{
  if (map == NULL || !g_atomic_int_dec_and_test (&map->ref_count))
    return;
  psl_map_filter_clear (&map->filter);
  g_free (map->structure_name);
  g_ptr_array_unref (map->nodes);
  g_array_unref (map->links);
  g_ptr_array_unref (map->rings);
  g_ptr_array_unref (map->sectors);
  g_free (map);
}

const char *
psl_map_link_kind_label (PslMapLinkKind kind)
{
  static const char *labels[PSL_MAP_N_LINK_KINDS] = {
    N_("People placed"), N_("Partnership"), N_("People referred"),
    N_("Exchanges"), N_("Firms in common"), N_("Met at an event"),
  };

  g_return_val_if_fail (kind < PSL_MAP_N_LINK_KINDS, NULL);
  return _(labels[kind]);
}

const char *
psl_map_node_kind_label (PslMapNodeKind kind)
{
  switch (kind)
    {
    case PSL_MAP_NODE_STRUCTURE: return _("Our structure");
    case PSL_MAP_NODE_COMPANY:   return _("Firm");
    case PSL_MAP_NODE_PARTNER:   return _("Partner structure");
    default:                     g_return_val_if_reached (NULL);
    }
}

static sqlite3_stmt *
prepare (PslStore           *store,
         const char         *sql,
         const PslMapFilter *filter,
         GError            **error)
{
  sqlite3_stmt *stmt = psl_store_prepare (store, sql, error);

  if (stmt == NULL)
    return NULL;
  psl_bind_named (stmt, ":from", filter->from);
  psl_bind_named (stmt, ":to", filter->to);
  psl_bind_named (stmt, ":antenna", filter->antenna_id);
  psl_bind_named (stmt, ":referent", filter->referent_id);
  psl_bind_named (stmt, ":level", filter->level);
  psl_bind_named (stmt, ":sector", filter->sector);
  return stmt;
}

/* The first eight bytes of an id as a number, a shorter id's padded with
 * zeros: ordered as the ids are by SQLite's BINARY collation. */
static inline guint64
head_of (const char *id)
{
  guint64 head = 0;

  for (guint i = 0; i < 8 && id[i] != '\0'; i++)
    head |= (guint64) (guchar) id[i] << (56 - 8 * i);
  return head;
}

/* The firm of id among those from the i-th on, whose heads are head or
 * more: ids of the same head are told apart by their text. */
static PslMapNode *
firm_from (Builder    *b,
           guint       i,
           guint64     head,
           const char *id)
{
  for (; i < b->n_firms && b->heads[i] == head; i++)
    if (strcmp (b->firms[i].id, id) == 0)
      return &b->firms[i];
  return NULL;
}

static PslMapNode *
lookup_firm (Builder      *b,
             sqlite3_stmt *stmt,
             int           column)
{
  const char *id = (const char *) sqlite3_column_text (stmt, column);
  guint64 head;
  guint lo = 0, hi = b->n_firms;

  if (id == NULL)
    return NULL;
  head = head_of (id);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (b->heads[mid] < head)
        lo = mid + 1;
      else
        hi = mid;
    }
  return firm_from (b, lo, head, id);
}

static PslMapNode *
lookup_partner (Builder      *b,
                sqlite3_stmt *stmt,
                int           column)
{
  const char *id = (const char *) sqlite3_column_text (stmt, column);

  return id != NULL ? g_hash_table_lookup (b->partners, id) : NULL;
}

/* Pending links are their own keys: two nodes and a kind, the first
 * node the one with the smaller id.  Hundreds of thousands of rows add to
 * them, so the key is made of the node pointers rather than of their ids. */
static guint
pending_link_hash (gconstpointer key)
{
  const PendingLink *link = key;

  return (g_direct_hash (link->a) * 31 + g_direct_hash (link->b)) * 7 + link->kind;
}

static gboolean
pending_link_equal (gconstpointer x,
                    gconstpointer y)
{
  const PendingLink *a = x;
  const PendingLink *b = y;

  return a->a == b->a && a->b == b->b && a->kind == b->kind;
}

static GHashTable *
pending_links_new (void)
{
  return g_hash_table_new_full (pending_link_hash, pending_link_equal, g_free, NULL);
}

/* Links are kept by pair and kind, their weight summed. */
static void
add_pending (GHashTable     *links,
             PslMapNode     *a,
             PslMapNode     *c,
             PslMapLinkKind  kind,
             double          weight)
{
  PendingLink key = { a, c, kind, 0 };
  PendingLink *link;

  if (a == NULL || c == NULL || a == c)
    return;
  if (g_strcmp0 (a->id, c->id) > 0)
    {
      key.a = c;
      key.b = a;
    }
  link = g_hash_table_lookup (links, &key);
  if (link == NULL)
    {
      link = g_memdup2 (&key, sizeof key);
      g_hash_table_add (links, link);
    }
  link->weight += weight;
}

static gboolean
read_rows (PslStore           *store,
           const char         *sql,
           const PslMapFilter *filter,
           void              (*row) (Builder *, sqlite3_stmt *),
           Builder            *b,
           GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (store, sql, filter, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    row (b, stmt);
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the partnership map"));
      return FALSE;
    }
  return TRUE;
}

static PslMapNode *
node_new (PslMapNodeKind  kind,
          sqlite3_stmt   *stmt)
{
  PslMapNode *node = g_new0 (PslMapNode, 1);

  node->kind = kind;
  node->id = psl_column_dup (stmt, 0);
  node->name = psl_column_dup (stmt, 1);
  node->community = -1;
  return node;
}

/* The firm's sector and level codes, kept aside until the rings and the
 * sectors are known. */
typedef struct
{
  GHashTable *sector_of;   /* node → sector code */
  GHashTable *level_of;    /* node → level code */
} Candidates;

static void
on_interaction_row (Builder      *b,
                    sqlite3_stmt *stmt)
{
  PslMapNode *company = lookup_firm (b, stmt, 0);

  if (company != NULL)
    company->interactions++;
}

static void
on_interaction_month_row (Builder      *b,
                          sqlite3_stmt *stmt)
{
  PslMapNode *company = lookup_firm (b, stmt, 0);

  if (company != NULL)
    company->interactions += sqlite3_column_int (stmt, 1);
}

/* A row of the whole structure's month summaries, which come by month,
 * then by firm id: each month's firms are found by walking the heads in
 * the same order, from where the row before was found, rather than
 * searched for.  The walk reads the heads in order, once a month. */
static void
on_month_in_order (Builder      *b,
                   sqlite3_stmt *stmt)
{
  const char *id = (const char *) sqlite3_column_text (stmt, 0);
  PslMapNode *company;
  guint64 head;

  if (id == NULL)
    return;
  head = head_of (id);
  /* A new month starts again from the first firm. */
  if (head < b->last_head)
    b->at = 0;
  b->last_head = head;
  while (b->at < b->n_firms && b->heads[b->at] < head)
    b->at++;
  if ((company = firm_from (b, b->at, head, id)) != NULL)
    company->interactions += sqlite3_column_int (stmt, 1);
}

/* One statement of the map over the days from to until (YYYY-MM-DD) or,
 * with month_only, over their months (YYYY-MM). */
static gboolean
read_span (PslStore           *store,
           const char         *sql,
           const PslMapFilter *filter,
           void              (*row) (Builder *, sqlite3_stmt *),
           const GDate        *from,
           const GDate        *until,
           gboolean            month_only,
           Builder            *b,
           GError            **error)
{
  g_autofree char *first = psl_date_to_iso (from);
  g_autofree char *last = psl_date_to_iso (until);
  PslMapFilter part = *filter;

  if (month_only)
    {
      first[7] = '\0';
      last[7] = '\0';
    }
  part.from = first;
  part.to = last;
  return read_rows (store, sql, &part, row, b, error);
}

/* The contacts with firms in the period: the whole months inside it from
 * the kept counts, the days before and after them from the contacts
 * themselves. */
static gboolean
read_interactions (PslStore           *store,
                   const PslMapFilter *filter,
                   Builder            *b,
                   GError            **error)
{
  g_autoptr(GDate) from = psl_date_parse (filter->from);
  g_autoptr(GDate) to = psl_date_parse (filter->to);
  g_autoptr(GDate) first = NULL;    /* the first day of the first whole month */
  g_autoptr(GDate) last = NULL;     /* the last day of the last whole month */
  g_autoptr(GDate) before = NULL;
  g_autoptr(GDate) after = NULL;

  if (from == NULL || to == NULL)
    return read_rows (store, INTERACTIONS_SQL, filter, on_interaction_row, b, error);

  first = g_date_copy (from);
  if (g_date_get_day (first) != 1)
    {
      g_date_set_day (first, 1);
      g_date_add_months (first, 1);
    }
  last = g_date_copy (to);
  if (!g_date_is_last_of_month (last))
    {
      g_date_set_day (last, 1);
      g_date_subtract_days (last, 1);
    }
  if (g_date_compare (first, last) > 0)
    return read_rows (store, INTERACTIONS_SQL, filter, on_interaction_row, b, error);

  before = g_date_copy (first);
  g_date_subtract_days (before, 1);
  after = g_date_copy (last);
  g_date_add_days (after, 1);
  return (g_date_compare (from, first) == 0
          || read_span (store, INTERACTIONS_SQL, filter, on_interaction_row, from, before, FALSE, b, error))
         && (g_date_compare (last, to) == 0
             || read_span (store, INTERACTIONS_SQL, filter, on_interaction_row, after, to, FALSE, b, error))
         && (filter->antenna_id != NULL
               ? read_span (store, ANTENNA_INTERACTION_MONTHS_SQL, filter, on_interaction_month_row, first, last,
                            TRUE, b, error)
               : read_span (store, INTERACTION_MONTHS_SQL, filter, on_month_in_order, first, last, TRUE, b, error));
}

static void
on_partner_interaction_row (Builder      *b,
                            sqlite3_stmt *stmt)
{
  PslMapNode *partner = lookup_partner (b, stmt, 1);

  if (partner != NULL)
    partner->interactions++;
  /* One interaction about a firm with a partner: they work together. */
  add_pending (b->links, lookup_firm (b, stmt, 0), partner, PSL_MAP_LINK_CONTACT, 1);
}

static void
on_realised_row (Builder      *b,
                 sqlite3_stmt *stmt)
{
  PslMapNode *company = lookup_firm (b, stmt, 0);

  if (company != NULL)
    company->realised++;
}

static void
on_placement_row (Builder      *b,
                  sqlite3_stmt *stmt)
{
  PslMapNode *company = lookup_firm (b, stmt, 0);
  PslMapNode *partner = lookup_partner (b, stmt, 1);

  if (company != NULL)
    company->placements++;
  if (partner != NULL)
    partner->realised++;
  add_pending (b->links, company, partner, PSL_MAP_LINK_PLACEMENT, 1);
}

static void
on_referral_row (Builder      *b,
                 sqlite3_stmt *stmt)
{
  PslMapNode *partner = lookup_partner (b, stmt, 0);

  if (partner != NULL)
    partner->referrals++;
}

static void
on_partnership_row (Builder      *b,
                    sqlite3_stmt *stmt)
{
  PslMapNode *node = lookup_firm (b, stmt, 0);

  if (node == NULL)
    node = lookup_partner (b, stmt, 1);
  if (node != NULL)
    node->partnership = TRUE;
}

static void
on_event_row (Builder      *b,
              sqlite3_stmt *stmt)
{
  add_pending (b->links, lookup_firm (b, stmt, 0), lookup_partner (b, stmt, 1), PSL_MAP_LINK_EVENT, 1);
}

static gboolean
node_is_active (const PslMapNode *node)
{
  return node->interactions > 0 || node->realised > 0 || node->placements > 0
         || node->referrals > 0 || node->partnership;
}

/* What keeps a node on a crowded map: people placed first, then the
 * partnership, then plain contacts. */
static double
node_score (const PslMapNode *node)
{
  return 10.0 * (node->realised + node->placements + node->referrals)
         + 5.0 * node->partnership + node->interactions;
}

static void
add_if_active (GPtrArray  *active,
               PslMapNode *node)
{
  if (!node_is_active (node))
    return;
  node->score = node_score (node);
  g_ptr_array_add (active, node);
}

int
psl_map_node_compare_score (gconstpointer a,
                            gconstpointer b)
{
  const PslMapNode *x = *(PslMapNode **) a;
  const PslMapNode *y = *(PslMapNode **) b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return g_strcmp0 (x->id, y->id);
}

/* Contacts a month over the period: at least monthly, at least every
 * quarter, at least once, none. */
static guint
frequency_ring (const PslMapNode *node,
                double            months)
{
  double per_month = node->interactions / MAX (months, 1.0);

  if (per_month >= 1.0)
    return 0;
  if (per_month * 3.0 >= 1.0)
    return 1;
  if (node->interactions > 0)
    return 2;
  return 3;
}

static double
period_months (const char *from,
               const char *to)
{
  g_autoptr(GDate) a = psl_date_parse (from);
  g_autoptr(GDate) b = psl_date_parse (to);

  if (a == NULL || b == NULL)
    return 1;
  return (g_date_days_between (a, b) + 1) / 30.44;
}

static void
set_rings (PslPartnerMap *map,
           GPtrArray     *levels,
           GHashTable    *level_of)
{
  if (map->filter.rings == PSL_MAP_RINGS_FREQUENCY)
    {
      double months = period_months (map->filter.from, map->filter.to);

      g_ptr_array_add (map->rings, g_strdup (_("At least once a month")));
      g_ptr_array_add (map->rings, g_strdup (_("At least once a quarter")));
      g_ptr_array_add (map->rings, g_strdup (_("Less often")));
      g_ptr_array_add (map->rings, g_strdup (_("No contact in the period")));
      for (guint i = 1; i < map->nodes->len; i++)
        {
          PslMapNode *node = g_ptr_array_index (map->nodes, i);
          node->ring = frequency_ring (node, months);
        }
      return;
    }

  /* The highest level nearest the centre. */
  for (guint i = levels->len; i > 0; i--)
    {
      PslRefItem *item = g_ptr_array_index (levels, i - 1);
      /* The list's labels explain the level; the ring needs its name only. */
      g_auto(GStrv) words = g_strsplit (item->label, " (", 2);

      g_ptr_array_add (map->rings, g_strdup (words[0]));
    }
  g_ptr_array_add (map->rings, g_strdup (_("Level not set")));

  for (guint i = 1; i < map->nodes->len; i++)
    {
      PslMapNode *node = g_ptr_array_index (map->nodes, i);
      const char *level = g_hash_table_lookup (level_of, node);
      guint ring = levels->len;   /* not set */

      if (node->kind == PSL_MAP_NODE_PARTNER)
        level = node->partnership ? PARTNER_FORMAL_LEVEL : NULL;
      for (guint j = 0; level != NULL && j < levels->len; j++)
        if (g_strcmp0 (((PslRefItem *) g_ptr_array_index (levels, j))->code, level) == 0)
          ring = levels->len - 1 - j;
      /* Partners without an agreement sit on the outer named ring. */
      if (node->kind == PSL_MAP_NODE_PARTNER && level == NULL && levels->len > 0)
        ring = levels->len - 1;
      node->ring = ring;
    }
}

/* Sectors in the list's order, then "not given", then the partner
 * structures; only those with somebody in them. */
static void
set_sectors (PslPartnerMap *map,
             GPtrArray     *sectors,
             GHashTable    *sector_of)
{
  guint n = sectors->len;
  g_autofree guint *counts = g_new0 (guint, n + 2);
  g_autofree int *index = g_new0 (int, n + 2);

  for (guint i = 1; i < map->nodes->len; i++)
    {
      PslMapNode *node = g_ptr_array_index (map->nodes, i);
      const char *code = g_hash_table_lookup (sector_of, node);
      guint s = n;   /* not given */

      if (node->kind == PSL_MAP_NODE_PARTNER)
        s = n + 1;
      for (guint j = 0; code != NULL && j < n; j++)
        if (g_strcmp0 (((PslRefItem *) g_ptr_array_index (sectors, j))->code, code) == 0)
          s = j;
      node->sector = s;
      counts[s]++;
    }

  for (guint s = 0; s < n + 2; s++)
    {
      PslMapSector *sector;

      index[s] = -1;
      if (counts[s] == 0)
        continue;
      sector = g_new0 (PslMapSector, 1);
      if (s < n)
        {
          PslRefItem *item = g_ptr_array_index (sectors, s);
          sector->code = g_strdup (item->code);
          sector->label = g_strdup (item->label);
        }
      else if (s == n)
        sector->label = g_strdup (_("Sector not given"));
      else
        {
          sector->code = g_strdup (PARTNER_SECTOR);
          sector->label = g_strdup (_("Partner structures"));
        }
      sector->n_nodes = counts[s];
      index[s] = map->sectors->len;
      g_ptr_array_add (map->sectors, sector);
    }

  for (guint i = 1; i < map->nodes->len; i++)
    {
      PslMapNode *node = g_ptr_array_index (map->nodes, i);
      node->sector = index[node->sector];
    }
}

static int
compare_links (gconstpointer a,
               gconstpointer b)
{
  const PslMapLink *x = a;
  const PslMapLink *y = b;

  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  if (x->target != y->target)
    return x->target < y->target ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

static void
add_kept_link (PslPartnerMap  *map,
               Builder        *b,
               PslMapNode     *a,
               PslMapNode     *c,
               PslMapLinkKind  kind,
               double          weight)
{
  guint ia = GPOINTER_TO_UINT (g_hash_table_lookup (b->index_of, a));
  guint ic = GPOINTER_TO_UINT (g_hash_table_lookup (b->index_of, c));
  PslMapLink link = { MIN (ia, ic) - 1, MAX (ia, ic) - 1, kind, weight };

  if (ia == 0 || ic == 0 || ia == ic)
    return;
  g_array_append_val (map->links, link);
}

/* Links of the structure to each node, of the partners to the firms they
 * share with us, and of two partners to each other by the firms they have
 * in common. */
static void
set_links (PslPartnerMap *map,
           Builder       *b)
{
  PslMapNode *structure = g_ptr_array_index (map->nodes, 0);
  g_autoptr(GHashTable) partners_of = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) shared = pending_links_new ();
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 1; i < map->nodes->len; i++)
    {
      PslMapNode *node = g_ptr_array_index (map->nodes, i);

      if (node->placements > 0 || (node->kind == PSL_MAP_NODE_PARTNER && node->realised > 0))
        add_kept_link (map, b, structure, node, PSL_MAP_LINK_PLACEMENT,
                       node->kind == PSL_MAP_NODE_PARTNER ? node->realised : node->placements);
      if (node->referrals > 0)
        add_kept_link (map, b, structure, node, PSL_MAP_LINK_REFERRAL, node->referrals);
      if (node->partnership)
        add_kept_link (map, b, structure, node, PSL_MAP_LINK_PARTNERSHIP, 1);
      if (node->interactions > 0 && node->placements == 0 && node->referrals == 0 && !node->partnership)
        add_kept_link (map, b, structure, node, PSL_MAP_LINK_CONTACT, node->interactions);
    }

  g_hash_table_iter_init (&iter, b->links);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      PendingLink *link = value;
      PslMapNode *firm = link->a->kind == PSL_MAP_NODE_COMPANY ? link->a : link->b;
      PslMapNode *partner = firm == link->a ? link->b : link->a;
      GPtrArray *list;

      if (!g_hash_table_contains (b->index_of, link->a) || !g_hash_table_contains (b->index_of, link->b))
        continue;
      add_kept_link (map, b, link->a, link->b, link->kind, link->weight);

      list = g_hash_table_lookup (partners_of, firm);
      if (list == NULL)
        g_hash_table_insert (partners_of, firm, list = g_ptr_array_new ());
      if (!g_ptr_array_find (list, partner, NULL))
        g_ptr_array_add (list, partner);
    }

  g_hash_table_iter_init (&iter, partners_of);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *list = value;

      for (guint i = 0; i < list->len; i++)
        for (guint j = i + 1; j < list->len; j++)
          {
            PslMapNode *p = g_ptr_array_index (list, i);
            PslMapNode *q = g_ptr_array_index (list, j);

            add_pending (shared, p, q, PSL_MAP_LINK_SHARED_FIRM, 1);
          }
    }
  g_hash_table_iter_init (&iter, shared);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      PendingLink *link = value;
      add_kept_link (map, b, link->a, link->b, link->kind, link->weight);
    }

  /* Hash order is not the same from one run to the next; the layout must be. */
  g_array_sort (map->links, compare_links);
}

static const char *
text_itself (gpointer text)
{
  return text;
}

/* The candidate firms of ids, sorted: in one block, their ids in another. */
static void
place_firms (Builder   *b,
             GPtrArray *ids)
{
  gsize size = 1;
  char *at;

  for (guint i = 0; i < ids->len; i++)
    size += strlen (ids->pdata[i]) + 1;
  b->n_firms = ids->len;
  b->firms = g_new0 (PslMapNode, MAX (ids->len, 1));
  b->heads = g_new (guint64, MAX (ids->len, 1));
  b->firm_ids = at = g_malloc (size);
  for (guint i = 0; i < ids->len; i++)
    {
      gsize length = strlen (ids->pdata[i]) + 1;

      memcpy (at, ids->pdata[i], length);
      b->firms[i].kind = PSL_MAP_NODE_COMPANY;
      b->firms[i].id = at;
      b->firms[i].community = -1;
      b->heads[i] = head_of (at);
      at += length;
    }
}

static gboolean
read_candidates (PslStore           *store,
                 const PslMapFilter *filter,
                 Builder            *b,
                 GError            **error)
{
  /* In the order of SQLite's BINARY collation, as the summaries come. */
  PslFoldSort by_id = { text_itself, FALSE, NULL, text_itself };
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean want_firms = filter->sector == NULL || g_strcmp0 (filter->sector, PARTNER_SECTOR) != 0;
  gboolean want_partners = (filter->sector == NULL || g_strcmp0 (filter->sector, PARTNER_SECTOR) == 0)
                           && filter->level == NULL && filter->referent_id == NULL;
  int rc = SQLITE_DONE;

  if (want_firms)
    {
      if ((stmt = prepare (store, COMPANIES_SQL, filter, error)) == NULL)
        return FALSE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (ids, psl_column_dup (stmt, 0));
      if (rc != SQLITE_DONE)
        goto failed;
      psl_fold_sort_rows (&by_id, ids);
      g_clear_pointer (&stmt, sqlite3_finalize);
    }
  place_firms (b, ids);

  if (want_partners)
    {
      if ((stmt = prepare (store, PARTNERS_SQL, filter, error)) == NULL)
        return FALSE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          PslMapNode *node = node_new (PSL_MAP_NODE_PARTNER, stmt);

          node->detail = psl_column_dup (stmt, 2);
          g_hash_table_insert (b->partners, node->id, node);
        }
      if (rc != SQLITE_DONE)
        goto failed;
    }
  return TRUE;

failed:
  psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the partnership map"));
  return FALSE;
}

/* The firms kept on the map read whole: their names, and their sectors
 * and levels for the rings and the sectors. */
static gboolean
read_kept_companies (PslStore      *store,
                     PslPartnerMap *map,
                     Candidates    *c,
                     GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, COMPANY_SQL, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 1; i < map->nodes->len; i++)
    {
      PslMapNode *node = g_ptr_array_index (map->nodes, i);
      int rc;

      if (node->kind != PSL_MAP_NODE_COMPANY)
        continue;
      sqlite3_bind_text (stmt, 1, node->id, -1, SQLITE_STATIC);
      if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          node->name = psl_column_dup (stmt, 0);
          g_hash_table_insert (c->sector_of, node, psl_column_dup (stmt, 1));
          g_hash_table_insert (c->level_of, node, psl_column_dup (stmt, 2));
        }
      else if (rc != SQLITE_DONE)
        {
          psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the partnership map"));
          return FALSE;
        }
      else
        /* Gone between the two reads (firms are only marked deleted, but
         * another program may write the file): drawn without a name
         * rather than with none to measure. */
        node->name = g_strdup ("");
      sqlite3_reset (stmt);
    }
  return TRUE;
}

PslPartnerMap *
psl_partner_map_load (PslStore           *store,
                      const PslMapFilter *filter,
                      GError            **error)
{
  g_autoptr(PslPartnerMap) map = g_new0 (PslPartnerMap, 1);
  g_autoptr(GHashTable) partners = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) map_node_free);
  g_autoptr(GHashTable) links = pending_links_new ();
  g_autoptr(GHashTable) index_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) sector_of = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) level_of = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GPtrArray) active = g_ptr_array_new ();
  g_autoptr(GPtrArray) sectors = NULL;
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GHashTable) level_labels = NULL;
  g_auto(Builder) b = { partners, NULL, 0, NULL, NULL, links, index_of, 0, 0 };
  Candidates c = { sector_of, level_of };
  PslMapNode *structure;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (filter->from != NULL && filter->to != NULL, NULL);

  map->ref_count = 1;
  map->filter = *filter;
  map->filter.from = g_strdup (filter->from);
  map->filter.to = g_strdup (filter->to);
  map->filter.antenna_id = g_strdup (filter->antenna_id);
  map->filter.sector = g_strdup (filter->sector);
  map->filter.referent_id = g_strdup (filter->referent_id);
  map->filter.level = g_strdup (filter->level);
  map->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) map_node_free);
  map->links = g_array_new (FALSE, FALSE, sizeof (PslMapLink));
  map->rings = g_ptr_array_new_with_free_func (g_free);
  map->sectors = g_ptr_array_new_with_free_func ((GDestroyNotify) map_sector_free);
  {
    g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, "SELECT name FROM structure ORDER BY created_at LIMIT 1;", error);

    if (stmt == NULL)
      return NULL;
    map->structure_name = sqlite3_step (stmt) == SQLITE_ROW ? psl_column_dup (stmt, 0) : NULL;
    if (map->structure_name == NULL)
      map->structure_name = g_strdup (_("Our structure"));
  }

  if ((sectors = psl_ref_list (store, "sector", NULL, error)) == NULL
      || (levels = psl_ref_list (store, "partnership_level", NULL, error)) == NULL
      || !read_candidates (store, filter, &b, error)
      || !read_interactions (store, filter, &b, error)
      || !read_rows (store, PARTNER_INTERACTIONS_SQL, filter, on_partner_interaction_row, &b, error)
      || !read_rows (store, REALISED_SQL, filter, on_realised_row, &b, error)
      || !read_rows (store, PLACEMENTS_SQL, filter, on_placement_row, &b, error)
      || !read_rows (store, REFERRALS_SQL, filter, on_referral_row, &b, error)
      || !read_rows (store, PARTNERSHIPS_SQL, filter, on_partnership_row, &b, error)
      || !read_rows (store, EVENTS_SQL, filter, on_event_row, &b, error))
    return NULL;

  structure = g_new0 (PslMapNode, 1);
  structure->kind = PSL_MAP_NODE_STRUCTURE;
  structure->id = g_strdup ("");
  structure->name = g_strdup (map->structure_name);
  structure->community = -1;
  g_ptr_array_add (map->nodes, structure);

  for (guint i = 0; i < b.n_firms; i++)
    add_if_active (active, &b.firms[i]);
  g_hash_table_iter_init (&iter, partners);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    add_if_active (active, value);
  g_ptr_array_sort (active, psl_map_node_compare_score);
  if (filter->max_nodes > 0 && active->len > filter->max_nodes)
    {
      map->n_left_out = active->len - filter->max_nodes;
      g_ptr_array_set_size (active, filter->max_nodes);
    }

  /* The map owns the nodes it keeps, a firm copied out of the candidates'
   * block, which goes with the rest; the links still name the firm in the
   * block, so both have its index. */
  for (guint i = 0; i < active->len; i++)
    {
      PslMapNode *node = g_ptr_array_index (active, i);
      PslMapNode *kept = node;

      if (node->kind == PSL_MAP_NODE_PARTNER)
        g_hash_table_steal (partners, node->id);
      else
        {
          kept = g_memdup2 (node, sizeof *node);
          kept->id = g_strdup (node->id);
          g_hash_table_insert (index_of, kept, GUINT_TO_POINTER (map->nodes->len + 1));
        }
      g_ptr_array_add (map->nodes, kept);
      g_hash_table_insert (index_of, node, GUINT_TO_POINTER (map->nodes->len));
    }
  g_hash_table_insert (index_of, structure, GUINT_TO_POINTER (1));
  if (!read_kept_companies (store, map, &c, error))
    return NULL;

  /* The levels' labels from the list read above rather than one query per
   * firm; a level no longer offered is asked for its own. */
  level_labels = psl_ref_labels (levels);
  for (guint i = 1; i < map->nodes->len; i++)
    {
      PslMapNode *node = g_ptr_array_index (map->nodes, i);
      const char *level = g_hash_table_lookup (level_of, node);
      const char *label = level != NULL ? g_hash_table_lookup (level_labels, level) : NULL;

      if (node->kind == PSL_MAP_NODE_COMPANY && level != NULL)
        node->detail = label != NULL ? g_strdup (label) : psl_ref_label (store, "partnership_level", level);
    }
  set_rings (map, levels, level_of);
  set_sectors (map, sectors, sector_of);
  set_links (map, &b);

  return g_steal_pointer (&map);
}
