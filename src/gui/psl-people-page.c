/* psl-people-page.c — Personnes: the list of people and one person's page, in one place
 *
 * The person's page is made when a person is first opened: its tabs
 * would otherwise slow every start-up.  A new person is asked for what
 * identifies them (name, date of birth) and who follows them; the core
 * refuses a second record of the same person and says which one exists.
 *
 * The page has no read of its own (no load for PslPage): its list is a
 * table that reads itself once shown and again after a write, in two
 * parts, as the firms' list of Entreprises does; a person's page reads
 * as it is opened.
 */

#define G_LOG_DOMAIN "psl-people-page"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-people-page.h"
#include "psl-prepare.h"
#include "psl-person.h"
#include "psl-person-list-view.h"
#include "psl-person-page.h"
#include "psl-person-tabs.h"
#include "psl-record-dialog.h"
#include "psl-toast.h"

static const PslFormRow new_person_rows[] = {
  { NULL,               "first_name",  PSL_FORM_ENTRY },
  { NULL,               "last_name",   PSL_FORM_ENTRY },
  { NULL,               "birth_date",  PSL_FORM_ENTRY },
  { N_("Accompaniment"), "referent_id", PSL_FORM_COMBO },
  { N_("Accompaniment"), "entered_on",  PSL_FORM_ENTRY },
  { NULL }
};

static gboolean
check_new_person (GHashTable  *values,
                  const char **refused_column,
                  GError     **error)
{
  if (g_hash_table_lookup (values, "entered_on") == NULL || *(char *) g_hash_table_lookup (values, "entered_on") == '\0')
    {
      *refused_column = "entered_on";
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Start of accompaniment: give the date the accompaniment began."));
      return FALSE;
    }
  return TRUE;
}

static const PslRecordForm new_person_form = {
  "person", psl_person_fields, new_person_rows, psl_person_create_from_form, check_new_person
};

struct _PslPeoplePage
{
  PslPage            parent_instance;

  PslStore          *store;
  GtkStack          *stack;
  PslPersonListView *list;
  PslPersonPage     *person;
  GCancellable      *prepare;      /* the sheet's making, waiting for the worker */
};

G_DEFINE_FINAL_TYPE (PslPeoplePage, psl_people_page, PSL_TYPE_PAGE)

static void
on_back_cb (PslPeoplePage *self)
{
  psl_people_page_show_list (self);
}

static void
on_deleted_cb (PslPersonPage *page,
               const char    *id,
               const char    *name,
               PslPeoplePage *self)
{
  /* Translators: %s is the name of a person */
  g_autofree char *title = g_strdup_printf (_("“%s” deleted"), name);

  psl_toast_undo (GTK_WIDGET (self), title, "people.restore-person", g_variant_new_string (id));
  psl_people_page_show_list (self);
  psl_person_list_view_reload (self->list);
}

static PslPersonPage *
ensure_person_page (PslPeoplePage *self)
{
  if (self->person != NULL)
    return self->person;

  self->person = psl_person_page_new (self->store);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->person), "person");
  g_signal_connect_swapped (self->person, "back", G_CALLBACK (on_back_cb), self);
  g_signal_connect (self->person, "deleted", G_CALLBACK (on_deleted_cb), self);
  g_signal_connect_swapped (self->person, "changed", G_CALLBACK (psl_person_list_view_reload), self->list);
  psl_person_tabs_add (self->person);
  return self->person;
}

static void
on_person_activated_cb (PslPersonListView *list,
                        const char        *id,
                        PslPeoplePage     *self)
{
  psl_people_page_open_person (self, id);
}

static void
on_new_person_saved_cb (PslRecordDialog *dialog,
                        const char      *id,
                        PslPeoplePage   *self)
{
  psl_person_list_view_reload (self->list);
  psl_people_page_open_person (self, id);
}

