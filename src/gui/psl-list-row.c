/* psl-list-row.c — a row of a long list: title and subtitle between prefixes and suffixes, measured once per width
 *
 * It looks as libadwaita's AdwActionRow (the same nodes and classes:
 * row > box.header > box.prefixes, box.title > label.title,
 * label.subtitle, box.suffixes, so the theme styles it the same), and
 * wraps its texts the same way, but lays its header out otherwise.
 *
 * AdwActionRow's header is a GtkBox.  Asked how tall it is for a width,
 * GTK 4.8's box finds how to share the width among children that wrap by
 * trying width after width (doubling, then halving the gap): twenty
 * layouts of each text of the row for each width it is asked about.  A
 * list of a hundred such rows held the window for 100 ms.  Here the
 * prefixes and suffixes take their natural width and the texts the rest:
 * one layout of each text for each width.  The texts are centred by the
 * header, not by their alignment (see psl_row_header_size_allocate ()).
 */

#define G_LOG_DOMAIN "psl-list-row"

#include "config.h"

#include "psl-list-row.h"

/* The header's border-spacing in libadwaita's style sheet. */
#define SPACING 6

/* The header: its children side by side, those that do not expand at
 * their natural width (or their minimum when short of room), the one that
 * expands taking what is left. */
#define PSL_TYPE_ROW_HEADER (psl_row_header_get_type ())
G_DECLARE_FINAL_TYPE (PslRowHeader, psl_row_header, PSL, ROW_HEADER, GtkWidget)

struct _PslRowHeader
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (PslRowHeader, psl_row_header, GTK_TYPE_WIDGET)

/* The width of each shown child in widths[] (at most n_widths of them)
 * for the header's width; returns how many are shown. */
static guint
share_width (GtkWidget *header,
             int        width,
             int       *widths,
             guint      n_widths)
{
  int mins[8], nats[8];
  gboolean expands[8];
  int fixed_nat = 0, needed_min = 0, rest;
  guint n = 0, n_expand = 0;

  g_assert (n_widths <= G_N_ELEMENTS (mins));
  for (GtkWidget *child = gtk_widget_get_first_child (header); child != NULL && n < n_widths;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &mins[n], &nats[n], NULL, NULL);
      expands[n] = gtk_widget_get_hexpand (child);
      n_expand += expands[n];
      fixed_nat += expands[n] ? 0 : nats[n];
      needed_min += expands[n] ? mins[n] : 0;
      n++;
    }
  rest = width - SPACING * (n > 0 ? (int) n - 1 : 0);
  /* Short of room, the others give up what they can spare first. */
  for (guint i = 0; i < n; i++)
    if (!expands[i])
      {
        widths[i] = fixed_nat + needed_min <= rest ? nats[i] : mins[i];
        rest -= widths[i];
      }
  for (guint i = 0; i < n; i++)
    if (expands[i])
      widths[i] = MAX (mins[i], rest / (int) n_expand);
  return n;
}

static GtkSizeRequestMode
psl_row_header_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
psl_row_header_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  int widths[8];
  guint n, i = 0;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      n = 0;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int min = 0, nat = 0;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &min, &nat, NULL, NULL);
          *minimum += min;
          *natural += nat;
          n++;
        }
      *minimum += SPACING * (n > 0 ? n - 1 : 0);
      *natural += SPACING * (n > 0 ? n - 1 : 0);
      return;
    }

  n = for_size >= 0 ? share_width (widget, for_size, widths, G_N_ELEMENTS (widths)) : 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min = 0, nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, i < n ? widths[i] : -1, &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
      i++;
    }
}

static void
psl_row_header_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  int widths[8];
  guint n = share_width (widget, width, widths, G_N_ELEMENTS (widths)), i = 0;
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int x = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && i < n;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      int child_height = height, nat = 0;

      /* Centred here rather than by valign: GTK 4.8 allocates a widget
       * aligned otherwise than to fill by first asking its width for the
       * height, which for wrapping text is the search said above. */
      if (gtk_widget_get_request_mode (child) == GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH)
        {
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, widths[i], NULL, &nat, NULL, NULL);
          child_height = MIN (nat, height);
        }
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { rtl ? width - x - widths[i] : x, (height - child_height) / 2,
                                                   widths[i], child_height },
                                -1);
      x += widths[i] + SPACING;
      i++;
    }
}

static void
psl_row_header_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (psl_row_header_parent_class)->dispose (object);
}

static void
psl_row_header_class_init (PslRowHeaderClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_row_header_dispose;
  widget_class->get_request_mode = psl_row_header_get_request_mode;
  widget_class->measure = psl_row_header_measure;
  widget_class->size_allocate = psl_row_header_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "box");
}

static void
psl_row_header_init (PslRowHeader *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "header");
}

struct _PslListRow
{
  AdwPreferencesRow parent_instance;

