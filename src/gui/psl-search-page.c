/* psl-search-page.c — results of the global search, grouped by kind
 *
 * Each query runs on the database worker; a newer query cancels the one
 * before (the page's read, PslPage), so fast typing never shows stale
 * results.
 */

#define G_LOG_DOMAIN "psl-search-page"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-search.h"
#include "psl-search-page.h"

#define RESULTS_PER_KIND 25

struct _PslSearchPage
{
  PslPage       parent_instance;

  PslStore     *store;
  char         *query;
  guint         n_results;

  GtkStack     *stack;
  GtkListBox   *results_list;
};

G_DEFINE_FINAL_TYPE (PslSearchPage, psl_search_page, PSL_TYPE_PAGE)

enum {
  RESULT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gpointer
search_job (PslStore     *store,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  return psl_search_run (store, data, RESULTS_PER_KIND, error);
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  const char *kind = g_object_get_data (G_OBJECT (row), "kind");
  GtkWidget *header;

  if (before != NULL && g_strcmp0 (kind, g_object_get_data (G_OBJECT (before), "kind")) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (psl_search_kind_label (kind));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "search-group-heading");
  gtk_list_box_row_set_header (row, header);
}

static void
clear_results (PslSearchPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);
  self->n_results = 0;
}

static void
on_searched_cb (GObject      *source,
                GAsyncResult *res,
                gpointer      user_data)
{
  g_autoptr(PslSearchPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = psl_store_run_finish (PSL_STORE (source), res, &error);

  if (hits == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Search: %s", error->message);
      return;
    }

  psl_page_read_done (PSL_PAGE (self));
  clear_results (self);

  for (guint i = 0; i < hits->len; i++)
    {
      PslSearchHit *hit = g_ptr_array_index (hits, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_markup_escape_text (hit->title != NULL ? hit->title : "", -1);
      g_autofree char *detail = g_markup_escape_text (hit->detail != NULL ? hit->detail : "", -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "kind", g_strdup (hit->kind), g_free);
      g_object_set_data_full (G_OBJECT (row), "ref-id", g_strdup (hit->ref_id), g_free);
      g_object_set_data_full (G_OBJECT (row), "title", g_strdup (hit->title), g_free);
      gtk_list_box_append (self->results_list, row);
    }

  self->n_results = hits->len;
  gtk_stack_set_visible_child_name (self->stack, hits->len > 0 ? "results" : "empty");
}

static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     PslSearchPage *self)
{
  g_signal_emit (self, signals[RESULT_ACTIVATED], 0,
                 g_object_get_data (G_OBJECT (row), "kind"),
                 g_object_get_data (G_OBJECT (row), "ref-id"),
                 g_object_get_data (G_OBJECT (row), "title"));
}

static void
psl_search_page_dispose (GObject *object)
{
  PslSearchPage *self = (PslSearchPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_SEARCH_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (psl_search_page_parent_class)->dispose (object);
}

static void
load (PslPage      *page,
      GCancellable *cancellable)
{
  PslSearchPage *self = PSL_SEARCH_PAGE (page);

  /* Shown before any word was typed: nothing to look for. */
  if (self->query == NULL)
    {
      psl_page_read_done (page);
      return;
    }
  psl_store_run_async (self->store, search_job, g_strdup (self->query), g_free, (GDestroyNotify) g_ptr_array_unref,
                       cancellable, on_searched_cb, g_object_ref (self));
}

static void
psl_search_page_constructed (GObject *object)
{
  PslSearchPage *self = PSL_SEARCH_PAGE (object);

  G_OBJECT_CLASS (psl_search_page_parent_class)->constructed (object);
  self->store = g_object_ref (psl_page_get_store (PSL_PAGE (self)));
}

static void
psl_search_page_class_init (PslSearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_search_page_dispose;
  object_class->constructed = psl_search_page_constructed;
  PSL_PAGE_CLASS (klass)->load = load;

  signals[RESULT_ACTIVATED] =
    g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                  G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-search-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PslSearchPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PslSearchPage, results_list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
psl_search_page_init (PslSearchPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->results_list, header_func, NULL, NULL);
}

PslSearchPage *
psl_search_page_new (PslStore *store)
{
  return g_object_new (PSL_TYPE_SEARCH_PAGE, "store", store, NULL);
}

void
psl_search_page_set_query (PslSearchPage *self,
                           const char    *text)
{
  g_return_if_fail (PSL_IS_SEARCH_PAGE (self));

  g_free (self->query);
  self->query = g_strdup (text);
  psl_page_reload (PSL_PAGE (self));
}

void
psl_search_page_activate_first (PslSearchPage *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (PSL_IS_SEARCH_PAGE (self));

  row = gtk_list_box_get_row_at_index (self->results_list, 0);
  if (row != NULL)
    on_row_activated_cb (self->results_list, row, self);
}

guint
psl_search_page_get_n_results (PslSearchPage *self)
{
  g_return_val_if_fail (PSL_IS_SEARCH_PAGE (self), 0);
  return self->n_results;
}

gboolean
psl_search_page_is_busy (PslSearchPage *self)
{
  g_return_val_if_fail (PSL_IS_SEARCH_PAGE (self), FALSE);
  return psl_page_is_loading (PSL_PAGE (self)) || psl_page_is_stale (PSL_PAGE (self));
}
