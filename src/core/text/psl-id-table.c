/* psl-id-table.c — records' ids numbered in the order they are met
 *
 * Open addressing with linear probing over a power of two of slots, kept
 * at most half full.  An id of 36 characters (a UUID, as Passerelle makes
 * them) is copied into its slot, so that a lookup reads the one slot and
 * compares there; no text is hashed whole, three words of it are mixed.
 * Ids of other lengths (short test ids) go to a GLib hash table.
 *
 * A statement scanning a whole table for the ids met (psl_in ()) asks for
 * many more ids than the table holds: 200,000 people for the 50,000 named
 * by the placements under way.  The slots of so many outgrow the
 * processor's caches, and each id not there cost a read of the memory.
 * A bit for each of eight places per slot, set where an id added hashes
 * to, answers most of those from a table an eighth the slots' size: an
 * id whose bit is clear was never added.  At most half the slots are
 * used, so at most one bit in sixteen is set, and an id absent passes
 * the bits for the slots at most once in sixteen.
 */

#include "config.h"

#include <string.h>

#include "psl-id-table.h"

#define ID_LENGTH 36

typedef struct
{
  char    id[ID_LENGTH];
  guint32 number_1;        /* the number + 1; 0: an empty slot */
} Slot;

struct _PslIdTable
{
  Slot       *slots;
  guint8     *met;       /* (mask + 1) * 8 bits, see above */
  gsize       mask;      /* slots - 1 */
  guint       in_slots;
  guint       size;
  GHashTable *others;    /* id of another length → number + 1, made at the first */
};

PslIdTable *
psl_id_table_new (void)
{
  PslIdTable *table = g_new0 (PslIdTable, 1);

  table->mask = 1023;
  table->slots = g_new0 (Slot, table->mask + 1);
  table->met = g_new0 (guint8, table->mask + 1);
  return table;
}

void
psl_id_table_free (PslIdTable *table)
{
  if (table == NULL)
    return;
  g_free (table->slots);
  g_free (table->met);
  g_clear_pointer (&table->others, g_hash_table_unref);
  g_free (table);
}

guint
psl_id_table_size (PslIdTable *table)
{
  return table->size;
}

static inline gsize
slot_hash (const char *id)
{
  guint64 a, b, c, h;

  /* The first, middle and last groups of a UUID: its varying parts. */
  memcpy (&a, id, 8);
  memcpy (&b, id + 14, 8);
  memcpy (&c, id + 28, 8);
  h = (a * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) ^ (b * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F)) ^ c;
  h *= G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  return (gsize) (h ^ (h >> 29));
}

/* An id's bit among the met: from the hash's high half, which the slots'
 * low bits leave alone. */
static inline gsize
met_bit (const PslIdTable *table,
         gsize             hash)
{
  return (hash >> 32) & ((table->mask + 1) * 8 - 1);
}

static inline void
set_met (PslIdTable *table,
         gsize       hash)
{
  gsize bit = met_bit (table, hash);

  table->met[bit / 8] |= 1 << (bit % 8);
}

static void
grow (PslIdTable *table)
{
  Slot *old = table->slots;
  gsize n = table->mask + 1;

  table->mask = n * 2 - 1;
  table->slots = g_new0 (Slot, n * 2);
  g_free (table->met);
  table->met = g_new0 (guint8, n * 2);
  for (gsize i = 0; i < n; i++)
    if (old[i].number_1 != 0)
      {
        gsize hash = slot_hash (old[i].id);
        gsize at = hash & table->mask;

        while (table->slots[at].number_1 != 0)
          at = (at + 1) & table->mask;
        table->slots[at] = old[i];
        set_met (table, hash);
      }
  g_free (old);
}

static guint
number_other (PslIdTable *table,
              const char *id,
              gboolean    add)
{
  gpointer found;

  if (table->others == NULL)
    {
      if (!add)
        return PSL_ID_NONE;
      table->others = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
  if ((found = g_hash_table_lookup (table->others, id)) != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  if (!add)
    return PSL_ID_NONE;
  g_hash_table_insert (table->others, g_strdup (id), GUINT_TO_POINTER (table->size + 1));
  return table->size++;
}

guint
psl_id_table_number (PslIdTable *table,
                     const char *id,
                     gboolean    add)
{
  gsize hash, at, bit;

  if (id == NULL)
    return PSL_ID_NONE;
  if (strnlen (id, ID_LENGTH + 1) != ID_LENGTH)
    return number_other (table, id, add);

  hash = slot_hash (id);
  bit = met_bit (table, hash);
  if (!add && (table->met[bit / 8] & (1 << (bit % 8))) == 0)
    return PSL_ID_NONE;
  for (at = hash & table->mask; table->slots[at].number_1 != 0; at = (at + 1) & table->mask)
    if (memcmp (table->slots[at].id, id, ID_LENGTH) == 0)
      return table->slots[at].number_1 - 1;
  if (!add)
    return PSL_ID_NONE;

  memcpy (table->slots[at].id, id, ID_LENGTH);
  table->slots[at].number_1 = ++table->size;
  set_met (table, hash);
  if (++table->in_slots * 2 > table->mask + 1)
    grow (table);
  return table->size - 1;
}
