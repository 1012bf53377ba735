/* psl-format.h — dates and numbers written the way French users read them */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GDate *psl_date_parse          (const char *iso);
GDate *psl_date_parse_user     (const char *text);
gboolean psl_date_is_iso     (const char *text);
char  *psl_date_to_iso         (const GDate *date);
char  *psl_today_iso           (void);
char  *psl_format_date         (const char *iso);
char  *psl_format_date_short   (const char *iso);
char  *psl_format_month_year   (guint       month,
                                guint       year);
const char *psl_month_name     (guint       month);
const char *psl_weekday_name   (GDateWeekday weekday);
char  *psl_format_count        (gint64      value);
char  *psl_format_decimal      (double      value,
                                guint       digits);
char  *psl_format_days_from_today (const char *iso,
                                   const char *today_iso);

/* Whole months from start to day (0 within the first month), counting a
 * last day in as the day after it when inclusive; -1 when either is not
 * a date or day comes first. */
int    psl_whole_months        (const char *start,
                                const char *day,
                                gboolean    inclusive);

/* The words that agree with a person's sex ("F", "M"), the form for
 * either when it is not known ("X" or NULL). */
const char *psl_by_sex         (const char *sex,
                                const char *female,
                                const char *male,
                                const char *either);

void   psl_append_part         (GString    *text,
                                const char *part);
void   psl_append_separated    (GString    *text,
                                const char *separator,
                                const char *part);

/* French typography for a printed text: a narrow no-break space before
 * % : ; ? and ! (put in, or put in place of a plain one), a no-break
 * space inside « guillemets ».  Times (9:30), addresses (https://) and
 * text already right are left as they are. */
#define PSL_NARROW_NBSP "\u202f"
#define PSL_NBSP        "\u00a0"
char  *psl_format_typography   (const char *text);

G_END_DECLS
