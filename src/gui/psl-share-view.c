/* psl-share-view.c — the partner network: the frames agreed, and what partner structures shared
 *
 * First the confidentiality frames recorded with partners, each printed
 * to be signed.  Then one group per partner whose pack was read, with the
 * frame it came under: its firms (those also in this structure's network
 * said so), its open opportunities and its candidates' profiles,
 * anonymous unless the person agreed.  Read-only: a partner's data stay
 * theirs; the next pack replaces them.  Reading, the pack's checks and the
 * frame's document are made on the worker.
 */

#define G_LOG_DOMAIN "psl-share-view"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-document-window.h"
#include "psl-format.h"
#include "psl-frame-dialog.h"
#include "psl-frame-sheet.h"
#include "psl-share-view.h"
#include "psl-toast.h"
#include "share/psl-share.h"

struct _PslShareView
{
  GtkBox              parent_instance;

  PslStore           *store;
  GCancellable       *cancellable;
  AdwPreferencesPage *page;
  GPtrArray          *groups;
};

G_DEFINE_FINAL_TYPE (PslShareView, psl_share_view, GTK_TYPE_BOX)

static void load (PslShareView *self);

typedef struct
{
  GPtrArray *frames;   /* PslShareFrame */
  GPtrArray *packs;    /* PslSharePack */
} Shares;

static void
shares_free (Shares *shares)
{
  g_clear_pointer (&shares->frames, g_ptr_array_unref);
  g_clear_pointer (&shares->packs, g_ptr_array_unref);
  g_free (shares);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Shares, shares_free)

static gpointer
load_job (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  g_autoptr(Shares) shares = g_new0 (Shares, 1);

  if ((shares->frames = psl_share_frames_list (store, error)) == NULL ||
      (shares->packs = psl_share_received_load (store, error)) == NULL)
    return NULL;
  return g_steal_pointer (&shares);
}

static gpointer
frame_sheet_job (PslStore     *store,
                 gpointer      data,
                 GCancellable *cancellable,
                 GError      **error)
{
  return psl_frame_sheet_new (store, data, error);
}

static gpointer
import_job (PslStore     *store,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  g_autoptr(PslShareReceipt) receipt = psl_share_pack_import (store, data, error);

  if (receipt == NULL)
    return NULL;
  if (receipt->withdrawn)
    return g_strdup_printf (_("“%s” withdrew its sharing: what it had shared is dropped."), receipt->partner_name);
  /* Translators: after reading a partner's pack: the partner, then counts */
  return g_strdup_printf (_("Pack of “%s” read: %u firms, %u opportunities, %u profiles."), receipt->partner_name,
                          receipt->firms, receipt->opportunities, receipt->profiles);
}

static AdwPreferencesGroup *
add_group (PslShareView *self,
           const char   *title,
           const char   *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (self->page, group);
  g_ptr_array_add (self->groups, group);
  return group;
}

static void
add_row (GtkWidget  *parent,
         const char *title,
         const char *subtitle)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "—");
  adw_action_row_set_subtitle (row, subtitle);
  if (ADW_IS_EXPANDER_ROW (parent))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (parent), GTK_WIDGET (row));
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), GTK_WIDGET (row));
}

static GtkWidget *
add_expander (AdwPreferencesGroup *group,
              const char          *title,
              guint                count)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *number = g_strdup_printf ("%u", count);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), gtk_label_new (number));
  gtk_widget_set_sensitive (row, count > 0);
  adw_preferences_group_add (group, row);
  return row;
}

static void
on_frame_sheet_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PslShareView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_store_run_finish (PSL_STORE (source), result, &error);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (doc == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (psl_document_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, doc)));
}

static void
on_print_frame_clicked_cb (GtkButton    *button,
                           PslShareView *self)
{
  const char *frame_id = g_object_get_data (G_OBJECT (button), "frame-id");

  psl_store_run_async (self->store, frame_sheet_job, g_strdup (frame_id), g_free,
                       (GDestroyNotify) psl_document_unref, NULL, on_frame_sheet_cb, g_object_ref (self));
}

