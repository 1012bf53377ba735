/* psl-calendar-export.c — a counsellor's coming follow-ups and appointments as an iCalendar file
 *
 * Evolution, Thunderbird and phones read what libical writes.  An event
 * leaves the structure, to a calendar that may be synchronised anywhere:
 * by default it says what kind of appointment and with whom — a firm by
 * its name, a person by their initials — and nothing else: no description,
 * so that no firm, contract or free text written by a counsellor is joined
 * to a person there.  Full names and what is due (the follow-up's label,
 * the firm, the contract) go only when the user knowingly asks for them.
 * Nothing of the person's situation, barriers or notes goes either way.
 * The UID of an item is stable, so that importing again updates the
 * events rather than doubling them.
 */

#define G_LOG_DOMAIN "psl-calendar-export"

#include "config.h"

#include "psl-i18n.h"
#include <libical/ical.h>
#include <stdlib.h>

#include "psl-calendar-export.h"
#include "psl-format.h"
#include "psl-schedule.h"
#include "privacy/psl-audit.h"

/* More than any counsellor has in three months. */
#define MAX_EVENTS 100000

static const char *const uid_kinds[] = {
  "followup", "reminder", "partner-reminder", "contract-end", "review", "survey",
};

static struct icaltimetype
all_day (const char *iso,
         int         plus_days)
{
  g_autoptr(GDate) date = psl_date_parse (iso);
  struct icaltimetype t = icaltime_null_date ();

  g_date_add_days (date, plus_days);
  t.year = g_date_get_year (date);
  t.month = g_date_get_month (date);
  t.day = g_date_get_day (date);
  t.is_date = 1;
  return t;
}

char *
psl_calendar_initials (const char *name)
{
  GString *out = g_string_new (NULL);
  gboolean word_start = TRUE;

  for (const char *p = name != NULL ? name : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* O'Neil is one name. */
      if (c == '\'' || c == 0x2019)
        continue;
      if (g_unichar_isalpha (c))
        {
          if (word_start)
            {
              g_string_append_unichar (out, g_unichar_toupper (c));
              g_string_append_c (out, '.');
            }
          word_start = FALSE;
        }
      else
        {
          /* A space starts a new initial; a hyphen is kept between two. */
          if (c == '-' && !word_start)
            g_string_append_c (out, '-');
          else if (g_unichar_isspace (c) && !word_start && out->len > 0)
            g_string_append_c (out, ' ');
          word_start = TRUE;
        }
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* The kinds that are about a person, named by initials by default. */
static gboolean
about_a_person (PslDueKind kind)
{
  return kind != PSL_DUE_FIRM_REMINDER && kind != PSL_DUE_PARTNER_REMINDER;
}

static icalcomponent *
make_event (const PslScheduleItem *item,
            struct icaltimetype    stamp,
            gboolean               full_names)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  g_autofree char *uid = g_strdup_printf ("%s-%s@passerelle", uid_kinds[item->kind], item->ref_id);
  g_autofree char *whom = full_names || !about_a_person (item->kind) ? g_strdup (item->title)
                                                                     : psl_calendar_initials (item->title);
  /* Translators: an event of the exported calendar, "Suivi : L. P." */
  g_autofree char *summary = g_strdup_printf (_("%1$s: %2$s"), psl_due_kind_label (item->kind), whom);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, icalproperty_new_dtstart (all_day (item->due_on, 0)));
  icalcomponent_add_property (event, icalproperty_new_dtend (all_day (item->due_on, 1)));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (full_names && item->label != NULL)
    icalcomponent_add_property (event, icalproperty_new_description (item->label));
  icalcomponent_add_property (event, icalproperty_new_categories ("Passerelle"));
  /* A day's follow-up does not make the counsellor busy all day. */
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  return event;
}

char *
psl_calendar_export (PslStore   *store,
                     const char *staff_id,
                     const char *today,
                     const char *until,
                     gboolean    full_names,
                     guint      *n_events,
                     GError    **error)
{
  g_autoptr(GPtrArray) items = NULL;
  icalcomponent *calendar;
  struct icaltimetype stamp = icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ());
  char *text;
  char *copy;
  guint n = 0;

  if (!psl_date_is_iso (today) || !psl_date_is_iso (until) || g_strcmp0 (until, today) < 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The calendar needs a last day that comes after today."));
      return NULL;
    }
  /* From today: what is overdue is the Échéancier's business, not the diary's. */
  items = psl_schedule_load_range (store, today, until, staff_id, MAX_EVENTS, error);
  if (items == NULL)
    return NULL;

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Passerelle//Passerelle " PACKAGE_VERSION "//FR"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  for (guint i = 0; i < items->len; i++)
    icalcomponent_add_component (calendar, make_event (g_ptr_array_index (items, i), stamp, full_names));
  n = items->len;
  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  /* libical allocates with malloc: handed over as GLib memory. */
  copy = g_strdup (text);
  free (text);
  if (n_events != NULL)
    *n_events = n;
  return copy;
}

gboolean
psl_calendar_export_file (PslStore   *store,
                          const char *staff_id,
                          const char *today,
                          const char *until,
                          gboolean    full_names,
                          const char *path,
                          guint      *n_events,
                          GError    **error)
{
  g_autofree char *text = psl_calendar_export (store, staff_id, today, until, full_names, n_events,
                                                error);
  g_autoptr(GError) local_error = NULL;

  if (text == NULL)
    return FALSE;
  /* Said plainly, before a temporary file beside it fails to take its place. */
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      /* Translators: %s is a folder given where a file was expected */
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("“%s” is a folder: give the name of the calendar file to write, ending in .ics."), path);
      return FALSE;
    }
  if (!g_file_set_contents (path, text, -1, &local_error))
    {
      /* Translators: %1$s is a file, %2$s why it could not be written */
      g_set_error (error, local_error->domain, local_error->code,
                   _("The calendar could not be written to “%1$s”: %2$s"), path, local_error->message);
      return FALSE;
    }
  /* People named in full leave the desk, to calendars often synchronised
   * outside: the journal keeps who sent them, and where. */
  if (full_names)
    {
      /* Translators: %s is the calendar file written */
      g_autofree char *detail = g_strdup_printf (_("Diary with people's full names, to “%s”"), path);

      return psl_audit_add (store, PSL_AUDIT_EXPORT, NULL, detail, error);
    }
  return TRUE;
}