static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PslPeoplePage *self = PSL_PEOPLE_PAGE (widget);
  g_autoptr(GHashTable) defaults = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GError) error = NULL;
  PslRecordDialog *dialog;

  if (self->store == NULL)
    return;
  g_hash_table_insert (defaults, (gpointer) "entered_on", psl_today_iso ());
  dialog = psl_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, &new_person_form,
                                  NULL, NULL, defaults, &error);
  if (dialog == NULL)
    {
      psl_toast_message (widget, error->message);
      return;
    }
  gtk_window_set_title (GTK_WINDOW (dialog), _("New Person"));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_new_person_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_person_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PslPeoplePage *self = PSL_PEOPLE_PAGE (widget);
  const char *id = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;

  if (!psl_record_set_deleted (self->store, "person", id, FALSE, &error))
    {
      psl_toast_message (widget, error->message);
      return;
    }
  psl_person_list_view_reload (self->list);
  psl_people_page_open_person (self, id);
}

static void
psl_people_page_dispose (GObject *object)
{
  PslPeoplePage *self = PSL_PEOPLE_PAGE (object);

  g_cancellable_cancel (self->prepare);
  g_clear_object (&self->prepare);
  if (self->stack != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->stack)));
  g_clear_object (&self->store);

  G_OBJECT_CLASS (psl_people_page_parent_class)->dispose (object);
}

static gboolean
make_person_page_cb (gpointer data)
{
  ensure_person_page (data);
  return G_SOURCE_REMOVE;
}

/* The person's sheet is made before the first click on a person
 * (psl-prepare.c), once the list is shown: its read is asked for then. */
static void
prepare_person_page (PslPeoplePage *self)
{
  g_signal_handlers_disconnect_by_func (self, prepare_person_page, NULL);
  if (self->person != NULL || self->prepare != NULL)
    return;
  self->prepare = g_cancellable_new ();
  psl_prepare_later (self->store, self->prepare, make_person_page_cb, self);
}

static void
psl_people_page_constructed (GObject *object)
{
  PslPeoplePage *self = PSL_PEOPLE_PAGE (object);

  G_OBJECT_CLASS (psl_people_page_parent_class)->constructed (object);
  self->store = g_object_ref (psl_page_get_store (PSL_PAGE (self)));
  psl_person_list_view_set_store (self->list, self->store);
  g_signal_connect (self, "map", G_CALLBACK (prepare_person_page), NULL);
}

static void
psl_people_page_class_init (PslPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_people_page_dispose;
  object_class->constructed = psl_people_page_constructed;
  gtk_widget_class_install_action (widget_class, "people.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "people.restore-person", "s", restore_person_action);
}

static void
psl_people_page_init (PslPeoplePage *self)
{
  self->stack = GTK_STACK (gtk_stack_new ());
  /* As the window's pages: the one shown alone is measured, and shown at
   * once rather than drawn twice through a cross-fade. */
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));
  self->list = psl_person_list_view_new ();
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->list), "list");
  g_signal_connect (self->list, "person-activated", G_CALLBACK (on_person_activated_cb), self);
}

PslPeoplePage *
psl_people_page_new (PslStore *store)
{
  return g_object_new (PSL_TYPE_PEOPLE_PAGE, "store", store, NULL);
}

void
psl_people_page_reload (PslPeoplePage *self)
{
  g_return_if_fail (PSL_IS_PEOPLE_PAGE (self));
  psl_person_list_view_reload (self->list);
}

gboolean
psl_people_page_open_person (PslPeoplePage *self,
                             const char    *person_id)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PSL_IS_PEOPLE_PAGE (self), FALSE);

  if (self->store == NULL)
    return FALSE;
  ensure_person_page (self);
  if (!psl_person_page_show_person (self->person, person_id, &error))
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  gtk_stack_set_visible_child_name (self->stack, "person");
  return TRUE;
}

void
psl_people_page_show_list (PslPeoplePage *self)
{
  g_return_if_fail (PSL_IS_PEOPLE_PAGE (self));
  gtk_stack_set_visible_child_name (self->stack, "list");
}

GtkWidget *
psl_people_page_get_list (PslPeoplePage *self)
{
  g_return_val_if_fail (PSL_IS_PEOPLE_PAGE (self), NULL);
  return GTK_WIDGET (self->list);
}

GtkWidget *
psl_people_page_get_person (PslPeoplePage *self)
{
  g_return_val_if_fail (PSL_IS_PEOPLE_PAGE (self), NULL);
  return GTK_WIDGET (ensure_person_page (self));
}
