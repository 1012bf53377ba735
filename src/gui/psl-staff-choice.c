/* psl-staff-choice.c — drop-downs of the team and of the antennas: all first, then each one */

#define G_LOG_DOMAIN "psl-staff-choice"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-portfolio.h"
#include "psl-ref.h"
#include "psl-installation.h"
#include "psl-staff-choice.h"

/* The names as shown, the whole team first; *ids the staff ids in that
 * order, NULL first. */
static GtkStringList *
team_names (PslStore   *store,
            GPtrArray **ids)
{
  GtkStringList *names = gtk_string_list_new ((const char *[]) { _("The Whole Team"), NULL });
  /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
  g_autoptr(GPtrArray) team = psl_portfolio_team (store, NULL);

  *ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (*ids, NULL);
  for (guint i = 0; team != NULL && i < team->len; i++)
    {
      PslRefItem *member = g_ptr_array_index (team, i);

      gtk_string_list_append (names, member->label);
      g_ptr_array_add (*ids, g_strdup (member->code));
    }
  return names;
}

GPtrArray *
psl_staff_choice_fill (GtkDropDown *dropdown,
                       PslStore    *store,
                       gpointer     owner)
{
  GPtrArray *ids = NULL;
  g_autoptr(GtkStringList) names = team_names (store, &ids);

  /* Filling selects the team: the owner's handlers would read again. */
  g_signal_handlers_block_matched (dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, owner);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, 0);
  g_signal_handlers_unblock_matched (dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, owner);
  return ids;
}

GPtrArray *
psl_staff_choice_fill_row (AdwComboRow *row,
                           PslStore    *store)
{
  GPtrArray *ids = NULL;
  g_autoptr(GtkStringList) names = team_names (store, &ids);

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, 0);
  return ids;
}

const char *
psl_staff_choice_selected (GtkDropDown *dropdown,
                           GPtrArray   *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (ids == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return NULL;
  return g_ptr_array_index (ids, selected);
}

void
psl_staff_choice_select (GtkDropDown *dropdown,
                         GPtrArray   *ids,
                         const char  *staff_id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), staff_id) == 0)
      gtk_drop_down_set_selected (dropdown, i);
}

GPtrArray *
psl_antenna_choice_fill (AdwComboRow *row,
                         PslStore    *store)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new ((const char *[]) { _("The Whole Structure"), NULL });
  /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
  g_autoptr(GPtrArray) sites = psl_installation_sites (store, NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (ids, NULL);
  for (guint i = 0; sites != NULL && i < sites->len; i++)
    {
      PslRefItem *site = g_ptr_array_index (sites, i);

      g_ptr_array_add (ids, g_strdup (site->code));
      gtk_string_list_append (names, site->label);
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, 0);
  return ids;
}
