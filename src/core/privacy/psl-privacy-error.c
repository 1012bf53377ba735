/* psl-privacy-error.c — the privacy room's error domain and its sealed columns */

#include "config.h"

#include "psl-privacy-error.h"

G_DEFINE_QUARK (psl-privacy-error-quark, psl_privacy_error)

static const PslSealedColumn sealed_columns[] = {
  { "person_sensitive", "detail" },
  { "barrier",          "notes" },
};

const PslSealedColumn *
psl_privacy_sealed_columns (guint *n_columns)
{
  *n_columns = G_N_ELEMENTS (sealed_columns);
  return sealed_columns;
}

gboolean
psl_privacy_is_sealed_column (const char *table,
                              const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (sealed_columns); i++)
    if (g_strcmp0 (table, sealed_columns[i].table) == 0 && g_strcmp0 (column, sealed_columns[i].column) == 0)
      return TRUE;
  return FALSE;
}
