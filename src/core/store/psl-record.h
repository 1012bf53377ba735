/* psl-record.h — saving one field of a record at once, with its rule checked
 *
 * The window saves every edit as it is made.  Each editable column of each
 * table is declared once, with its kind, so that the same checks apply to
 * the window, the importer and the command line, and no column name coming
 * from outside ever reaches SQL.
 */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_FIELD_TEXT,        /* free text, trimmed; empty becomes NULL */
  PSL_FIELD_REQUIRED,    /* free text that cannot be empty */
  PSL_FIELD_DATE,        /* YYYY-MM-DD */
  PSL_FIELD_INTEGER,     /* whole number >= 0 */
  PSL_FIELD_NUMBER,      /* decimal number >= 0 */
  PSL_FIELD_BOOLEAN,     /* "0" or "1" */
  PSL_FIELD_REF,         /* a code of the reference list named by ref_list */
  PSL_FIELD_CHOICE,      /* one of the values in choices */
  PSL_FIELD_ID,          /* the id of a row, or NULL */
  PSL_FIELD_IDENTIFIER,  /* SIRET or BCE number */
  PSL_FIELD_EMAIL,
  PSL_FIELD_PHONE,
  PSL_FIELD_MONTH,       /* YYYY-MM, typed MM/YYYY */
  PSL_FIELD_SECRET,      /* free text of the confidential part: sealed at rest, read by whom may */
} PslFieldKind;

typedef struct
{
  const char   *column;
  PslFieldKind  kind;
  const char   *label;          /* what the user calls it, for messages */
  const char   *ref_list;       /* PSL_FIELD_REF */
  const char  **choices;        /* PSL_FIELD_CHOICE */
  const char *const *labels;    /* PSL_FIELD_CHOICE, when shown: code, N_(label) pairs, NULL-ended */
} PslField;

#define PSL_TEXT_MAX 20000

const PslField *psl_record_find_field (const PslField *fields,
                                       const char     *column);
/* What the user reads for code in a list of code, N_(label) pairs; NULL
 * when the code is not there. */
const char     *psl_choice_label      (const char *const *pairs,
                                       const char        *code);
char           *psl_record_check      (PslStore       *store,
                                       const PslField *field,
                                       const char     *value,
                                       GError        **error);
gboolean        psl_record_check_all  (PslStore       *store,
                                       const PslField *fields,
                                       const char    **columns,
                                       const char    **values,
                                       char          **checked,
                                       guint           n,
                                       GError        **error);
gboolean        psl_record_set        (PslStore       *store,
                                       const char     *table,
                                       const PslField *fields,
                                       const char     *id,
                                       const char     *column,
                                       const char     *value,
                                       GError        **error);
/* Makes the row of a new record from the values of its form, in the
 * transaction psl_record_save() has opened; returns its id. */
typedef char *(*PslRecordCreateFunc) (PslStore           *store,
                                      const char         *parent_id,
                                      const char * const *columns,
                                      const char * const *values,
                                      GError            **error);

const char     *psl_record_value_of   (const char * const *columns,
                                       const char * const *values,
                                       const char         *column);
char           *psl_record_save       (PslStore           *store,
                                       const char         *table,
                                       const PslField     *fields,
                                       PslRecordCreateFunc create,
                                       const char         *parent_id,
                                       const char         *id,
                                       const char * const *columns,
                                       const char * const *values,
                                       const char        **refused_column,
                                       GError            **error);
char           *psl_record_insert     (PslStore           *store,
                                       const char         *table,
                                       const PslField     *fields,
                                       const char         *parent_column,
                                       const char         *parent_id,
                                       const char * const *columns,
                                       const char * const *values,
                                       GError            **error);
GHashTable     *psl_record_load       (PslStore           *store,
                                       const char         *table,
                                       const PslField     *fields,
                                       const char         *id,
                                       GError            **error);
gboolean        psl_record_set_deleted(PslStore       *store,
                                       const char     *table,
                                       const char     *id,
                                       gboolean        deleted,
                                       GError        **error);

/* Whether table's rows say who created and last changed them. */
gboolean        psl_record_is_authored (const char    *table);

/* One record as a list shows it. */
typedef struct
{
  char     *id;
  char     *title;
  char     *subtitle;
  gboolean  done;       /* lifted, withdrawn, achieved: shown dimmed */
  gboolean  sealed;     /* confidential, not this reader's: shown, never opened */
} PslRecordLine;

/* The lines of the records of one parent (a person…), in order. */
typedef GPtrArray *(*PslRecordLinesFunc) (PslStore   *store,
                                          const char *parent_id,
                                          GError    **error);

PslRecordLine  *psl_record_line_new   (char               *id,
                                       char               *title,
                                       char               *subtitle,
                                       gboolean            done);
void            psl_record_line_free  (PslRecordLine      *line);

G_END_DECLS
