/* psl-text-bounds.c — no text typed or pasted in the window is longer than
 * a record may hold
 *
 * The store refuses a value over PSL_TEXT_MAX characters, but a paste of
 * megabytes into a field would first freeze the window laying it out, and
 * then be refused as a whole.  Rather than bounding each of the forty
 * entries and text views one by one (and forgetting the next one), every
 * GtkText (the editing part of entries and entry rows) and every
 * GtkTextView is bounded when it is realized, once for the program.
 */

#define G_LOG_DOMAIN "psl-text-bounds"

#include "config.h"

#include "psl-record.h"
#include "psl-text-bounds.h"

/* A text view has no maximum length of its own: what would pass the bound
 * is cut before it goes in. */
static void
on_insert_text_cb (GtkTextBuffer *buffer,
                   GtkTextIter   *where,
                   const char    *text,
                   int            len,
                   gpointer       user_data)
{
  int room = PSL_TEXT_MAX - gtk_text_buffer_get_char_count (buffer);
  glong n_chars = g_utf8_strlen (text, len);
  const char *end;

  if (n_chars <= room)
    return;
  g_signal_stop_emission_by_name (buffer, "insert-text");
  if (room <= 0)
    return;
  end = g_utf8_offset_to_pointer (text, room);
  g_signal_handlers_block_by_func (buffer, on_insert_text_cb, user_data);
  gtk_text_buffer_insert (buffer, where, text, end - text);
  g_signal_handlers_unblock_by_func (buffer, on_insert_text_cb, user_data);
}

static gboolean
on_realize_hook (GSignalInvocationHint *hint,
                 guint                  n_params,
                 const GValue          *params,
                 gpointer               user_data)
{
  GObject *widget = g_value_get_object (&params[0]);

  if (GTK_IS_TEXT (widget))
    {
      int max = gtk_text_get_max_length (GTK_TEXT (widget));

      if (max == 0 || max > PSL_TEXT_MAX)
        gtk_text_set_max_length (GTK_TEXT (widget), PSL_TEXT_MAX);
    }
  else if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));

      if (g_signal_handler_find (buffer, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_insert_text_cb, NULL) == 0)
        g_signal_connect (buffer, "insert-text", G_CALLBACK (on_insert_text_cb), NULL);
    }
  return TRUE; /* stays for every later widget */
}

void
psl_text_bounds_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* A signal exists once its class does; the class is kept for the
       * program's life, as the hook is. */
      g_type_class_ref (GTK_TYPE_WIDGET);
      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                                  on_realize_hook, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}
