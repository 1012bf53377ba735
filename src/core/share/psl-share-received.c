/* psl-share-received.c — what partner structures shared, read back for the window
 *
 * The last pack of each partner is kept whole as it came (share_received);
 * this reads it into plain structures, and says which of the partner's
 * firms are in this structure's own network too (the same SIRET or BCE).
 */

#define G_LOG_DOMAIN "psl-share"

#include "config.h"

#include <json-glib/json-glib.h>

#include "psl-share.h"
#include "psl-store-private.h"

static void
firm_free (PslShareFirm *firm)
{
  g_free (firm->name);
  g_free (firm->commune);
  g_free (firm->identifier);
  g_free (firm);
}

static void
opportunity_free (PslShareOpportunity *opportunity)
{
  g_free (opportunity->title);
  g_free (opportunity->firm);
  g_free (opportunity->start_date);
  g_free (opportunity);
}

static void
profile_free (PslShareProfile *profile)
{
  g_free (profile->project);
  g_free (profile->name);
  g_free (profile->available_from);
  g_free (profile);
}

void
psl_share_pack_free (PslSharePack *pack)
{
  if (pack == NULL)
    return;
  g_free (pack->partner_name);
  g_free (pack->made_on);
  g_free (pack->starts_on);
  g_free (pack->ends_on);
  g_ptr_array_unref (pack->firms);
  g_ptr_array_unref (pack->opportunities);
  g_ptr_array_unref (pack->profiles);
  g_free (pack);
}

static char *
member (JsonObject *obj,
        const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
           ? g_strdup (json_node_get_string (node)) : NULL;
}

static gint64
number (JsonObject *obj,
        const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64
           ? json_node_get_int (node) : -1;
}

/* The objects of an array member, skipping anything else. */
static GList *
objects (JsonObject *obj,
         const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);
  GList *list = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (node), i);

      if (JSON_NODE_HOLDS_OBJECT (element))
        list = g_list_prepend (list, json_node_get_object (element));
    }
  return g_list_reverse (list);
}

static void
read_pack (PslStore     *store,
           PslSharePack *pack,
           JsonObject   *obj,
           sqlite3_stmt *ours)
{
  g_autoptr(GHashTable) firm_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GList) firms = objects (obj, "firms");
  g_autoptr(GList) opportunities = objects (obj, "opportunities");
  g_autoptr(GList) profiles = objects (obj, "profiles");
  JsonNode *withdrawn = json_object_get_member (obj, "withdrawn");

  pack->withdrawn = withdrawn != NULL && JSON_NODE_HOLDS_VALUE (withdrawn) && json_node_get_boolean (withdrawn);
  for (GList *l = firms; l != NULL; l = l->next)
    {
      PslShareFirm *firm = g_new0 (PslShareFirm, 1);
      g_autoptr(GList) contacts = objects (l->data, "contacts");
      char *key = member (l->data, "key");

      firm->name = member (l->data, "name");
      firm->commune = member (l->data, "commune");
      firm->identifier = member (l->data, "identifier");
      firm->contacts = g_list_length (contacts);
      if (firm->identifier != NULL)
        {
          sqlite3_reset (ours);
          sqlite3_bind_text (ours, 1, firm->identifier, -1, SQLITE_TRANSIENT);
          firm->ours = sqlite3_step (ours) == SQLITE_ROW;
        }
      if (key != NULL && firm->name != NULL)
        g_hash_table_insert (firm_names, key, g_strdup (firm->name));
      else
        g_free (key);
      g_ptr_array_add (pack->firms, firm);
    }
  for (GList *l = opportunities; l != NULL; l = l->next)
    {
      PslShareOpportunity *opportunity = g_new0 (PslShareOpportunity, 1);
      g_autofree char *firm = member (l->data, "firm_key");

      opportunity->title = member (l->data, "title");
      opportunity->start_date = member (l->data, "start_date");
      opportunity->places = number (l->data, "places");
      opportunity->firm = firm != NULL ? g_strdup (g_hash_table_lookup (firm_names, firm)) : NULL;
      g_ptr_array_add (pack->opportunities, opportunity);
    }
  for (GList *l = profiles; l != NULL; l = l->next)
    {
      PslShareProfile *profile = g_new0 (PslShareProfile, 1);
      g_autofree char *first = member (l->data, "first_name");
      g_autofree char *last = member (l->data, "last_name");
      JsonNode *competences = json_object_get_member (l->data, "competences");

      profile->project = member (l->data, "project");
      profile->available_from = member (l->data, "available_from");
      profile->mobility_km = number (l->data, "mobility_km");
      if (last != NULL)
        profile->name = g_strstrip (g_strdup_printf ("%s %s", first != NULL ? first : "", last));
      if (competences != NULL && JSON_NODE_HOLDS_OBJECT (competences))
        profile->competences = json_object_get_size (json_node_get_object (competences));
      g_ptr_array_add (pack->profiles, profile);
    }
}

GPtrArray *
psl_share_received_load (PslStore  *store,
                         GError   **error)
{
  g_autoptr(GPtrArray) packs = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_share_pack_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT p.name, r.made_on, f.starts_on, f.ends_on, r.content FROM share_received r"
    "  JOIN share_frame f ON f.id = r.frame_id JOIN partner p ON p.id = f.partner_id"
    " ORDER BY p.name COLLATE NOCASE;", error);
  g_autoptr(sqlite3_stmt) ours = psl_store_prepare (store,
    "SELECT 1 FROM company WHERE identifier = ?1 AND deleted_at IS NULL LIMIT 1;", error);

  if (stmt == NULL || ours == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PslSharePack *pack = g_new0 (PslSharePack, 1);
      g_autoptr(JsonParser) parser = json_parser_new ();

      pack->partner_name = psl_column_dup (stmt, 0);
      pack->made_on = psl_column_dup (stmt, 1);
      pack->starts_on = psl_column_dup (stmt, 2);
      pack->ends_on = psl_column_dup (stmt, 3);
      pack->firms = g_ptr_array_new_with_free_func ((GDestroyNotify) firm_free);
      pack->opportunities = g_ptr_array_new_with_free_func ((GDestroyNotify) opportunity_free);
      pack->profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) profile_free);
      if (json_parser_load_from_data (parser, (const char *) sqlite3_column_text (stmt, 4), -1, NULL) &&
          JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        read_pack (store, pack, json_node_get_object (json_parser_get_root (parser)), ours);
      g_ptr_array_add (packs, pack);
    }
  return g_steal_pointer (&packs);
}
