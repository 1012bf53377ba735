/* psl-page.h — what every page of the window does with its read: read when shown, again after a write, never twice at once */
#pragma once

#include <gtk/gtk.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PAGE (psl_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (PslPage, psl_page, PSL, PAGE, GtkWidget)

struct _PslPageClass
{
  GtkWidgetClass parent_class;

  /* Starts the page's read on the database worker, with cancellable: a
   * newer read cancels it.  Its callback returns at once when cancelled,
   * and calls psl_page_read_done() before it shows what it read. */
  void (*load) (PslPage      *self,
                GCancellable *cancellable);
};

/* The base the page shows, given once as it is made (its construct-only
 * "store"); NULL for a part of a page that is given its base later. */
PslStore *psl_page_get_store  (PslPage *self);

/* The data changed: read again now if the page is shown, else when it is
 * next shown (a hidden page reads nothing). */
void     psl_page_reload     (PslPage *self);
/* What is shown was brought up to date by hand (a row taken away): read
 * again when next shown, not now. */
void     psl_page_mark_stale (PslPage *self);
/* From the read's callback, once it was not cancelled. */
void     psl_page_read_done  (PslPage *self);
/* Another base is set: the read under way is of the old one. */
void     psl_page_cancel     (PslPage *self);
/* A read is under way. */
gboolean psl_page_is_loading (PslPage *self);
/* Marked to read once shown. */
gboolean psl_page_is_stale   (PslPage *self);

/* One row of a list for one line read. */
typedef GtkWidget *(*PslPageMakeRow) (gconstpointer line);

/* The end of a read of lines (a GPtrArray from psl_store_run_async()):
 * nothing when it was cancelled; else a row each in list, the lines
 * kept in *lines for the list's export, or the failure said. */
void     psl_page_show_lines (PslPage        *self,
                              GObject        *source,
                              GAsyncResult   *result,
                              GtkListBox     *list,
                              GPtrArray     **lines,
                              PslPageMakeRow  make_row);

G_END_DECLS
