/* psl-print-setup.c — the paper and the printer, kept from one run of the program to the next
 *
 * In GSettings, as GTK serialises them: a structure prints on the same
 * paper and printer every week, and should not choose them every time.
 * Without the schema (a build run by hand) they are kept for the run only.
 */

#define G_LOG_DOMAIN "psl-print-setup"

#include "config.h"

#include "psl-print-setup.h"

static GtkPageSetup *page_setup;
static GtkPrintSettings *print_settings;

static GSettings *
settings (void)
{
  static GSettings *settings;
  static gboolean looked;
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (looked)
    return settings;
  looked = TRUE;
  source = g_settings_schema_source_get_default ();
  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)) != NULL
      && g_settings_schema_has_key (schema, "page-setup"))
    settings = g_settings_new (APPLICATION_ID);
  return settings;
}

static GVariant *
stored (const char *key)
{
  GVariant *value;

  if (settings () == NULL)
    return NULL;
  value = g_settings_get_value (settings (), key);
  if (g_variant_n_children (value) == 0)
    g_clear_pointer (&value, g_variant_unref);
  return value;
}

GtkPageSetup *
psl_print_setup_get_page (void)
{
  g_autoptr(GVariant) value = NULL;

  if (page_setup == NULL && (value = stored ("page-setup")) != NULL)
    page_setup = gtk_page_setup_new_from_gvariant (value);
  if (page_setup == NULL)
    {
      g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size (page_setup, a4);
    }
  return page_setup;
}

void
psl_print_setup_set_page (GtkPageSetup *setup)
{
  g_set_object (&page_setup, setup);
  if (settings () != NULL)
    g_settings_set_value (settings (), "page-setup", gtk_page_setup_to_gvariant (setup));
}

GtkPrintSettings *
psl_print_setup_get_settings (void)
{
  g_autoptr(GVariant) value = NULL;

  if (print_settings == NULL && (value = stored ("print-settings")) != NULL)
    print_settings = gtk_print_settings_new_from_gvariant (value);
  return print_settings;
}

void
psl_print_setup_set_settings (GtkPrintSettings *settings_)
{
  g_set_object (&print_settings, settings_);
  if (settings () != NULL)
    g_settings_set_value (settings (), "print-settings", gtk_print_settings_to_gvariant (settings_));
}
