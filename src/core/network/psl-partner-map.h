/* psl-partner-map.h — the structure's network for a period: firms and partner
 * structures, how close each is, and who works with whom */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* The rings of the target map: by the firm's partnership level (Annexe 4's
 * gradient) or by how often the structure was in touch (Annexe 3,
 * question 2: "à plus ou moins longue distance … en fonction de la
 * fréquence de vos relations"). */
typedef enum
{
  PSL_MAP_RINGS_LEVEL,
  PSL_MAP_RINGS_FREQUENCY,
} PslMapRings;

typedef enum
{
  PSL_MAP_NODE_STRUCTURE,   /* ourselves, always node 0 */
  PSL_MAP_NODE_COMPANY,
  PSL_MAP_NODE_PARTNER,
} PslMapNodeKind;

typedef enum
{
  PSL_MAP_LINK_PLACEMENT,     /* people started there in the period */
  PSL_MAP_LINK_PARTNERSHIP,   /* a partnership running in the period */
  PSL_MAP_LINK_REFERRAL,      /* a partner sent people to the structure */
  PSL_MAP_LINK_CONTACT,       /* interactions only */
  PSL_MAP_LINK_SHARED_FIRM,   /* two partners working with the same firm */
  PSL_MAP_LINK_EVENT,         /* a firm and a partner at the same event */
  PSL_MAP_N_LINK_KINDS
} PslMapLinkKind;

typedef struct
{
  char           *from;          /* YYYY-MM-DD, both included */
  char           *to;
  char           *antenna_id;    /* NULL: the whole structure */
  char           *sector;        /* a sector code, "partner" for partner structures, NULL: all */
  char           *referent_id;   /* NULL: everybody's */
  char           *level;         /* a partnership level code, NULL: all */
  PslMapRings     rings;
  guint           max_nodes;     /* the most active are kept; 0: no limit */
} PslMapFilter;

typedef struct
{
  char           *id;
  PslMapNodeKind  kind;
  char           *name;
  char           *detail;        /* the partnership level or the kind of partner, in words */
  guint           ring;          /* index in PslPartnerMap.rings, 0 = nearest */
  guint           sector;        /* index in PslPartnerMap.sectors */
  guint           interactions;  /* in the period */
  guint           realised;      /* opportunities realised (firms) or people placed (partners) */
  guint           placements;    /* people who started there in the period */
  guint           referrals;     /* people the partner sent in the period */
  gboolean        partnership;   /* a partnership agreement running in the period */
  double          score;         /* how active, to choose the nodes kept */
  /* Filled by psl_partner_map_analyse (): */
  double          x, y;          /* the network layout, within -1 … 1 */
  double          centrality;    /* betweenness, 0 … 1 within the map */
  int             community;     /* 0 = the largest; -1 for the structure */
} PslMapNode;

typedef struct
{
  guint           source;        /* node indexes, source < target */
  guint           target;
  PslMapLinkKind  kind;
  double          weight;
} PslMapLink;

typedef struct
{
  char           *code;
  char           *label;
  guint           n_nodes;
} PslMapSector;

typedef struct
{
  gint            ref_count;
  PslMapFilter    filter;
  char           *structure_name;
  GPtrArray      *nodes;         /* PslMapNode, node 0 is the structure */
  GArray         *links;         /* PslMapLink */
  GPtrArray      *rings;         /* ring titles, nearest first */
  GPtrArray      *sectors;       /* PslMapSector, only those with nodes */
  guint           n_left_out;    /* active nodes beyond max_nodes */
  guint           n_communities;
  gboolean        analysed;
} PslPartnerMap;

PslMapFilter  *psl_map_filter_copy        (const PslMapFilter *filter);
void           psl_map_filter_clear       (PslMapFilter       *filter);

PslPartnerMap *psl_partner_map_load       (PslStore           *store,
                                           const PslMapFilter *filter,
                                           GError            **error);
PslPartnerMap *psl_partner_map_ref        (PslPartnerMap      *map);
void           psl_partner_map_unref      (PslPartnerMap      *map);
/* For g_ptr_array_sort of nodes: the most active first. */
int            psl_map_node_compare_score (gconstpointer       a,
                                           gconstpointer       b);
const char    *psl_map_link_kind_label    (PslMapLinkKind      kind);
const char    *psl_map_node_kind_label    (PslMapNodeKind      kind);

/* Lays the network out (force-directed, the same picture from one opening to
 * the next for the same data), measures betweenness and finds communities.
 * Done once per map; the target map does not need it. */
gboolean       psl_partner_map_analyse    (PslPartnerMap      *map,
                                           GError            **error);

/* The positions alone, again at each call (for the benchmark). */
gboolean       psl_partner_map_lay_out    (PslPartnerMap      *map,
                                           GError            **error);

/* Graphviz DOT, for Gephi or Graphviz: with the layout's positions when
 * @with_positions and the map has been analysed. */
char          *psl_partner_map_to_dot     (PslPartnerMap      *map,
                                           gboolean            with_positions);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslPartnerMap, psl_partner_map_unref)

G_END_DECLS
