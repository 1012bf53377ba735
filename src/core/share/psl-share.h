/* psl-share.h — sharing with partner structures under a confidentiality frame */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_SHARE_ERROR (psl_share_error_quark ())

typedef enum
{
  PSL_SHARE_ERROR_NO_KEY,       /* the structure key is not set up */
  PSL_SHARE_ERROR_INVALID,      /* a frame that breaks a rule */
  PSL_SHARE_ERROR_NO_FRAME,     /* no frame with this partner */
  PSL_SHARE_ERROR_FRAME_ENDED,  /* the frame ended, or was withdrawn */
  PSL_SHARE_ERROR_DAMAGED,      /* altered, cut, or sealed for another */
  PSL_SHARE_ERROR_OLDER,        /* older than the pack already read */
  PSL_SHARE_ERROR_FILE,
} PslShareError;

typedef struct
{
  char     *partner_id;
  char     *partner_key;     /* the partner's public key, as it gave it */
  gboolean  firms;
  gboolean  contacts;
  gboolean  opportunities;
  gboolean  profiles;        /* anonymous candidate profiles */
  gboolean  named_profiles;  /* with the person's consent for this partner */
  char     *starts_on;       /* ISO days */
  char     *ends_on;
  char     *signed_by;
  char     *partner_signed_by;
  /* As read back (psl_share_frame_load): NULL when recording one. */
  char     *id;
  char     *partner_name;
  char     *recorded_on;     /* ISO day */
  char     *withdrawn_on;
} PslShareFrame;

/* What a pack carried, once read. */
typedef struct
{
  char  *partner_name;
  guint  firms;
  guint  opportunities;
  guint  profiles;
  gboolean withdrawn;
} PslShareReceipt;

/* What partners shared, as read from their last packs. */
typedef struct
{
  char     *name;
  char     *commune;
  char     *identifier;
  gboolean  ours;          /* the same SIRET/BCE is in this structure's network */
  guint     contacts;
} PslShareFirm;

typedef struct
{
  char  *title;
  char  *firm;             /* the firm's name in the same pack */
  char  *start_date;
  gint64 places;
} PslShareOpportunity;

typedef struct
{
  char  *project;
  char  *name;             /* NULL: anonymous */
  char  *available_from;
  gint64 mobility_km;      /* -1: not said */
  guint  competences;
} PslShareProfile;

typedef struct
{
  char      *partner_name;
  char      *made_on;
  char      *starts_on;     /* the frame it came under */
  char      *ends_on;
  gboolean   withdrawn;
  GPtrArray *firms;          /* PslShareFirm */
  GPtrArray *opportunities;  /* PslShareOpportunity */
  GPtrArray *profiles;       /* PslShareProfile */
} PslSharePack;

GQuark      psl_share_error_quark     (void);
void        psl_share_pack_free       (PslSharePack *pack);
/* The last pack read from each partner, partners by name. */
GPtrArray  *psl_share_received_load   (PslStore       *store,
                                       GError        **error);
void        psl_share_frame_free      (PslShareFrame *frame);
void        psl_share_receipt_free    (PslShareReceipt *receipt);

/* This structure's public key for packs, to give a partner when a frame
 * is signed (base64); derived from the structure key, never stored. */
char       *psl_share_public_key      (PslStore       *store,
                                       GError        **error);
/* Records the frame; its id. */
char       *psl_share_frame_record    (PslStore       *store,
                                       const PslShareFrame *frame,
                                       GError        **error);
/* The frame is withdrawn from today: the next pack says so, and the
 * partner drops what it had. */
gboolean    psl_share_frame_withdraw  (PslStore       *store,
                                       const char     *frame_id,
                                       GError        **error);
/* The current frame with partner_id (a partner's id or name). */
char       *psl_share_frame_find      (PslStore       *store,
                                       const char     *partner,
                                       GError        **error);
/* What the frame lets go to its partner today, as the JSON a pack carries
 * (the tests read it; the pack is this, sealed). */
char       *psl_share_pack_content    (PslStore       *store,
                                       const char     *frame_id,
                                       GError        **error);
/* Writes the pack for the frame's partner at path (atomically). */
gboolean    psl_share_pack_export     (PslStore       *store,
                                       const char     *frame_id,
                                       const char     *path,
                                       GError        **error);
/* psl-share-frames.c: the frames as recorded, for the window and the
 * frame's document to sign.  A frame by its id; the frames of the
 * structure (PslShareFrame), the latest first. */
PslShareFrame *psl_share_frame_load  (PslStore       *store,
                                       const char     *frame_id,
                                       GError        **error);
GPtrArray  *psl_share_frames_list     (PslStore       *store,
                                       GError        **error);

/* Reads a partner's pack into the base, replacing the last one. */
PslShareReceipt *psl_share_pack_import (PslStore      *store,
                                       const char     *path,
                                       GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslShareFrame, psl_share_frame_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslShareReceipt, psl_share_receipt_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslSharePack, psl_share_pack_free)

G_END_DECLS
