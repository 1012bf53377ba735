/* psl-map-list.c — the partnership map as a table
 *
 * Each row is a node of the map, with what the pictures show by size,
 * place and colour written out: contacts, opportunities realised, people
 * placed and referred, ring, how much the node holds the network together.
 * Activating a row emits "node-activated" with the node's index, as the
 * pictures do.
 */

#define G_LOG_DOMAIN "psl-map-list"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-array-model.h"
#include "psl-rest.h"
#include "psl-map-list.h"
#include "psl-list-export.h"

/* One row: the node's index in the map. */
#define PSL_TYPE_MAP_ROW (psl_map_row_get_type ())
G_DECLARE_FINAL_TYPE (PslMapRow, psl_map_row, PSL, MAP_ROW, GObject)

struct _PslMapRow
{
  GObject  parent_instance;
  guint    index;
};

G_DEFINE_FINAL_TYPE (PslMapRow, psl_map_row, G_TYPE_OBJECT)

static void psl_map_row_class_init (PslMapRowClass *klass) {}
static void psl_map_row_init (PslMapRow *self) {}

typedef enum
{
  COLUMN_NAME,
  COLUMN_KIND,
  COLUMN_SECTOR,
  COLUMN_RING,
  COLUMN_CONTACTS,
  COLUMN_REALISED,
  COLUMN_PLACED,
  COLUMN_REFERRED,
  COLUMN_BRIDGE,
  N_COLUMNS
} Column;

static const struct { const char *title; int width; } columns[N_COLUMNS] = {
  { N_("Name"), 220 },
  { N_("Kind"), 130 },
  { N_("Sector"), 170 },
  { N_("Ring"), 150 },
  { N_("Exchanges"), 80 },
  { N_("Opportunities realised"), 90 },
  { N_("People started"), 90 },
  { N_("People referred"), 90 },
  { N_("Holds the network"), 90 },
};

struct _PslMapList
{
  GtkWidget       parent_instance;

  GtkWidget      *scrolled;
  GtkColumnView  *column_view;
  PslArrayModel  *rows;          /* handed to the view a step at a time */
  PslPartnerMap  *map;
};

enum {
  NODE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PslMapList, psl_map_list, GTK_TYPE_WIDGET)

static const PslMapNode *
row_node (PslMapList *self,
          gpointer    item)
{
  return g_ptr_array_index (self->map->nodes, PSL_MAP_ROW (item)->index);
}

static double
number (const PslMapNode *node,
        Column            column)
{
  switch (column)
    {
    case COLUMN_CONTACTS: return node->interactions;
    case COLUMN_REALISED: return node->realised;
    case COLUMN_PLACED:   return node->placements;
    case COLUMN_REFERRED: return node->referrals;
    case COLUMN_BRIDGE:   return node->centrality;
    case COLUMN_RING:     return node->ring;
    default:              return 0;
    }
}

