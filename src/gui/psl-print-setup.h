/* psl-print-setup.h — the paper and the printer, kept from one run of the program to the next */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The page setup last chosen, A4 portrait the first time. */
GtkPageSetup     *psl_print_setup_get_page      (void);
void              psl_print_setup_set_page      (GtkPageSetup     *setup);
/* The settings of the last print, or NULL. */
GtkPrintSettings *psl_print_setup_get_settings  (void);
void              psl_print_setup_set_settings  (GtkPrintSettings *settings);

G_END_DECLS
