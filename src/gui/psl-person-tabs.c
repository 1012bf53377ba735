/* psl-person-tabs.c — the tabs of a person's page past the identity
 *
 * Each tab is a widget of its own that knows nothing of the page; this is
 * where they are put in their slots.
 */

#define G_LOG_DOMAIN "psl-person-tabs"

#include "config.h"

#include "psl-person-tabs.h"

void
psl_person_tabs_add (PslPersonPage *page)
{
}
