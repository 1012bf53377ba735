/* psl-privacy-error.h — what the privacy room's refusals say, and which texts it seals
 *
 * The lowest floor of the room: the error domain that every privacy module
 * answers with, and the list of confidential columns sealed under the
 * structure key.  It includes nothing of the room, so that the record
 * layer, the audit and the outbox can stand on it without standing on the
 * key or on each other. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PSL_PRIVACY_ERROR (psl_privacy_error_quark ())

typedef enum
{
  PSL_PRIVACY_ERROR_NO_KEY,        /* the key cannot be found */
  PSL_PRIVACY_ERROR_WRONG_KEY,     /* a key, but not this structure's */
  PSL_PRIVACY_ERROR_KEY_FILE,      /* a key file unreadable or too open */
  PSL_PRIVACY_ERROR_KEYRING,       /* the keyring is absent or locked */
  PSL_PRIVACY_ERROR_ALREADY,       /* encryption is already set up */
  PSL_PRIVACY_ERROR_DENIED,        /* not this staff member's to read */
  PSL_PRIVACY_ERROR_INVALID,       /* a rule broken: a role, a period */
  PSL_PRIVACY_ERROR_REFUSED,       /* an erasure that cannot be done now */
} PslPrivacyError;

GQuark   psl_privacy_error_quark        (void);

/* What a sealed text starts with in its column. */
#define PSL_SEALED_PREFIX "psl1:"

typedef struct
{
  const char *table;
  const char *column;
} PslSealedColumn;

/* The confidential columns, sealed under the structure key. */
const PslSealedColumn *psl_privacy_sealed_columns (guint *n_columns);
/* Whether table.column is one of them. */
gboolean psl_privacy_is_sealed_column   (const char *table,
                                         const char *column);

G_END_DECLS
