/* psl-contact-row.c — one contact of a firm in a list, with its menu
 *
 * The row and its menu name the actions of the firm's page
 * (company-page.*) with the contact's id: the page does the work.
 */

#define G_LOG_DOMAIN "psl-contact-row"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"

#include "psl-contact-row.h"

struct _PslContactRow
{
  AdwActionRow    parent_instance;

  char           *contact_id;

  AdwAvatar      *avatar;
  GtkWidget      *tutor_label;
  GtkMenuButton  *menu_button;
};

G_DEFINE_FINAL_TYPE (PslContactRow, psl_contact_row, ADW_TYPE_ACTION_ROW)

/* What one needs at a glance: what they do on one line, how to reach
 * them on the next. */
static char *
describe (const PslContact *c)
{
  g_autoptr(GString) work = g_string_new (NULL);
  g_autoptr(GString) reach = g_string_new (NULL);

  if (!c->active)
    psl_append_part (work, _("No longer at the firm"));
  psl_append_part (work, c->role_label);
  psl_append_part (work, c->job_title);
  psl_append_part (reach, c->phone);
  psl_append_part (reach, c->mobile);
  psl_append_part (reach, c->email);
  return g_strconcat (work->str, work->len > 0 && reach->len > 0 ? "\n" : "", reach->str, NULL);
}

static void
add_item (GMenu      *menu,
          const char *label,
          const char *action,
          const char *contact_id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (contact_id));
  g_menu_append_item (menu, item);
}

static void
psl_contact_row_finalize (GObject *object)
{
  g_free (PSL_CONTACT_ROW (object)->contact_id);
  G_OBJECT_CLASS (psl_contact_row_parent_class)->finalize (object);
}

static void
psl_contact_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PSL_TYPE_CONTACT_ROW);
  G_OBJECT_CLASS (psl_contact_row_parent_class)->dispose (object);
}

static void
psl_contact_row_class_init (PslContactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_contact_row_dispose;
  object_class->finalize = psl_contact_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-contact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PslContactRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, PslContactRow, tutor_label);
  gtk_widget_class_bind_template_child (widget_class, PslContactRow, menu_button);
}

static void
psl_contact_row_init (PslContactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PslContactRow *
psl_contact_row_new (const PslContact *contact)
{
  PslContactRow *self = g_object_new (PSL_TYPE_CONTACT_ROW, NULL);
  g_autofree char *name = psl_contact_get_name (contact);
  g_autofree char *description = describe (contact);
  g_autoptr(GMenu) menu = g_menu_new ();

  self->contact_id = g_strdup (contact->id);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), description);
  adw_avatar_set_text (self->avatar, name);
  gtk_widget_set_visible (self->tutor_label, contact->is_tutor);
  if (!contact->active)
    gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self), g_variant_new_string (contact->id));

  add_item (menu, _("_Edit"), "company-page.edit-contact", contact->id);
  add_item (menu, _("_Export the vCard…"), "company-page.export-contact", contact->id);
  add_item (menu, _("_Delete"), "company-page.delete-contact", contact->id);
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (menu));

  return self;
}

const char *
psl_contact_row_get_contact_id (PslContactRow *self)
{
  g_return_val_if_fail (PSL_IS_CONTACT_ROW (self), NULL);
  return self->contact_id;
}
