/* psl-cli.h — the headless sub-commands of the passerelle program */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean psl_cli_is_command (const char *name);
int      psl_cli_run        (int    argc,
                             char **argv);

/* One function per sub-command; argv[0] is the sub-command's name. */
int      psl_cli_demo       (int    argc,
                             char **argv);
int      psl_cli_export     (int    argc,
                             char **argv);
int      psl_cli_import     (int    argc,
                             char **argv);
int      psl_cli_report     (int    argc,
                             char **argv);

G_END_DECLS
