/* psl-placement-list.h — every placement (mise en relation) of the structure as a list model, with filters */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PLACEMENT_ROW (psl_placement_row_get_type ())
G_DECLARE_FINAL_TYPE (PslPlacementRow, psl_placement_row, PSL, PLACEMENT_ROW, GObject)

/* The stages in the order a placement goes through them; the last three
 * close it. */
typedef enum
{
  PSL_STAGE_PROPOSED,
  PSL_STAGE_PRESENTED,
  PSL_STAGE_MEETING,
  PSL_STAGE_IMMERSION,
  PSL_STAGE_CONTRACT,
  PSL_STAGE_ENDED,
  PSL_STAGE_REFUSED,
  PSL_STAGE_WITHDRAWN,
  PSL_N_STAGES
} PslStage;

#define PSL_STAGE_IS_OPEN(s)    ((s) <= PSL_STAGE_CONTRACT)
#define PSL_STAGE_IS_PENDING(s) ((s) <= PSL_STAGE_MEETING)

/* Waiting for an answer from the firm this long is worth a call. */
#define PSL_PLACEMENT_WAITING_DAYS 21

typedef enum
{
  PSL_PLACEMENTS_UNDER_WAY,    /* not yet closed */
  PSL_PLACEMENTS_ALL,
  PSL_PLACEMENTS_ONE_STAGE,    /* only filter.stage */
  PSL_PLACEMENTS_CLOSED,       /* ended, refused or withdrawn */
} PslPlacementScope;

typedef struct
{
  PslPlacementScope  scope;
  PslStage           stage;        /* for PSL_PLACEMENTS_ONE_STAGE */
  const char        *staff_id;     /* NULL for anyone */
  const char        *antenna_id;   /* the person's antenna; NULL for all */
  gboolean           waiting;      /* only those awaiting an answer, unmoved since before waiting_since */
  const char        *waiting_since;
} PslPlacementFilter;

const char *psl_stage_code                      (PslStage stage);
const char *psl_stage_label                     (PslStage stage);
/* PSL_N_STAGES for an unknown code. */
PslStage    psl_stage_from_code                 (const char *code);

const char *psl_placement_row_get_id            (PslPlacementRow *self);
const char *psl_placement_row_get_person_id     (PslPlacementRow *self);
const char *psl_placement_row_get_person_name   (PslPlacementRow *self);
const char *psl_placement_row_get_company_id    (PslPlacementRow *self);
const char *psl_placement_row_get_person_key   (PslPlacementRow *self);
const char *psl_placement_row_get_company_key  (PslPlacementRow *self);
const char *psl_placement_row_get_company_name  (PslPlacementRow *self);
PslStage    psl_placement_row_get_stage         (PslPlacementRow *self);
const char *psl_placement_row_get_stage_label   (PslPlacementRow *self);
const char *psl_placement_row_get_what          (PslPlacementRow *self);
const char *psl_placement_row_get_staff_name    (PslPlacementRow *self);
const char *psl_placement_row_get_proposed_on   (PslPlacementRow *self);
const char *psl_placement_row_get_start_date    (PslPlacementRow *self);
const char *psl_placement_row_get_end_date      (PslPlacementRow *self);
const char *psl_placement_row_get_moved_on      (PslPlacementRow *self);

/* Everything but the stage and the scope: what the counts by stage use. */
gboolean    psl_placement_row_matches_people    (PslPlacementRow          *self,
                                                 const PslPlacementFilter *filter,
                                                 char * const             *folded_words);
gboolean    psl_placement_row_matches           (PslPlacementRow          *self,
                                                 const PslPlacementFilter *filter,
                                                 char * const             *folded_words);
/* One pass over rows, as the page does for each key typed: the rows the
 * filter keeps are added to kept (when not NULL); counts[] gets how many
 * rows are at each stage among those the filter keeps but for its scope,
 * its stage and its waiting, and n_waiting how many of them wait for an
 * answer since before filter->waiting_since.  Rows of a same person or
 * firm are searched once: one pass at a time over a list's rows. */
void        psl_placement_list_filter           (GPtrArray                *rows,
                                                 const PslPlacementFilter *filter,
                                                 char * const             *folded_words,
                                                 GPtrArray                *kept,
                                                 guint                     counts[PSL_N_STAGES],
                                                 guint                    *n_waiting);

/* The same pass, for a page that filters the same rows at each key typed:
 * what each row's filters and counts look at is copied once, side by
 * side in the list's order, and read again while the rows and their
 * order stay the same (the pass holds them meanwhile). */
typedef struct _PslPlacementPass PslPlacementPass;

PslPlacementPass *psl_placement_pass_new        (void);
void        psl_placement_pass_free             (PslPlacementPass         *pass);
void        psl_placement_pass_filter           (PslPlacementPass         *pass,
                                                 GPtrArray                *rows,
                                                 const PslPlacementFilter *filter,
                                                 char * const             *folded_words,
                                                 GPtrArray                *kept,
                                                 guint                     counts[PSL_N_STAGES],
                                                 guint                    *n_waiting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslPlacementPass, psl_placement_pass_free)

/* The placements of part (PSL_PLACEMENTS_UNDER_WAY, PSL_PLACEMENTS_CLOSED
 * or PSL_PLACEMENTS_ALL), as PslPlacementRow objects in the file's order:
 * the page shows those under way first, and reads the rest after. */
GPtrArray  *psl_placement_list_load             (PslStore          *store,
                                                 PslPlacementScope  part,
                                                 GError           **error);

/* What the page shows before anything else: n_rows of the placements
 * under way, those of the first people by name, in a time that does not
 * grow with the file.  Names are ordered here as
 * the file's index has them (letter case aside, accents by their code);
 * the rest, read after, is sorted with them by the names folded. */
#define PSL_PLACEMENTS_FIRST_ROWS 200
GPtrArray  *psl_placement_list_load_first       (PslStore          *store,
                                                 guint              n_rows,
                                                 GError           **error);
/* The placements of part but those of earlier (the rows read before). */
GPtrArray  *psl_placement_list_load_rest        (PslStore          *store,
                                                 PslPlacementScope  part,
                                                 GPtrArray         *earlier,
                                                 GError           **error);

G_END_DECLS
