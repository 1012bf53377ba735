/* psl-network-page.c — the Entreprises section: firms, partner structures and events
 *
 * The employer network is more than firms: the partners who refer people
 * and share firms, the events where they all meet, the volunteer mentors
 * and the news of the local economy.  Several views, one
 * switcher, so that the sidebar keeps its eight sections.
 */

#define G_LOG_DOMAIN "psl-network-page"

#include "config.h"

#include "psl-network-page.h"
#include "psl-mentor-list.h"
#include "psl-share-view.h"
#include "psl-watch-list.h"

struct _PslNetworkPage
{
  PslPage             parent_instance;

  GtkWidget          *box;
  AdwViewStack       *stack;
  PslCompanyListView *companies;
  PslPartnerList     *partners;
  PslEventList       *events;
  PslMentorList      *mentors;
  PslWatchList       *watch;
  PslShareView       *shared;
  AdwBin             *partners_bin;
  AdwBin             *events_bin;
  AdwBin             *mentors_bin;
  AdwBin             *watch_bin;
  AdwBin             *shared_bin;
};

G_DEFINE_FINAL_TYPE (PslNetworkPage, psl_network_page, PSL_TYPE_PAGE)

static void
psl_network_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PSL_TYPE_NETWORK_PAGE);
  G_OBJECT_CLASS (psl_network_page_parent_class)->dispose (object);
}

/* The views but the firms' are made the first time they are shown or
 * asked for.  AdwViewStack measures every view it holds, shown or not, and
 * each has its lists and texts to lay out: made at once, they cost the
 * first showing of Entreprises some 40 ms, for views seldom opened. */
typedef void (*SetStore) (gpointer view,
                          PslStore *store);

enum { VIEW_PARTNERS, VIEW_EVENTS, VIEW_MENTORS, VIEW_WATCH, VIEW_SHARED, N_LAZY_VIEWS };

static const struct
{
  const char *name;         /* in the stack */
  gsize       bin;          /* where it goes, in the template */
  gsize       view;         /* where it is kept */
  GType     (*type) (void);
  SetStore    set_store;
} lazy_views[N_LAZY_VIEWS] = {
  [VIEW_PARTNERS] = { "partners", G_STRUCT_OFFSET (PslNetworkPage, partners_bin), G_STRUCT_OFFSET (PslNetworkPage, partners),
                      psl_partner_list_get_type, (SetStore) psl_partner_list_set_store },
  [VIEW_EVENTS] = { "events", G_STRUCT_OFFSET (PslNetworkPage, events_bin), G_STRUCT_OFFSET (PslNetworkPage, events),
                    psl_event_list_get_type, (SetStore) psl_event_list_set_store },
  [VIEW_MENTORS] = { "mentors", G_STRUCT_OFFSET (PslNetworkPage, mentors_bin), G_STRUCT_OFFSET (PslNetworkPage, mentors),
                     psl_mentor_list_get_type, (SetStore) psl_mentor_list_set_store },
  [VIEW_WATCH] = { "watch", G_STRUCT_OFFSET (PslNetworkPage, watch_bin), G_STRUCT_OFFSET (PslNetworkPage, watch),
                   psl_watch_list_get_type, (SetStore) psl_watch_list_set_store },
  [VIEW_SHARED] = { "shared", G_STRUCT_OFFSET (PslNetworkPage, shared_bin), G_STRUCT_OFFSET (PslNetworkPage, shared),
                    psl_share_view_get_type, (SetStore) psl_share_view_set_store },
};

/* Each view reads once shown (the partners', events', mentors' and watch
 * lists are pages of their own; the firms' list is a table that reads
 * itself), so the page only hands them its base. */
static gpointer
ensure_view (PslNetworkPage *self,
             guint           i)
{
  GtkWidget **view = G_STRUCT_MEMBER_P (self, lazy_views[i].view);

  if (*view == NULL)
    {
      *view = g_object_new (lazy_views[i].type (), NULL);
      lazy_views[i].set_store (*view, psl_page_get_store (PSL_PAGE (self)));
      adw_bin_set_child (G_STRUCT_MEMBER (AdwBin *, self, lazy_views[i].bin), *view);
    }
  return *view;
}

static void
on_view_shown_cb (PslNetworkPage *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  for (guint i = 0; i < N_LAZY_VIEWS; i++)
    if (g_strcmp0 (name, lazy_views[i].name) == 0)
      ensure_view (self, i);
}

static void
psl_network_page_constructed (GObject *object)
{
  PslNetworkPage *self = PSL_NETWORK_PAGE (object);

  G_OBJECT_CLASS (psl_network_page_parent_class)->constructed (object);
  psl_company_list_view_set_store (self->companies, psl_page_get_store (PSL_PAGE (self)));
  on_view_shown_cb (self);
}

static void
psl_network_page_class_init (PslNetworkPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_network_page_dispose;
  G_OBJECT_CLASS (klass)->constructed = psl_network_page_constructed;
  g_type_ensure (PSL_TYPE_COMPANY_LIST_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-network-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, box);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, companies);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, partners_bin);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, events_bin);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, mentors_bin);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, watch_bin);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, shared_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_view_shown_cb);
}

static void
psl_network_page_init (PslNetworkPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PslNetworkPage *
psl_network_page_new (PslStore *store)
{
  return g_object_new (PSL_TYPE_NETWORK_PAGE, "store", store, NULL);
}

/* name: firms, partners, events, mentors, watch or shared. */
void
psl_network_page_show_view (PslNetworkPage *self,
                            const char     *name)
{
  g_return_if_fail (PSL_IS_NETWORK_PAGE (self));
  adw_view_stack_set_visible_child_name (self->stack, name);
}

PslCompanyListView *
psl_network_page_get_companies (PslNetworkPage *self)
{
  g_return_val_if_fail (PSL_IS_NETWORK_PAGE (self), NULL);
  return self->companies;
}

PslPartnerList *
psl_network_page_get_partners (PslNetworkPage *self)
{
  g_return_val_if_fail (PSL_IS_NETWORK_PAGE (self), NULL);
  return ensure_view (self, VIEW_PARTNERS);
}

PslEventList *
psl_network_page_get_events (PslNetworkPage *self)
{
  g_return_val_if_fail (PSL_IS_NETWORK_PAGE (self), NULL);
  return ensure_view (self, VIEW_EVENTS);
}

PslMentorList *
psl_network_page_get_mentors (PslNetworkPage *self)
{
  g_return_val_if_fail (PSL_IS_NETWORK_PAGE (self), NULL);
  return ensure_view (self, VIEW_MENTORS);
}

PslWatchList *
psl_network_page_get_watch (PslNetworkPage *self)
{
  g_return_val_if_fail (PSL_IS_NETWORK_PAGE (self), NULL);
  return ensure_view (self, VIEW_WATCH);
}
