/* psl-sheet.h — a modal window with Cancel and one confirm button over a page of groups */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PSL_TYPE_SHEET (psl_sheet_get_type ())
G_DECLARE_DERIVABLE_TYPE (PslSheet, psl_sheet, PSL, SHEET, AdwWindow)

struct _PslSheetClass
{
  AdwWindowClass parent_class;

  /* The confirm button: TRUE closes the window; FALSE keeps it open,
   * usually after psl_sheet_show_problem(). */
  gboolean (*accept) (PslSheet *self);
};

AdwPreferencesGroup *psl_sheet_add_group        (PslSheet   *self,
                                                 const char *title,
                                                 const char *description);
/* A text row added to group, filled with text (may be NULL). */
AdwEntryRow         *psl_sheet_add_entry        (AdwPreferencesGroup *group,
                                                 const char *title,
                                                 const char *text);
void                 psl_sheet_set_accept_label (PslSheet   *self,
                                                 const char *label);
void                 psl_sheet_show_problem     (PslSheet   *self,
                                                 const char *message);
/* The reason shown at the top, or NULL. */
const char          *psl_sheet_get_problem      (PslSheet   *self);
/* While something long runs after the confirm button (message said, the
 * form and the button insensitive); NULL gives the form back. */
void                 psl_sheet_set_busy         (PslSheet   *self,
                                                 const char *message);
gboolean             psl_sheet_accept           (PslSheet   *self);
/* From a subclass's accept, once written: emits "saved" (id: the record
 * written, or NULL), which the page behind connects to for a reload. */
void                 psl_sheet_saved            (PslSheet   *self,
                                                 const char *id);

G_END_DECLS
