/* psl-map-picture.h — the partnership map drawn as a target or as a
 * network: the places of everything, then the drawing, for any surface */
#pragma once

#include <cairo.h>

#include "psl-label-placer.h"
#include "psl-partner-map.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_MAP_TARGET,
  PSL_MAP_NETWORK,
} PslMapKind;

/* Where one node of the map is drawn. */
typedef struct
{
  double    x, y;
  double    radius;
  gboolean  labelled;
  PslRect   label;       /* when labelled */
  char     *text;        /* the label as drawn, perhaps shortened */
} PslMapSpot;

/* A sector's title, with the count of the labels that did not fit in it. */
typedef struct
{
  PslRect   box;         /* the title's room, a line kept for the count */
  double    xalign;
  guint     n_hidden;
} PslMapCounter;

typedef struct
{
  PslMapKind     kind;
  double         width, height;
  gboolean       on_paper;      /* nothing to zoom: the legend says so */
  PslRect        plot;          /* the map without its legend */
  GArray        *spots;         /* PslMapSpot, one per node of the map */
  GArray        *counters;      /* PslMapCounter, one per sector (target only) */
  guint          n_labelled;
  /* The target's geometry. */
  double         cx, cy;
  GArray        *ring_radii;    /* double: the centre's disc, then each ring's outer edge */
  GArray        *sector_angles; /* double: n_sectors + 1 bounds, radians, clockwise from the top */
  /* The network's links, the heaviest drawn last. */
  GArray        *link_order;    /* guint indexes into map->links, the weakest left out */
  guint          n_links_hidden;
} PslMapPicture;

/* The places of everything on a surface of width × height; @cr serves to
 * measure text only.  A zoomed view asks for a larger size: the nodes
 * spread while text keeps its size, and more labels find room. */
PslMapPicture *psl_map_picture_new        (PslPartnerMap       *map,
                                           PslMapKind           kind,
                                           cairo_t             *cr,
                                           double               width,
                                           double               height);
void           psl_map_picture_free       (PslMapPicture       *picture);

/* @selected (or -1) is drawn ringed, for the keyboard and the pointer. */
void           psl_map_picture_draw       (PslMapPicture       *picture,
                                           PslPartnerMap       *map,
                                           cairo_t             *cr,
                                           int                  selected);
/* The node under (x, y), or -1. */
int            psl_map_picture_hit        (PslMapPicture       *picture,
                                           double               x,
                                           double               y);

/* The nodes in reading order (top to bottom, left to right), for the
 * keyboard: the next after @index in @direction (+1 or -1). */
int            psl_map_picture_next       (PslMapPicture       *picture,
                                           int                  index,
                                           int                  direction);

/* For the geometry tests: is the node's disc inside its ring and sector? */
gboolean       psl_map_picture_in_cell    (PslMapPicture       *picture,
                                           PslPartnerMap       *map,
                                           guint                index);

/* Whole pictures written to PNG, SVG or PDF by the file's ending; @title
 * above the map when not NULL. */
gboolean       psl_map_picture_write      (PslPartnerMap       *map,
                                           PslMapKind           kind,
                                           const char          *title,
                                           const char          *path,
                                           GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslMapPicture, psl_map_picture_free)

G_END_DECLS