/* "entreprises, interlocuteurs, profils anonymes": what a frame lets go. */
static char *
frame_scope (const PslShareFrame *frame)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  if (frame->firms)
    g_strv_builder_add (parts, _("firms"));
  if (frame->contacts)
    g_strv_builder_add (parts, _("their contacts"));
  if (frame->opportunities)
    g_strv_builder_add (parts, _("open opportunities"));
  if (frame->profiles)
    g_strv_builder_add (parts, frame->named_profiles ? _("profiles, named with consent") : _("anonymous profiles"));
  list = g_strv_builder_end (parts);
  return g_strjoinv (", ", list);
}

static void
show_frames (PslShareView *self,
             GPtrArray    *frames)
{
  AdwPreferencesGroup *group = add_group (self, _("Confidentiality Frames"),
                                          _("Nothing is shared with a partner structure before a frame is agreed "
                                            "and recorded: what may go, for how long, signed by both."));

  if (frames->len == 0)
    add_row (GTK_WIDGET (group), _("No frame recorded yet"),
             _("Agree one with the partner, then record it here with its key (Record a Frame…)."));
  for (guint i = 0; i < frames->len; i++)
    {
      const PslShareFrame *frame = g_ptr_array_index (frames, i);
      g_autofree char *from = psl_format_date_short (frame->starts_on);
      g_autofree char *to = psl_format_date_short (frame->ends_on);
      g_autofree char *scope = frame_scope (frame);
      g_autofree char *withdrawn = frame->withdrawn_on != NULL ? psl_format_date_short (frame->withdrawn_on) : NULL;
      g_autofree char *when = withdrawn != NULL
        /* Translators: a frame's period, then the day it was withdrawn */
        ? g_strdup_printf (_("%1$s to %2$s, withdrawn on %3$s"), from, to, withdrawn)
        /* Translators: a frame's first and last days */
        : g_strdup_printf (_("%1$s to %2$s"), from, to);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", when, scope);
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
      GtkWidget *print = gtk_button_new_from_icon_name ("document-print-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), frame->partner_name);
      adw_action_row_set_subtitle (row, subtitle);
      gtk_widget_set_tooltip_text (print, _("Print the frame to be signed"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (print), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Print the frame to be signed"), -1);
      gtk_widget_set_valign (print, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (print, "flat");
      g_object_set_data_full (G_OBJECT (print), "frame-id", g_strdup (frame->id), g_free);
      g_signal_connect (print, "clicked", G_CALLBACK (on_print_frame_clicked_cb), self);
      adw_action_row_add_suffix (row, print);
      adw_preferences_group_add (group, GTK_WIDGET (row));
    }
}

static void
show_pack (PslShareView *self,
           PslSharePack *pack)
{
  g_autofree char *made = psl_format_date_short (pack->made_on);
  g_autofree char *from = psl_format_date_short (pack->starts_on);
  g_autofree char *to = psl_format_date_short (pack->ends_on);
  /* Translators: the day of a partner's pack, then the frame's first and last days */
  g_autofree char *description = g_strdup_printf (_("Pack of %s, under the confidentiality frame of %s to %s."),
                                                  made, from, to);
  AdwPreferencesGroup *group = add_group (self, pack->partner_name, description);
  GtkWidget *expander;

  if (pack->withdrawn)
    {
      add_row (GTK_WIDGET (group), _("Sharing withdrawn"), _("The partner withdrew what it had shared."));
      return;
    }
  expander = add_expander (group, _("Firms"), pack->firms->len);
  for (guint i = 0; i < pack->firms->len; i++)
    {
      PslShareFirm *firm = g_ptr_array_index (pack->firms, i);
      g_autofree char *subtitle = firm->ours
        ? g_strdup_printf ("%s · %s", firm->commune != NULL ? firm->commune : "", _("also in our network"))
        : g_strdup (firm->commune);

      add_row (expander, firm->name, subtitle);
    }
  expander = add_expander (group, _("Open Opportunities"), pack->opportunities->len);
  for (guint i = 0; i < pack->opportunities->len; i++)
    {
      PslShareOpportunity *opportunity = g_ptr_array_index (pack->opportunities, i);

      add_row (expander, opportunity->title, opportunity->firm);
    }
  expander = add_expander (group, _("Candidate Profiles"), pack->profiles->len);
  for (guint i = 0; i < pack->profiles->len; i++)
    {
      PslShareProfile *profile = g_ptr_array_index (pack->profiles, i);
      g_autofree char *mobility = profile->mobility_km >= 0
        /* Translators: how far a candidate can travel */
        ? g_strdup_printf (_("up to %ld km"), (long) profile->mobility_km) : NULL;
      g_autofree char *subtitle = g_strjoin (" · ", profile->name != NULL ? profile->name : _("anonymous"),
                                             mobility != NULL ? mobility : "", NULL);

      add_row (expander, profile->project != NULL ? profile->project : _("No project given"), subtitle);
    }
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PslShareView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(Shares) shares = psl_store_run_finish (PSL_STORE (source), result, &error);
  GPtrArray *packs;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  if (shares == NULL)
    {
      add_row (GTK_WIDGET (add_group (self, _("Partner Network"), NULL)), _("The shares cannot be read"),
               error->message);
      return;
    }
  show_frames (self, shares->frames);
  packs = shares->packs;
  if (packs->len == 0)
    add_row (GTK_WIDGET (add_group (self, _("Partner Network"),
                                    _("What partner structures share with this one, under a confidentiality "
                                      "frame recorded first: their firms, their open opportunities, their "
                                      "candidates’ profiles."))),
             _("Nothing shared yet"), _("Read the .psl-share pack a partner gave you."));
  for (guint i = 0; i < packs->len; i++)
    show_pack (self, g_ptr_array_index (packs, i));
}

static void
load (PslShareView *self)
{
  if (self->store == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  psl_store_run_async (self->store, load_job, NULL, NULL, (GDestroyNotify) shares_free, self->cancellable,
                       on_loaded_cb, g_object_ref (self));
}

static void
on_imported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PslShareView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = psl_store_run_finish (PSL_STORE (source), result, &error);

  psl_toast_message (GTK_WIDGET (self), message != NULL ? message : error->message);
  load (self);
}

void
psl_share_view_import (PslShareView *self,
                       const char   *path)
{
  g_return_if_fail (PSL_IS_SHARE_VIEW (self));

  if (self->store != NULL)
    psl_store_run_async (self->store, import_job, g_strdup (path), g_free, g_free, NULL, on_imported_cb,
                         g_object_ref (self));
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        PslShareView    *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      g_file_peek_path (file) != NULL)
    psl_share_view_import (self, g_file_peek_path (file));
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
on_read_clicked_cb (PslShareView *self)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Read a Partner’s Pack"), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Read"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Partner packs"));
  gtk_file_filter_add_suffix (filter, "psl-share");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_frame_saved_cb (PslFrameDialog *dialog,
                   const char     *frame_id,
                   PslShareView   *self)
{
  psl_toast_message (GTK_WIDGET (self), _("Frame recorded: print it from its row to have it signed."));
  load (self);
}

static void
on_record_clicked_cb (PslShareView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PslFrameDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = psl_frame_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_frame_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
psl_share_view_dispose (GObject *object)
{
  PslShareView *self = PSL_SHARE_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_share_view_parent_class)->dispose (object);
}

static void
psl_share_view_class_init (PslShareViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_share_view_dispose;
}

static void
psl_share_view_init (PslShareView *self)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *record = gtk_button_new_with_mnemonic (_("Record a _Frame…"));
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Read a Pack…"));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->groups = g_ptr_array_new ();
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_widget_set_margin_end (buttons, 18);
  g_signal_connect_swapped (record, "clicked", G_CALLBACK (on_record_clicked_cb), self);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_read_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), record);
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (self), buttons);
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->page));
}

void
psl_share_view_set_store (PslShareView *self,
                          PslStore     *store)
{
  g_return_if_fail (PSL_IS_SHARE_VIEW (self));

  g_set_object (&self->store, store);
  load (self);
}
