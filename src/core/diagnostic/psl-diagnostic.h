/* psl-diagnostic.h — the diagnostic grid answered by each member of staff, consolidated and exchanged between structures */
#pragma once

#include <json-glib/json-glib.h>

#include "psl-diagnostic-grid.h"

G_BEGIN_DECLS

/* One member of staff's answers, saved as they are given.  An answer is
 * a JSON object: "choice" (an option of the scale), "checks" (box →
 * true), "texts" (text → words), "rows" (row → option), "cells"
 * ("row/column" → true, or the words written in). */
GHashTable *psl_diagnostic_load_answers  (PslStore                *store,
                                          const PslDiagnosticGrid *grid,
                                          const char              *staff_id,
                                          GError                 **error);
/* option NULL clears the choice. */
gboolean    psl_diagnostic_set_choice    (PslStore                *store,
                                          const PslDiagnosticGrid *grid,
                                          const char              *staff_id,
                                          const char              *question,
                                          const char              *option,
                                          GError                 **error);
gboolean    psl_diagnostic_set_check     (PslStore                *store,
                                          const PslDiagnosticGrid *grid,
                                          const char              *staff_id,
                                          const char              *question,
                                          const char              *check,
                                          gboolean                 ticked,
                                          GError                 **error);
/* text NULL or blank clears it. */
gboolean    psl_diagnostic_set_text      (PslStore                *store,
                                          const PslDiagnosticGrid *grid,
                                          const char              *staff_id,
                                          const char              *question,
                                          const char              *field,
                                          const char              *text,
                                          GError                 **error);
gboolean    psl_diagnostic_set_row       (PslStore                *store,
                                          const PslDiagnosticGrid *grid,
                                          const char              *staff_id,
                                          const char              *question,
                                          const char              *row,
                                          const char              *option,
                                          GError                 **error);
/* A ticked grid: value non-NULL ticks the cell; a written grid: the
 * words, NULL or blank to clear. */
gboolean    psl_diagnostic_set_cell      (PslStore                *store,
                                          const PslDiagnosticGrid *grid,
                                          const char              *staff_id,
                                          const char              *question,
                                          const char              *row,
                                          const char              *column,
                                          const char              *value,
                                          GError                 **error);

/* The structure's answer: {"respondents": n, "questions": {code:
 * {"counts": {key: n}, "texts": [{"field", "author", "text"}]}}}; the
 * keys counted are an option, "check:box", "row/option" and, for a
 * ticked grid, "row/column"; a written grid's cells are texts whose
 * field is "row/column". */
JsonObject *psl_diagnostic_consolidate   (PslStore                *store,
                                          const PslDiagnosticGrid *grid,
                                          GError                 **error);

typedef struct
{
  char       *key;            /* the structure's own id */
  char       *name;
  char       *exported_at;    /* NULL for this structure, counted now */
  guint       respondents;
  JsonObject *consolidated;
  gboolean    ours;
} PslDiagnosticStructure;

void        psl_diagnostic_structure_free (PslDiagnosticStructure *structure);
/* This structure first, then those imported, by name. */
GPtrArray  *psl_diagnostic_structures    (PslStore                *store,
                                          const PslDiagnosticGrid *grid,
                                          GError                 **error);

/* The structure's consolidated answers to the newest grid, as a file for
 * the coordinating structure (.psl-diag). */
gboolean    psl_diagnostic_export        (PslStore                *store,
                                          const char              *path,
                                          GError                 **error);
/* Reads another structure's file; its earlier answers to the same grid
 * are replaced (replaced says so).  Refused: not such a file, a grid or
 * version unknown here, this structure's own file. */
gboolean    psl_diagnostic_import        (PslStore                *store,
                                          const char              *path,
                                          char                   **structure_name,
                                          gboolean                *replaced,
                                          GError                 **error);

/* What the program's own data say beside the answers. */
typedef struct
{
  char  *label;
  guint  count;
} PslDiagnosticCount;

void        psl_diagnostic_count_free    (PslDiagnosticCount *count);

typedef struct
{
  char  *trade;
  guint  women;
  guint  men;
  guint  other;               /* sex not given, or neither */
} PslDiagnosticSexRow;

void        psl_diagnostic_sex_row_free  (PslDiagnosticSexRow *row);
/* Placements that started (immersions and contracts), by trade, the
 * most frequent first. */
GPtrArray  *psl_diagnostic_placements_by_sex (PslStore            *store,
                                              GError             **error);
/* Opportunities recorded, by phase 1–4 (counts[0] unused). */
gboolean    psl_diagnostic_opportunities_by_phase (PslStore       *store,
                                                   guint           counts[5],
                                                   GError        **error);

/* Opportunities recorded, by how they came (the list "opportunity_origin",
 * in its order, with those of no origin last): label → count, in order. */
GPtrArray  *psl_diagnostic_opportunities_by_origin (PslStore      *store,
                                                    GError       **error);

G_END_DECLS
