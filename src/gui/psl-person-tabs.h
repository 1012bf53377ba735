/* psl-person-tabs.h — the tabs of a person's page past the identity */
#pragma once

#include "psl-person-page.h"

G_BEGIN_DECLS

void psl_person_tabs_add (PslPersonPage *page);

G_END_DECLS
