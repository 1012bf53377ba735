/* psl-date-span.h — a period typed as two days, read and checked in one place */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Its first and last day, ISO (YYYY-MM-DD), the first not after the last. */
typedef struct
{
  char *from;
  char *to;
} PslDateSpan;

/* What is wrong with what was typed, for the caller to say it its way
 * (the command line names --from, a page marks the rows). */
typedef enum
{
  PSL_DATE_SPAN_OK       = 0,
  PSL_DATE_SPAN_BAD_FROM = 1 << 0,   /* the first is not a day (or missing) */
  PSL_DATE_SPAN_BAD_TO   = 1 << 1,   /* the last is not a day (or missing) */
  PSL_DATE_SPAN_REVERSED = 1 << 2,   /* the last comes before the first */
} PslDateSpanCheck;

/* from and to as typed (DD/MM/YYYY or ISO, spaces aside, may be NULL);
 * span is filled only when the answer is PSL_DATE_SPAN_OK. */
PslDateSpanCheck psl_date_span_parse (const char  *from,
                                      const char  *to,
                                      PslDateSpan *span);
void             psl_date_span_clear (PslDateSpan *span);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PslDateSpan, psl_date_span_clear)

G_END_DECLS