static char *
cell_text (PslMapList       *self,
           const PslMapNode *node,
           Column            column)
{
  switch (column)
    {
    case COLUMN_NAME:
      return g_strdup (node->name);
    case COLUMN_KIND:
      return g_strdup (node->detail != NULL && node->kind == PSL_MAP_NODE_PARTNER
                       ? node->detail : psl_map_node_kind_label (node->kind));
    case COLUMN_SECTOR:
      return node->kind == PSL_MAP_NODE_COMPANY && node->sector < self->map->sectors->len
             ? g_strdup (((PslMapSector *) g_ptr_array_index (self->map->sectors, node->sector))->label)
             : g_strdup ("");
    case COLUMN_RING:
      return node->ring < self->map->rings->len ? g_strdup (g_ptr_array_index (self->map->rings, node->ring)) : g_strdup ("");
    case COLUMN_BRIDGE:
      return self->map->analysed ? g_strdup_printf ("%.0f %%", 100 * node->centrality) : g_strdup ("");
    default:
      return g_strdup_printf ("%.0f", number (node, column));
    }
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_INT (user_data) >= COLUMN_CONTACTS ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  PslMapList *self = g_object_get_data (G_OBJECT (factory), "list");
  g_autofree char *text = NULL;

  if (self->map == NULL)
    return;
  text = cell_text (self, row_node (self, gtk_list_item_get_item (item)), GPOINTER_TO_INT (user_data));
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

/* Figures sort largest first, names in dictionary order. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  GtkColumnViewColumn *column = user_data;
  PslMapList *self = g_object_get_data (G_OBJECT (column), "list");
  Column c = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (column), "column"));
  const PslMapNode *x = row_node (self, (gpointer) a);
  const PslMapNode *y = row_node (self, (gpointer) b);

  if (c >= COLUMN_CONTACTS)
    return number (x, c) < number (y, c) ? -1 : number (x, c) > number (y, c);
  {
    g_autofree char *tx = cell_text (self, x, c);
    g_autofree char *ty = cell_text (self, y, c);

    return g_utf8_collate (tx, ty);
  }
}

static void
on_activate_cb (GtkColumnView *view,
                guint          position,
                PslMapList    *self)
{
  g_autoptr(PslMapRow) row = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (view)), position);

  if (row != NULL)
    g_signal_emit (self, signals[NODE_ACTIVATED], 0, row->index);
}

static void
psl_map_list_dispose (GObject *object)
{
  PslMapList *self = (PslMapList *) object;

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->map, psl_partner_map_unref);

  G_OBJECT_CLASS (psl_map_list_parent_class)->dispose (object);
}

static PslExportTable *collect_rows (GtkWidget  *widget,
                                     const char *list);

static void
psl_map_list_class_init (PslMapListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_map_list_dispose;

  signals[NODE_ACTIVATED] = g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  psl_list_export_install (widget_class, collect_rows);
}

static void
psl_map_list_init (PslMapList *self)
{
  GtkSortListModel *sorted;

  self->rows = psl_array_model_new (PSL_TYPE_MAP_ROW);
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_column_separators (self->column_view, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Firms and partners of the map"), -1);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (on_activate_cb), self);

  for (Column c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkCustomSorter *sorter;

      g_object_set_data (G_OBJECT (factory), "list", self);
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), GINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), GINT_TO_POINTER (c));
      column = gtk_column_view_column_new (_(columns[c].title), factory);
      g_object_set_data (G_OBJECT (column), "list", self);
      g_object_set_data (G_OBJECT (column), "column", GINT_TO_POINTER (c));
      sorter = gtk_custom_sorter_new (compare_rows, column, NULL);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      gtk_column_view_column_set_expand (column, c == COLUMN_NAME);
      gtk_column_view_column_set_fixed_width (column, columns[c].width);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (sorter);
      g_object_unref (column);
    }

  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (sorted))));
  /* Behind the map, most often: its rows' widgets only when shown. */
  psl_rest_when_hidden (GTK_WIDGET (self), self->column_view, self->rows, NULL);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->column_view));
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
}

GtkWidget *
psl_map_list_new (void)
{
  return g_object_new (PSL_TYPE_MAP_LIST, NULL);
}

void
psl_map_list_set_map (PslMapList    *self,
                      PslPartnerMap *map)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (PSL_IS_MAP_LIST (self));

  g_clear_pointer (&self->map, psl_partner_map_unref);
  self->map = map != NULL ? psl_partner_map_ref (map) : NULL;
  for (guint i = 1; map != NULL && i < map->nodes->len; i++)
    {
      PslMapRow *row = g_object_new (PSL_TYPE_MAP_ROW, NULL);

      row->index = i;
      g_ptr_array_add (rows, row);
    }
  psl_array_model_set_items (self->rows, rows);
}

guint
psl_map_list_get_n_rows (PslMapList *self)
{
  g_return_val_if_fail (PSL_IS_MAP_LIST (self), 0);
  return psl_array_model_get_len (self->rows);
}

static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  return psl_map_list_table (PSL_MAP_LIST (widget));
}

PslExportTable *
psl_map_list_table (PslMapList *self)
{
  GListModel *shown = G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
  const char *headers[N_COLUMNS + 1] = { NULL };
  PslExportTable *table;

  if (self->map == NULL)
    return NULL;
  psl_array_model_show_all (self->rows);
  for (Column c = 0; c < N_COLUMNS; c++)
    headers[c] = _(columns[c].title);
  table = psl_export_table_new (_("Partnership map"), headers);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(PslMapRow) row = g_list_model_get_item (shown, i);
      char *cells[N_COLUMNS + 1] = { NULL };

      for (Column c = 0; c < N_COLUMNS; c++)
        cells[c] = cell_text (self, row_node (self, row), c);
      psl_export_table_add_row (table, (const char * const *) cells);
      for (Column c = 0; c < N_COLUMNS; c++)
        g_free (cells[c]);
    }
  return table;
}

gboolean
psl_map_list_export (PslMapList  *self,
                     const char  *path,
                     GError     **error)
{
  g_return_val_if_fail (PSL_IS_MAP_LIST (self), FALSE);
  return psl_list_export_write (GTK_WIDGET (self), "", path, error);
}
