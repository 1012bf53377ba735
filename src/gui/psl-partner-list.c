/* psl-partner-list.c — the directory of partner structures, and one partner with its partnerships
 *
 * A structure works with a few dozen partners: a plain list is enough,
 * each row saying what the partner is and how many people it referred.
 * A partner opens on its own page with its partnerships and their reviews.
 */

#define G_LOG_DOMAIN "psl-partner-list"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-network-dialogs.h"
#include "psl-partner.h"
#include "psl-partner-list.h"
#include "psl-page.h"
#include "psl-partnerships-group.h"
#include "psl-ref.h"
#include "psl-list-box.h"
#include "psl-list-export.h"
#include "psl-toast.h"

struct _PslPartnerList
{
  PslPage               parent_instance;

  PslStore             *store;
  char                 *partner_id;    /* the one open, or NULL */
  GPtrArray            *lines;         /* PslPartnerLine, as listed */

  GtkStack             *stack;
  GtkListBox           *list;
  GtkLabel             *name_label;
  GtkLabel             *kind_label;
  AdwPreferencesGroup  *details_group;
  GPtrArray            *details;       /* rows in details_group */
  PslPartnershipsGroup *partnerships;
};

G_DEFINE_FINAL_TYPE (PslPartnerList, psl_partner_list, PSL_TYPE_PAGE)

static void load (PslPage      *page,
                  GCancellable *cancellable);

static GtkWidget *
make_row (const PslPartnerLine *line)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *referrals = line->referrals > 0
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u referral", "%u referrals", line->referrals),
                       line->referrals)
    : NULL;
  g_autofree char *partnerships = line->partnerships > 0
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partnership", "%u partnerships", line->partnerships),
                       line->partnerships)
    : NULL;

  psl_append_part (detail, line->kind_label);
  psl_append_part (detail, line->commune);
  psl_append_part (detail, referrals);
  psl_append_part (detail, partnerships);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail->str);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "partners.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", line->id);
  return row;
}

static void
line_cells (gconstpointer  data,
            GPtrArray     *cells)
{
  const PslPartnerLine *line = data;

  psl_export_cell_text (cells, line->name);
  psl_export_cell_text (cells, line->kind_label);
  psl_export_cell_text (cells, line->commune);
  psl_export_cell_count (cells, line->referrals);
  psl_export_cell_count (cells, line->partnerships);
}

static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  static const char *headers[] = { N_("Name"), N_("Kind"), N_("Commune"),
                                   N_("Referrals over Twelve Months"), N_("Live Partnerships"), NULL };

  return psl_list_export_table (_("Partner Structures"), headers, PSL_PARTNER_LIST (widget)->lines, line_cells);
}

/* The partner's address, phone, e-mail, website and notes, those known. */
static void
show_details (PslPartnerList *self,
              GHashTable     *partner)
{
  static const char *columns[] = { "address", "phone", "email", "website", "notes" };
  const char *titles[G_N_ELEMENTS (columns)];
  const char *values[G_N_ELEMENTS (columns)];
  g_autoptr(GString) address = g_string_new (NULL);

  psl_append_part (address, g_hash_table_lookup (partner, "address"));
  psl_append_part (address, g_hash_table_lookup (partner, "postcode"));
  psl_append_part (address, g_hash_table_lookup (partner, "commune"));
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      titles[i] = _(psl_record_find_field (psl_partner_fields, columns[i])->label);
      values[i] = i == 0 ? address->str : g_hash_table_lookup (partner, columns[i]);
    }
  adw_preferences_group_set_description (self->details_group,
                                         psl_group_show_properties (self->details_group, self->details, titles,
                                                                    values, G_N_ELEMENTS (columns)) == 0
                                         ? _("None recorded yet: use Edit.") : NULL);
}

