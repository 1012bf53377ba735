/* psl-placement-form.h — the window that follows a placement through its stages */
#pragma once

#include "psl-record-dialog.h"

G_BEGIN_DECLS

extern const PslRecordForm psl_placement_form;

G_END_DECLS
