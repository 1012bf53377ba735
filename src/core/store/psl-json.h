/* psl-json.h — the JSON lists kept in text columns, read leniently */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The list json holds, or NULL when it is empty, not JSON or not a
 * list: columns written by hand or another version are not trusted. */
JsonArray *psl_json_parse_array (const char *json);

G_END_DECLS