static void
on_saved_cb (PslPartnerList *self,
             const char     *id)
{
  psl_partner_list_reload (self);
  psl_partner_list_open_partner (self, id);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PslPartnerList *self = PSL_PARTNER_LIST (widget);
  PslRecordDialog *dialog = psl_partner_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                                    NULL, NULL);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslPartnerList *self = PSL_PARTNER_LIST (widget);
  g_autoptr(GError) error = NULL;
  PslRecordDialog *dialog;

  if (self->partner_id == NULL)
    return;
  dialog = psl_partner_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, self->partner_id,
                                   &error);
  if (dialog == NULL)
    {
      psl_toast_message (widget, error->message);
      return;
    }
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  psl_partner_list_open_partner (PSL_PARTNER_LIST (widget), g_variant_get_string (param, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslPartnerList *self = PSL_PARTNER_LIST (widget);

  g_clear_pointer (&self->partner_id, g_free);
  psl_partner_list_reload (self);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
psl_partner_list_dispose (GObject *object)
{
  PslPartnerList *self = PSL_PARTNER_LIST (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->partner_id, g_free);
  g_clear_pointer (&self->details, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_PARTNER_LIST);
  G_OBJECT_CLASS (psl_partner_list_parent_class)->dispose (object);
}

static void
psl_partner_list_class_init (PslPartnerListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_partner_list_dispose;
  PSL_PAGE_CLASS (klass)->load = load;
  g_type_ensure (PSL_TYPE_PARTNERSHIPS_GROUP);
  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-partner-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PslPartnerList, stack);
  gtk_widget_class_bind_template_child (widget_class, PslPartnerList, list);
  gtk_widget_class_bind_template_child (widget_class, PslPartnerList, name_label);
  gtk_widget_class_bind_template_child (widget_class, PslPartnerList, kind_label);
  gtk_widget_class_bind_template_child (widget_class, PslPartnerList, details_group);
  gtk_widget_class_bind_template_child (widget_class, PslPartnerList, partnerships);
  gtk_widget_class_install_action (widget_class, "partners.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "partners.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "partners.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "partners.back", NULL, back_action);
  psl_list_export_install (widget_class, collect_rows);
}

static void
psl_partner_list_init (PslPartnerList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->details = g_ptr_array_new ();
  psl_list_box_set_placeholder_text (self->list, _("No partner recorded yet."));
}

void
psl_partner_list_set_store (PslPartnerList *self,
                            PslStore       *store)
{
  g_return_if_fail (PSL_IS_PARTNER_LIST (self));

  g_set_object (&self->store, store);
  g_clear_pointer (&self->partner_id, g_free);
  gtk_stack_set_visible_child_name (self->stack, "list");
  /* Read when first shown: the window opens on another page. */
  psl_partner_list_reload (self);
}

static gpointer
load_job (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  g_autofree char *today = psl_today_iso ();

  return psl_partner_list (store, today, error);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PslPartnerList) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = psl_store_run_finish (PSL_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  psl_page_read_done (PSL_PAGE (self));
  psl_list_box_remove_all (self->list);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  if (lines == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  for (guint i = 0; i < lines->len; i++)
    gtk_list_box_append (self->list, make_row (g_ptr_array_index (lines, i)));
  self->lines = g_steal_pointer (&lines);
}

/* The partners, with what they did this year, on the database thread. */
static void
load (PslPage      *page,
      GCancellable *cancellable)
{
  PslPartnerList *self = PSL_PARTNER_LIST (page);

  psl_store_run_async (self->store, load_job, NULL, NULL, (GDestroyNotify) g_ptr_array_unref, cancellable,
                       on_loaded_cb, g_object_ref (self));
}

void
psl_partner_list_reload (PslPartnerList *self)
{
  g_return_if_fail (PSL_IS_PARTNER_LIST (self));

  if (self->store != NULL)
    psl_page_reload (PSL_PAGE (self));
}

/* Shows the partner's page; FALSE when it is no longer there. */
gboolean
psl_partner_list_open_partner (PslPartnerList *self,
                               const char     *partner_id)
{
  g_autoptr(GHashTable) partner = NULL;
  g_autoptr(GString) kind = g_string_new (NULL);
  g_autofree char *kind_label = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PSL_IS_PARTNER_LIST (self), FALSE);

  partner = psl_record_load (self->store, "partner", psl_partner_fields, partner_id, &error);
  if (partner == NULL)
    {
      psl_toast_error (GTK_WIDGET (self), &error);
      return FALSE;
    }
  kind_label = psl_ref_label (self->store, "partner_kind", g_hash_table_lookup (partner, "kind"));
  psl_append_part (kind, kind_label);
  psl_append_part (kind, g_hash_table_lookup (partner, "commune"));
  gtk_label_set_text (self->name_label, g_hash_table_lookup (partner, "name"));
  gtk_label_set_text (self->kind_label, kind->str);
  show_details (self, partner);
  g_free (self->partner_id);
  self->partner_id = g_strdup (partner_id);
  psl_partnerships_group_set_owner (self->partnerships, self->store, TRUE, partner_id);
  gtk_stack_set_visible_child_name (self->stack, "partner");
  return TRUE;
}

GtkListBox *
psl_partner_list_get_list (PslPartnerList *self)
{
  g_return_val_if_fail (PSL_IS_PARTNER_LIST (self), NULL);
  return self->list;
}
