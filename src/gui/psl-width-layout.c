/* psl-width-layout.c — a bin whose width never hangs on the height it is given
 *
 * The layout of the window's content beside the sidebar and of every page: as GtkBinLayout,
 * but for one thing.  The sidebar's AdwLeaflet asks its content how wide
 * it must be for the window's height.  The content is a vertical box (the
 * header bar over the pages), and GTK 4.8's box answers such a question
 * by trying width after width (doubling, then halving the gap) until the
 * page it holds fits the height: the page, and every wrapping label of it,
 * was laid out some fifteen times over at each change of a list, frames
 * of 100 ms for a page of a hundred rows.
 *
 * AdwViewStack asks the same of each page it holds, shown or not; every
 * page of the window (PslPage) is laid out so too.
 *
 * The pages scroll: how wide the content needs to be does not depend on
 * how tall it is.  So its width is asked for any height (-1), which each
 * widget answers once and keeps; the height for a width is passed on as
 * it is.
 */

#define G_LOG_DOMAIN "psl-width-layout"

#include "config.h"

#include "psl-width-layout.h"

struct _PslWidthLayout
{
  GtkLayoutManager parent_instance;
};

G_DEFINE_FINAL_TYPE (PslWidthLayout, psl_width_layout, GTK_TYPE_LAYOUT_MANAGER)

static GtkSizeRequestMode
psl_width_layout_get_request_mode (GtkLayoutManager *layout,
                                   GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
psl_width_layout_measure (GtkLayoutManager *layout,
                          GtkWidget        *widget,
                          GtkOrientation    orientation,
                          int               for_size,
                          int              *minimum,
                          int              *natural,
                          int              *minimum_baseline,
                          int              *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;
  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0, child_nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
psl_width_layout_allocate (GtkLayoutManager *layout,
                           GtkWidget        *widget,
                           int               width,
                           int               height,
                           int               baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
psl_width_layout_class_init (PslWidthLayoutClass *klass)
{
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  layout_class->get_request_mode = psl_width_layout_get_request_mode;
  layout_class->measure = psl_width_layout_measure;
  layout_class->allocate = psl_width_layout_allocate;
}

static void
psl_width_layout_init (PslWidthLayout *self)
{
}
