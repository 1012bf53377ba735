/* psl-placeholder-page.c — a section that shows what the file holds, as a status page */

#define G_LOG_DOMAIN "psl-placeholder-page"

#include "config.h"

#include "psl-placeholder-page.h"

struct _PslPlaceholderPage
{
  GtkWidget      parent_instance;
  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (PslPlaceholderPage, psl_placeholder_page, GTK_TYPE_WIDGET)

static void
psl_placeholder_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PSL_TYPE_PLACEHOLDER_PAGE);
  G_OBJECT_CLASS (psl_placeholder_page_parent_class)->dispose (object);
}

static void
psl_placeholder_page_class_init (PslPlaceholderPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_placeholder_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-placeholder-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PslPlaceholderPage, status_page);
}

static void
psl_placeholder_page_init (PslPlaceholderPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PslPlaceholderPage *
psl_placeholder_page_new (const char *title,
                          const char *icon_name)
{
  PslPlaceholderPage *self = g_object_new (PSL_TYPE_PLACEHOLDER_PAGE, NULL);

  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_icon_name (self->status_page, icon_name);
  return self;
}

void
psl_placeholder_page_set_description (PslPlaceholderPage *self,
                                      const char         *description)
{
  g_return_if_fail (PSL_IS_PLACEHOLDER_PAGE (self));
  adw_status_page_set_description (self->status_page, description);
}
