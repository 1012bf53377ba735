/* psl-cli.h — the headless sub-commands of the passerelle program */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

gboolean psl_cli_is_command (const char *name);
int      psl_cli_run        (int    argc,
                             char **argv);

/* One function per sub-command; argv[0] is the sub-command's name. */
int      psl_cli_demo       (int    argc,
                             char **argv);
int      psl_cli_share      (int    argc,
                            char **argv);
int      psl_cli_diagnostic (int    argc,
                             char **argv);
int      psl_cli_export     (int    argc,
                             char **argv);
int      psl_cli_import     (int    argc,
                             char **argv);
int      psl_cli_report     (int    argc,
                             char **argv);
int      psl_cli_sync       (int    argc,
                             char **argv);
int      psl_cli_privacy    (int    argc,
                             char **argv);
/* export map, handed over by export. */
int      psl_cli_export_map (int    argc,
                             char **argv);

/* Prints "passerelle COMMAND: " and the message on stderr, punctuated as
 * the language wants it ("passerelle report : …" in French). */
void     psl_cli_fail         (const char  *command,
                               const char  *format,
                               ...) G_GNUC_PRINTF (2, 3);

/* The longest free text an option takes (a name, an identifier, a code,
 * a date, who signs): more is a mistake, and would be laid out at length. */
#define PSL_CLI_TEXT_MAX 200

gboolean    psl_cli_texts_fit  (const char *command,
                                ...) G_GNUC_NULL_TERMINATED;
gboolean    psl_cli_has_ending (const char *path,
                                const char *ending);
const char *psl_cli_stray_word (int         argc,
                                char      **argv);

/* What several sub-commands read: --from and --to as typed (DD/MM/YYYY
 * or YYYY-MM-DD) in ISO, refused when the period ends before it starts,
 * and an antenna by its name in any case. */
gboolean psl_cli_period       (const char  *from,
                               const char  *to,
                               char       **from_iso,
                               char       **to_iso,
                               GError     **error);
char    *psl_cli_find_antenna (PslStore    *store,
                               const char  *name,
                               GError     **error);

G_END_DECLS
