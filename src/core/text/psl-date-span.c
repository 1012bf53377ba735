/* psl-date-span.c — a period typed as two days, read and checked in one place
 *
 * The command line (--from, --to), the Rapports page and the diary's
 * export each took a period typed as two days; they read it here, so
 * that a day one accepts is a day all accept, and none lets a period end
 * before it starts.
 */

#include "config.h"

#include "psl-date-span.h"
#include "psl-format.h"

PslDateSpanCheck
psl_date_span_parse (const char  *from,
                     const char  *to,
                     PslDateSpan *span)
{
  g_autoptr(GDate) first = psl_date_parse_user (from);
  g_autoptr(GDate) last = psl_date_parse_user (to);

  if (first == NULL || last == NULL)
    return (first == NULL ? PSL_DATE_SPAN_BAD_FROM : 0) | (last == NULL ? PSL_DATE_SPAN_BAD_TO : 0);
  if (g_date_compare (first, last) > 0)
    return PSL_DATE_SPAN_REVERSED;
  span->from = psl_date_to_iso (first);
  span->to = psl_date_to_iso (last);
  return PSL_DATE_SPAN_OK;
}

void
psl_date_span_clear (PslDateSpan *span)
{
  g_clear_pointer (&span->from, g_free);
  g_clear_pointer (&span->to, g_free);
}
