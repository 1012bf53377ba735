/* psl-share-frames.c — the confidentiality frames as recorded, read back
 * for the window's list and for the frame's document to sign */

#define G_LOG_DOMAIN "psl-share"

#include "config.h"

#include "psl-i18n.h"

#include "psl-share.h"
#include "psl-store-private.h"

#define FRAME_SQL \
  "SELECT f.id, f.partner_id, p.name, f.partner_key, f.firms, f.contacts, f.opportunities, f.profiles," \
  "       f.named_profiles, f.starts_on, f.ends_on, f.signed_by, f.partner_signed_by," \
  "       substr(f.created_at, 1, 10), f.withdrawn_on" \
  "  FROM share_frame f JOIN partner p ON p.id = f.partner_id" \
  " WHERE f.deleted_at IS NULL"

static gpointer
read_frame (sqlite3_stmt *stmt)
{
  PslShareFrame *frame = g_new0 (PslShareFrame, 1);

  frame->id = psl_column_dup (stmt, 0);
  frame->partner_id = psl_column_dup (stmt, 1);
  frame->partner_name = psl_column_dup (stmt, 2);
  frame->partner_key = psl_column_dup (stmt, 3);
  frame->firms = sqlite3_column_int (stmt, 4);
  frame->contacts = sqlite3_column_int (stmt, 5);
  frame->opportunities = sqlite3_column_int (stmt, 6);
  frame->profiles = sqlite3_column_int (stmt, 7);
  frame->named_profiles = sqlite3_column_int (stmt, 8);
  frame->starts_on = psl_column_dup (stmt, 9);
  frame->ends_on = psl_column_dup (stmt, 10);
  frame->signed_by = psl_column_dup (stmt, 11);
  frame->partner_signed_by = psl_column_dup (stmt, 12);
  frame->recorded_on = psl_column_dup (stmt, 13);
  frame->withdrawn_on = psl_column_dup (stmt, 14);
  return frame;
}

PslShareFrame *
psl_share_frame_load (PslStore    *store,
                      const char  *frame_id,
                      GError     **error)
{
  g_autoptr(GError) failed = NULL;
  g_autoptr(sqlite3_stmt) stmt = psl_store_row_for (store, FRAME_SQL " AND f.id = ?1;", frame_id,
                                                    _("Reading a confidentiality frame"), &failed);

  if (stmt != NULL)
    return read_frame (stmt);
  if (failed != NULL)
    g_propagate_error (error, g_steal_pointer (&failed));
  else
    g_set_error_literal (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_NO_FRAME,
                         _("This confidentiality frame is no longer in the database."));
  return NULL;
}

GPtrArray *
psl_share_frames_list (PslStore  *store,
                       GError   **error)
{
  return psl_store_collect (store, FRAME_SQL " ORDER BY f.withdrawn_on IS NOT NULL, f.ends_on DESC, p.name;",
                            NULL, read_frame, (GDestroyNotify) psl_share_frame_free,
                            _("Reading the confidentiality frames"), error);
}
