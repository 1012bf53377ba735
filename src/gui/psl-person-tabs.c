/* psl-person-tabs.c — the tabs of a person's page past the identity
 *
 * Each tab is a widget of its own that knows nothing of the page; this is
 * where they are made and put in their slots.  Tabs that are lists of a
 * person's small records (barriers, confidential items, consents) are
 * pages of PslRecordList groups.
 */

#define G_LOG_DOMAIN "psl-person-tabs"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-barrier.h"
#include "psl-person-tabs.h"
#include "psl-record-list.h"
#include "psl-sensitive.h"

#define PARTNERS_SQL "SELECT id, name FROM partner WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE;"

static const char *const barrier_statuses[] = {
  "identified",  N_("Identified"),
  "in_progress", N_("Being lifted"),
  "lifted",      N_("Lifted"),
  NULL
};

static const PslFormRow barrier_rows[] = {
  { NULL,         "code",          PSL_FORM_CHOICE },
  { NULL,         "status",        PSL_FORM_CHOICE, barrier_statuses },
  { NULL,         "partner_id",    PSL_FORM_COMBO, NULL, PARTNERS_SQL },
  { N_("Dates"),  "identified_on", PSL_FORM_ENTRY },
  { N_("Dates"),  "lifted_on",     PSL_FORM_ENTRY },
  { N_("Notes"),  "notes",         PSL_FORM_TEXT },
  { NULL }
};

static const PslRecordForm barrier_form = {
  "barrier", psl_barrier_fields, barrier_rows, psl_barrier_create_from_form, NULL
};

static const PslRecordListSpec barrier_list = {
  .title = N_("Barriers"),
  .description = N_("What stands in the way of work besides the job itself, and who helps lift it."),
  .empty = N_("No barrier identified."),
  .add_tooltip = N_("Add a Barrier"),
  .new_title = N_("New Barrier"),
  .edit_title = N_("Barrier"),
  .deleted = N_("Barrier deleted"),
  .form = &barrier_form,
  .dated_column = "identified_on",
  .lines = psl_barrier_lines,
};

static const char *const sensitive_categories[] = {
  "health",     N_("Health"),
  "disability", N_("Disability"),
  "justice",    N_("Justice"),
  "benefit",    N_("Benefits"),
  NULL
};

static const PslFormRow sensitive_rows[] = {
  { NULL, "category",    PSL_FORM_CHOICE, sensitive_categories },
  { NULL, "detail",      PSL_FORM_TEXT },
  { NULL, "recorded_on", PSL_FORM_ENTRY },
  { NULL, "recorded_by", PSL_FORM_COMBO },
  { NULL }
};

static const PslRecordForm sensitive_form = {
  "person_sensitive", psl_sensitive_fields, sensitive_rows, psl_sensitive_create_from_form, NULL
};

static const PslRecordListSpec sensitive_list = {
  .title = N_("Confidential"),
  .description = N_("Health, disability, justice and benefits. Kept apart: never printed for a firm or "
                    "shared with a partner."),
  .empty = N_("Nothing confidential recorded."),
  .add_tooltip = N_("Add a Confidential Item"),
  .new_title = N_("New Confidential Item"),
  .edit_title = N_("Confidential Item"),
  .deleted = N_("Confidential item deleted"),
  .form = &sensitive_form,
  .dated_column = "recorded_on",
  .lines = psl_sensitive_lines,
};

/* A page of record lists; each is shown the person. */
static void
show_lists (GtkWidget  *tab,
            PslStore   *store,
            const char *person_id)
{
  GPtrArray *lists = g_object_get_data (G_OBJECT (tab), "record-lists");

  for (guint i = 0; i < lists->len; i++)
    psl_record_list_show (g_ptr_array_index (lists, i), store, person_id);
}

static GtkWidget *
make_list_page (const PslRecordListSpec * const *specs)
{
  GtkWidget *page = adw_preferences_page_new ();
  GPtrArray *lists = g_ptr_array_new ();

  for (guint i = 0; specs[i] != NULL; i++)
    {
      PslRecordList *list = psl_record_list_new (specs[i]);

      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (list));
      g_ptr_array_add (lists, list);
    }
  g_object_set_data_full (G_OBJECT (page), "record-lists", lists, (GDestroyNotify) g_ptr_array_unref);
  return page;
}

void
psl_person_tabs_add (PslPersonPage *page)
{
  static const PslRecordListSpec *const barriers[] = { &barrier_list, NULL };
  static const PslRecordListSpec *const confidential[] = { &sensitive_list, NULL };

  psl_person_page_set_tab (page, "barriers", make_list_page (barriers), show_lists);
  psl_person_page_set_tab (page, "private", make_list_page (confidential), show_lists);
}
