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
};

G_DEFINE_FINAL_TYPE (PslNetworkPage, psl_network_page, PSL_TYPE_PAGE)

static void
psl_network_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PSL_TYPE_NETWORK_PAGE);
  G_OBJECT_CLASS (psl_network_page_parent_class)->dispose (object);
}

/* A container of views with no read of its own for PslPage: each view
 * reads once shown (the partners', events', mentors' and watch lists are
 * pages of their own; the firms' list is a table that reads itself), so
 * the page only hands them its base.  They are its template's children,
 * made before the base is given: they take it by their setters. */
static void
psl_network_page_constructed (GObject *object)
{
  PslNetworkPage *self = PSL_NETWORK_PAGE (object);
  PslStore *store;

  G_OBJECT_CLASS (psl_network_page_parent_class)->constructed (object);
  store = psl_page_get_store (PSL_PAGE (self));
  psl_company_list_view_set_store (self->companies, store);
  psl_partner_list_set_store (self->partners, store);
  psl_event_list_set_store (self->events, store);
  psl_mentor_list_set_store (self->mentors, store);
  psl_watch_list_set_store (self->watch, store);
  psl_share_view_set_store (self->shared, store);
}

static void
psl_network_page_class_init (PslNetworkPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_network_page_dispose;
  G_OBJECT_CLASS (klass)->constructed = psl_network_page_constructed;
  g_type_ensure (PSL_TYPE_COMPANY_LIST_VIEW);
  g_type_ensure (PSL_TYPE_PARTNER_LIST);
  g_type_ensure (PSL_TYPE_EVENT_LIST);
  g_type_ensure (PSL_TYPE_MENTOR_LIST);
  g_type_ensure (PSL_TYPE_WATCH_LIST);
  g_type_ensure (PSL_TYPE_SHARE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-network-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, box);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, companies);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, partners);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, events);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, mentors);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, watch);
  gtk_widget_class_bind_template_child (widget_class, PslNetworkPage, shared);
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
  return self->partners;
}

PslEventList *
psl_network_page_get_events (PslNetworkPage *self)
{
  g_return_val_if_fail (PSL_IS_NETWORK_PAGE (self), NULL);
  return self->events;
}

PslMentorList *
psl_network_page_get_mentors (PslNetworkPage *self)
{
  g_return_val_if_fail (PSL_IS_NETWORK_PAGE (self), NULL);
  return self->mentors;
}

PslWatchList *
psl_network_page_get_watch (PslNetworkPage *self)
{
  g_return_val_if_fail (PSL_IS_NETWORK_PAGE (self), NULL);
  return self->watch;
}
