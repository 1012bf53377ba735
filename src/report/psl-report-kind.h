/* psl-report-kind.h — the reports the program makes, one row each: their name, what they take, how they are built */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* Each report; the command line and the Rapports page read the same
 * table (psl_report_kind_info ()): a new report is one row there. */
typedef enum
{
  PSL_REPORT_ACTION_PLAN,
  PSL_REPORT_ACTIVITY,
  PSL_REPORT_CAMPAIGN,
  PSL_REPORT_CANDIDATE,
  PSL_REPORT_CLAUSE,
  PSL_REPORT_COMMITMENT,
  PSL_REPORT_COMPANY,
  PSL_REPORT_CONVENTION,
  PSL_REPORT_DIAGNOSTIC,
  PSL_REPORT_FRAME,
  PSL_REPORT_FOLLOWUP,
  PSL_REPORT_PARTNERSHIP,
  PSL_REPORT_PATHWAY,
  PSL_REPORT_PERSON_DATA,
  PSL_REPORT_MAP,
  PSL_REPORT_POSITIONING,
  PSL_N_REPORT_KINDS
} PslReportKind;

/* What a report must be given (the others it may be given). */
typedef enum
{
  PSL_REPORT_NEEDS_NOTHING    = 0,
  PSL_REPORT_NEEDS_PERIOD     = 1 << 0,
  PSL_REPORT_NEEDS_PERSON     = 1 << 1,
  PSL_REPORT_NEEDS_COMPANY    = 1 << 2,
  PSL_REPORT_NEEDS_COMMITMENT = 1 << 3,
  PSL_REPORT_NEEDS_PLACEMENT  = 1 << 4,
  PSL_REPORT_NEEDS_PARTNER    = 1 << 5,
  PSL_REPORT_NEEDS_CONTRACT   = 1 << 6,
} PslReportNeeds;

/* What a report is made of; the names of staff and antennas already
 * found (ids), the period checked (ISO days). */
typedef struct
{
  const char *from;
  const char *to;
  const char *person;
  const char *company;
  const char *commitment;
  const char *placement;
  const char *partner;
  const char *contract;
  const char *staff_id;
  const char *antenna_id;
  const char *sector;
  const char *level;
  const char *reply_by;    /* ISO; NULL: thirty days from today */
  const char *signatory;
  gboolean    team;        /* the follow-up that names people, for the team */
} PslReportParams;

typedef PslDocument *(*PslReportBuild) (PslStore              *store,
                                        const PslReportParams *params,
                                        GError               **error);

typedef struct
{
  const char     *name;      /* on the command line: "activity" */
  const char     *usage;     /* N_(): its options, the words in capitals translated */
  const char     *summary;   /* N_(): what it is, in a line of --help */
  const char     *busy;      /* N_(): said while it is made on the Rapports page */
  PslReportNeeds  needs;
  gboolean        personal;  /* about one person: its making is journaled */
  PslReportBuild  build;
} PslReportKindInfo;

const PslReportKindInfo *psl_report_kind_info      (PslReportKind  kind);
/* FALSE for a name no report has. */
gboolean                 psl_report_kind_from_name (const char    *name,
                                                    PslReportKind *kind);

G_END_DECLS
