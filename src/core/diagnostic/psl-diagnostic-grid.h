/* psl-diagnostic-grid.h — a diagnostic grid read from its definition file: sections, questions, scales */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_DIAGNOSTIC_GRID_CODE "annexe3_diagnostic"

typedef enum
{
  PSL_DIAGNOSTIC_CHOICE,   /* one option of a scale (yes/no, never…often), maybe boxes to tick */
  PSL_DIAGNOSTIC_TEXT,     /* free texts only */
  PSL_DIAGNOSTIC_GRID,     /* rows × columns, each cell ticked or written in */
  PSL_DIAGNOSTIC_ROWS,     /* one option of a scale for each row */
  PSL_DIAGNOSTIC_TOOL,     /* answered with a tool of its own (target map, positioning) */
} PslDiagnosticKind;

typedef struct
{
  char *code;
  char *label;
} PslDiagnosticOption;

typedef struct
{
  char              *code;
  guint              number;
  PslDiagnosticKind  kind;
  char              *label;
  char              *hint;            /* or NULL */
  const char        *section;         /* the titles it comes under */
  const char        *part;
  const char        *part_note;       /* or NULL */
  gboolean           starts_part;     /* the first question of its part */
  gboolean           cell_text;       /* a grid written in, not ticked */
  GPtrArray         *options;         /* PslDiagnosticOption: the scale */
  GPtrArray         *rows;
  GPtrArray         *columns;
  GPtrArray         *checks;          /* boxes to tick beside the choice */
  char              *checks_label;
  GPtrArray         *texts;           /* the free texts asked */
  char              *tool;            /* "target_map", "positioning" */
  char              *data;            /* what the program's own data show beside it */
} PslDiagnosticQuestion;

typedef struct
{
  char       *id;                     /* of its questionnaire_template row */
  char       *code;                   /* the grid, without the version */
  guint       version;
  char       *title;
  GPtrArray  *questions;              /* PslDiagnosticQuestion in order */
  GPtrArray  *titles;                 /* owns the sections' and parts' titles */
} PslDiagnosticGrid;

void                         psl_diagnostic_grid_free      (PslDiagnosticGrid  *grid);
/* Parses a grid definition; says in French what is wrong with it. */
PslDiagnosticGrid           *psl_diagnostic_grid_parse     (const char         *json,
                                                            gssize              length,
                                                            GError            **error);
/* The newest version of grid code known to store, the bundled grid
 * written into it first when it has none (unless it is read only). */
PslDiagnosticGrid           *psl_diagnostic_grid_load      (PslStore           *store,
                                                            const char         *code,
                                                            GError            **error);
/* One version precisely, NULL with an error naming it when unknown. */
PslDiagnosticGrid           *psl_diagnostic_grid_load_version (PslStore        *store,
                                                               const char      *code,
                                                               guint            version,
                                                               GError         **error);
/* Loads a later grid, or another funder's, from its file: no code. */
PslDiagnosticGrid           *psl_diagnostic_grid_install_file (PslStore        *store,
                                                               const char      *path,
                                                               GError         **error);
const PslDiagnosticQuestion *psl_diagnostic_grid_find      (const PslDiagnosticGrid *grid,
                                                            const char              *code);
/* The label of the option, row, column, box or text called code, or NULL. */
const char                  *psl_diagnostic_option_label   (GPtrArray          *options,
                                                            const char         *code);

/* An id in the form of a UUID that every site derives alike from key:
 * two antennas writing the same answer name the same row, which their
 * exchange then merges instead of colliding on it. */
char                        *psl_diagnostic_derived_id     (const char         *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslDiagnosticGrid, psl_diagnostic_grid_free)

G_END_DECLS
