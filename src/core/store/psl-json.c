/* psl-json.c — the JSON lists kept in text columns, read leniently */

#define G_LOG_DOMAIN "psl-json"

#include "config.h"

#include "psl-json.h"

JsonArray *
psl_json_parse_array (const char *json)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;

  if (json == NULL || *json == '\0')
    return NULL;
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, -1, NULL)
      || (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    return NULL;
  /* The array outlives the parser that holds its root. */
  return json_array_ref (json_node_get_array (root));
}