  GtkWidget        *prefixes;
  GtkWidget        *title;
  GtkWidget        *subtitle;
  GtkWidget        *suffixes;
  GtkWidget        *activatable;   /* activated with the row, or NULL */
  GtkWidget        *list;          /* whose "row-activated" is followed */
};

G_DEFINE_FINAL_TYPE (PslListRow, psl_list_row, ADW_TYPE_PREFERENCES_ROW)

static void
psl_list_row_activate (GtkListBoxRow *row)
{
  PslListRow *self = PSL_LIST_ROW (row);

  if (self->activatable != NULL)
    gtk_widget_mnemonic_activate (self->activatable, FALSE);
}

/* A click on the row activates it through its list, not its own signal. */
static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     PslListRow    *self)
{
  if (row == GTK_LIST_BOX_ROW (self))
    psl_list_row_activate (row);
}

static void
follow_list (PslListRow *self,
             GtkWidget  *list)
{
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, on_row_activated_cb, self);
  self->list = list;
  if (list != NULL)
    g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
}

static void
on_parent_cb (PslListRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  follow_list (self, GTK_IS_LIST_BOX (parent) ? parent : NULL);
}

static void
psl_list_row_dispose (GObject *object)
{
  follow_list (PSL_LIST_ROW (object), NULL);
  G_OBJECT_CLASS (psl_list_row_parent_class)->dispose (object);
}

static void
psl_list_row_class_init (PslListRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_list_row_dispose;
  GTK_LIST_BOX_ROW_CLASS (klass)->activate = psl_list_row_activate;
}

static GtkWidget *
text_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
psl_list_row_init (PslListRow *self)
{
  GtkWidget *header = g_object_new (PSL_TYPE_ROW_HEADER, NULL);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->prefixes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->prefixes, "prefixes");
  gtk_widget_set_visible (self->prefixes, FALSE);
  gtk_widget_set_parent (self->prefixes, header);

  gtk_widget_add_css_class (texts, "title");
  gtk_widget_set_hexpand (texts, TRUE);
  self->title = text_label ("title");
  self->subtitle = text_label ("subtitle");
  gtk_box_append (GTK_BOX (texts), self->title);
  gtk_box_append (GTK_BOX (texts), self->subtitle);
  gtk_widget_set_parent (texts, header);

  self->suffixes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->suffixes, "suffixes");
  gtk_widget_set_visible (self->suffixes, FALSE);
  gtk_widget_set_parent (self->suffixes, header);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), header);
  /* Its title is a preferences row's, as libadwaita's rows have it (a
   * group's search, the tests find it so): plain text. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  g_object_bind_property (self, "title", self->title, "label", G_BINDING_SYNC_CREATE);
  g_signal_connect (self, "notify::parent", G_CALLBACK (on_parent_cb), NULL);
}

/* subtitle may be NULL: the title alone, as AdwActionRow shows it. */
GtkWidget *
psl_list_row_new (const char *title,
                  const char *subtitle)
{
  PslListRow *self = g_object_new (PSL_TYPE_LIST_ROW, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  gtk_label_set_text (GTK_LABEL (self->subtitle), subtitle);
  gtk_widget_set_visible (self->subtitle, subtitle != NULL && *subtitle != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  return GTK_WIDGET (self);
}

const char *
psl_list_row_get_subtitle (PslListRow *self)
{
  g_return_val_if_fail (PSL_IS_LIST_ROW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->subtitle));
}

void
psl_list_row_add_prefix (PslListRow *self,
                         GtkWidget  *widget)
{
  g_return_if_fail (PSL_IS_LIST_ROW (self));

  gtk_box_append (GTK_BOX (self->prefixes), widget);
  gtk_widget_set_visible (self->prefixes, TRUE);
}

void
psl_list_row_add_suffix (PslListRow *self,
                         GtkWidget  *widget)
{
  g_return_if_fail (PSL_IS_LIST_ROW (self));

  gtk_box_append (GTK_BOX (self->suffixes), widget);
  gtk_widget_set_visible (self->suffixes, TRUE);
}

/* The subtitle on n lines at most, cut with an ellipsis beyond (0: all). */
void
psl_list_row_set_subtitle_lines (PslListRow *self,
                                 int         n)
{
  g_return_if_fail (PSL_IS_LIST_ROW (self));

  gtk_label_set_lines (GTK_LABEL (self->subtitle), n);
  gtk_label_set_ellipsize (GTK_LABEL (self->subtitle), n > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
}

/* widget is activated with the row (a click on it, Enter), as
 * AdwActionRow's activatable-widget; the row becomes activatable. */
void
psl_list_row_set_activatable_widget (PslListRow *self,
                                     GtkWidget  *widget)
{
  g_return_if_fail (PSL_IS_LIST_ROW (self));

  self->activatable = widget;
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), widget != NULL);
}
