/* psl-reports-page.c — Rapports: the reports of a period, made, seen, printed and exported
 *
 * One period and one scope for every report of the page, as a manager
 * prepares the year's documents in one sitting.  A report is made on the
 * database thread (a year on a large file takes a second or two) with a
 * bar that moves and a Cancel button that stops the reading where it is;
 * then it opens in the document window, where it is printed, saved as
 * PDF or its tables exported.
 */

#define G_LOG_DOMAIN "psl-reports-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "psl-action-plan-window.h"
#include "psl-compliance.h"
#include "psl-date-span.h"
#include "psl-document-window.h"
#include "psl-format.h"
#include "psl-list-row.h"
#include "psl-positioning-window.h"
#include "psl-diagnostic-window.h"
#include "psl-report-kind.h"
#include "psl-reports-page.h"
#include "psl-staff-choice.h"
#include "psl-toast.h"

enum { PERIOD_MONTH, PERIOD_QUARTER, PERIOD_YEAR, PERIOD_LAST_YEAR, PERIOD_OTHER };

struct _PslReportsPage
{
  PslPage         parent_instance;

  GtkWidget      *content;
  GtkRevealer    *progress_revealer;
  GtkLabel       *progress_label;
  GtkProgressBar *progress_bar;
  AdwComboRow    *period_row;
  AdwEntryRow    *from_row;
  AdwEntryRow    *to_row;
  AdwComboRow    *antenna_row;
  AdwComboRow    *staff_row;
  AdwPreferencesGroup *period_group;
  AdwPreferencesGroup *service_group;
  AdwPreferencesGroup *documents_group;

  PslStore       *store;
  GPtrArray      *antenna_ids;   /* NULL first: the whole structure */
  GPtrArray      *staff_ids;     /* NULL first: the whole team */
  GCancellable   *cancellable;
  guint           pulse_id;
  gboolean        writing_period;  /* the dates written from the period chosen */
};

G_DEFINE_FINAL_TYPE (PslReportsPage, psl_reports_page, PSL_TYPE_PAGE)

/* The rows of the page, one a report: those of the period open with the
 * page's period and scope; those of the service are filled in first
 * (fill, the label of the button that does it); those about one person or
 * one firm are made from their page, which the row says. */
typedef enum { GROUP_PERIOD, GROUP_SERVICE, GROUP_DOCUMENTS } Group;

typedef struct
{
  Group          group;
  PslReportKind  kind;
  const char    *title;
  const char    *subtitle;
  const char    *fill;
} ReportRow;

static const ReportRow report_rows[] = {
  { GROUP_PERIOD, PSL_REPORT_ACTIVITY, N_("Activity Report"),
    N_("People followed, firms, interactions, opportunities, placements, exits, follow-up and targets: for funders and the board."), NULL },
  { GROUP_PERIOD, PSL_REPORT_FOLLOWUP, N_("Follow-up in Work"),
    N_("Follow-ups kept, early ends by cause and by month of the contract, alerts open. Internal: it names people."), NULL },
  { GROUP_PERIOD, PSL_REPORT_MAP, N_("Partnership Map"),
    N_("The target and the network of the firms and partners worked with, and the most active in figures."), NULL },
  { GROUP_PERIOD, PSL_REPORT_CAMPAIGN, N_("New Pact Campaign"),
    N_("The Annexe 5 letter and engagement survey for each active firm of the counsellor or antenna chosen, filled in from its record; answers asked within thirty days."), NULL },
  { GROUP_SERVICE, PSL_REPORT_DIAGNOSTIC, N_("Diagnostic of the Employer-Relations Service"),
    N_("The whole grid of Annexe 3, answered by each member of staff on their own, then compared with the other structures of the pact."), N_("_Answer…") },
  { GROUP_SERVICE, PSL_REPORT_POSITIONING, N_("Positioning of the Service"),
    N_("Our structure, temporary work and France Travail placed from 1 to 5 on the seventeen expectations of employers, with the lines of work."), N_("_Fill In…") },
  { GROUP_SERVICE, PSL_REPORT_ACTION_PLAN, N_("Action Plan"),
    N_("Activities and sub-activities with their lead, objective, tasks, indicators and months, as a Gantt chart."), N_("_Edit…") },
  { GROUP_DOCUMENTS, PSL_REPORT_CANDIDATE, N_("Candidate Presentation and Contract of Commitments"),
    N_("From the person’s page: the presentation for a firm only with the person’s consent, never with barriers or sensitive data."), NULL },
  { GROUP_DOCUMENTS, PSL_REPORT_PATHWAY, N_("Pathway (Internal)"),
    N_("From the person’s page, with the printer button: the timeline, the barriers (a sensitive one only as confidential) and every dated fact."), NULL },
  { GROUP_DOCUMENTS, PSL_REPORT_COMPANY, N_("Firm Sheet"),
    N_("From the firm’s page, with the printer button: identity, people to talk to, engagement, rating, opportunities, people introduced and the relationship over time."), NULL },
};

static GtkWidget *
report_button (const char    *label,
               const char    *action,
               PslReportKind  kind)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_(label));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", psl_report_kind_info (kind)->name);
  return button;
}

static void
add_report_rows (PslReportsPage *self)
{
  AdwPreferencesGroup *groups[] = { self->period_group, self->service_group, self->documents_group };

  for (guint i = 0; i < G_N_ELEMENTS (report_rows); i++)
    {
      const ReportRow *report = &report_rows[i];
      GtkWidget *row = psl_list_row_new (_(report->title), _(report->subtitle));

      if (report->fill != NULL)
        psl_list_row_add_suffix (PSL_LIST_ROW (row), report_button (report->fill, "reports.fill", report->kind));
      if (report->group != GROUP_DOCUMENTS)
        {
          GtkWidget *open = report_button (N_("_Open"), "reports.open", report->kind);

          psl_list_row_add_suffix (PSL_LIST_ROW (row), open);
          /* A row of the period opens its report when activated. */
          if (report->group == GROUP_PERIOD)
            psl_list_row_set_activatable_widget (PSL_LIST_ROW (row), open);
        }
      adw_preferences_group_add (groups[report->group], row);
    }
}

enum { REPORT_READY, N_SIGNALS };
static guint signals[N_SIGNALS];

typedef struct
{
  PslReportKind kind;
  PslDateSpan   period;
  char         *antenna_id;
  char         *staff_id;
} Request;

static void
request_free (Request *r)
{
  psl_date_span_clear (&r->period);
  g_free (r->antenna_id);
  g_free (r->staff_id);
  g_free (r);
}

/* On the database thread: the data read and turned into a document, as
 * "passerelle report" makes it; the follow-up printed here is the
 * funders' one, figures only, and letters are asked back in thirty days. */
static gpointer
make_report (PslStore     *store,
             gpointer      data,
             GCancellable *cancellable,
             GError      **error)
{
  Request *r = data;
  PslReportParams params = { .from = r->period.from, .to = r->period.to, .staff_id = r->staff_id,
                             .antenna_id = r->antenna_id };

  return psl_report_kind_info (r->kind)->build (store, &params, error);
}

static void
set_busy (PslReportsPage *self,
          const char     *what)
{
  gboolean busy = what != NULL;

  if (what != NULL)
    gtk_label_set_text (self->progress_label, what);
  gtk_revealer_set_reveal_child (self->progress_revealer, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.open", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.cancel", busy);
  if (!busy)
    {
      g_clear_handle_id (&self->pulse_id, g_source_remove);
      g_clear_object (&self->cancellable);
    }
}

/* How far the report is when it says so (the activity report does),
 * else a bar that moves. */
static gboolean
pulse_cb (gpointer user_data)
{
  PslReportsPage *self = user_data;
  double progress = self->store != NULL ? psl_store_get_progress (self->store) : -1;

  if (progress >= 0)
    gtk_progress_bar_set_fraction (self->progress_bar, progress);
  else
    gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
on_report_made_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PslReportsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_store_run_finish (PSL_STORE (source), result, &error);

  set_busy (self, NULL);
  if (doc == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        psl_toast_message (GTK_WIDGET (self), error->message);
      else
        psl_toast_message (GTK_WIDGET (self), _("Report cancelled"));
      return;
    }
  g_signal_emit (self, signals[REPORT_READY], 0, doc);
}

/* The row marked when what it holds is not a day. */
static void
mark_row (AdwEntryRow *row,
          gboolean     wrong)
{
  if (wrong)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

void
psl_reports_page_open (PslReportsPage *self,
                       const char     *report)
{
  Request *r;
  PslReportKind kind;
  g_auto(PslDateSpan) period = { NULL };
  PslDateSpanCheck check;

  g_return_if_fail (self->store != NULL);
  g_return_if_fail (psl_report_kind_from_name (report, &kind));
  /* One report at a time: the button is off meanwhile. */
  if (self->cancellable != NULL)
    return;
  check = psl_date_span_parse (gtk_editable_get_text (GTK_EDITABLE (self->from_row)),
                               gtk_editable_get_text (GTK_EDITABLE (self->to_row)), &period);
  mark_row (self->from_row, check & PSL_DATE_SPAN_BAD_FROM);
  mark_row (self->to_row, check & PSL_DATE_SPAN_BAD_TO);
  if (check != PSL_DATE_SPAN_OK)
    {
      psl_toast_message (GTK_WIDGET (self), _("Give the period as two dates, the first before the last, "
                                              "for example 01/01/2026 and 31/12/2026."));
      return;
    }
  r = g_new0 (Request, 1);
  r->kind = kind;
  r->period = period;
  period = (PslDateSpan) { NULL };
  if (self->antenna_ids != NULL)
    r->antenna_id = g_strdup (g_ptr_array_index (self->antenna_ids, adw_combo_row_get_selected (self->antenna_row)));
  if (self->staff_ids != NULL)
    r->staff_id = g_strdup (g_ptr_array_index (self->staff_ids, adw_combo_row_get_selected (self->staff_row)));

  self->cancellable = g_cancellable_new ();
  set_busy (self, _(psl_report_kind_info (kind)->busy));
  self->pulse_id = g_timeout_add (100, pulse_cb, self);
  psl_store_run_async (self->store, make_report, r, (GDestroyNotify) request_free,
                       (GDestroyNotify) psl_document_unref, self->cancellable, on_report_made_cb,
                       g_object_ref (self));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  psl_reports_page_open (PSL_REPORTS_PAGE (widget), g_variant_get_string (param, NULL));
}

/* The windows where the diagnostic's two tables are filled in. */
static void
fill_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslReportsPage *self = PSL_REPORTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  PslReportKind kind = PSL_REPORT_ACTION_PLAN;

  g_return_if_fail (self->store != NULL);
  psl_report_kind_from_name (g_variant_get_string (param, NULL), &kind);
  if (kind == PSL_REPORT_POSITIONING)
    gtk_window_present (GTK_WINDOW (psl_positioning_window_new (parent, self->store)));
  else if (kind == PSL_REPORT_DIAGNOSTIC)
    gtk_window_present (GTK_WINDOW (psl_diagnostic_window_new (parent, self->store)));
  else
    gtk_window_present (GTK_WINDOW (psl_action_plan_window_new (parent, self->store)));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslReportsPage *self = PSL_REPORTS_PAGE (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

gboolean
psl_reports_page_is_busy (PslReportsPage *self)
{
  return self->cancellable != NULL;
}

/* The report's window, unless a test listens instead. */
static void
report_ready (PslReportsPage *self,
              PslDocument    *doc)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_window_present (GTK_WINDOW (psl_document_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, doc)));
}

void
psl_reports_page_set_period (PslReportsPage *self,
                             const char     *from,
                             const char     *to)
{
  g_autofree char *from_text = psl_format_date_short (from);
  g_autofree char *to_text = psl_format_date_short (to);

  self->writing_period = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from_text);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to_text);
  self->writing_period = FALSE;
}

/* A date typed by hand: the period is no longer one of the list's. */
static void
on_date_changed_cb (PslReportsPage *self)
{
  if (!self->writing_period)
    adw_combo_row_set_selected (self->period_row, PERIOD_OTHER);
}

/* The period chosen written in the date rows, which stay editable. */
static void
on_period_changed_cb (PslReportsPage *self)
{
  guint period = adw_combo_row_get_selected (self->period_row);
  g_autofree char *today = psl_today_iso ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (self->from_row == NULL)
    return;
  switch (period)
    {
    case PERIOD_MONTH:
      psl_period_bounds (PSL_PERIOD_MONTH, today, &from, &to);
      break;
    case PERIOD_QUARTER:
      psl_period_bounds (PSL_PERIOD_QUARTER, today, &from, &to);
      break;
    case PERIOD_YEAR:
      psl_period_bounds (PSL_PERIOD_YEAR, today, &from, &to);
      break;
    case PERIOD_LAST_YEAR:
      from = g_strdup_printf ("%04d-01-01", atoi (today) - 1);
      to = g_strdup_printf ("%04d-12-31", atoi (today) - 1);
      break;
    case PERIOD_OTHER:
    default:
      return;
    }
  psl_reports_page_set_period (self, from, to);
}

static void
psl_reports_page_dispose (GObject *object)
{
  PslReportsPage *self = PSL_REPORTS_PAGE (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_REPORTS_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->antenna_ids, g_ptr_array_unref);
  g_clear_pointer (&self->staff_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_reports_page_parent_class)->dispose (object);
}

/* No read of its own for PslPage: the page shows nothing read but its
 * choices.  A report is made when asked and runs to its end shown or not,
 * stopped only by Cancel: it keeps its own cancellable, a write elsewhere
 * does not make it again. */
static void
psl_reports_page_constructed (GObject *object)
{
  PslReportsPage *self = PSL_REPORTS_PAGE (object);

  G_OBJECT_CLASS (psl_reports_page_parent_class)->constructed (object);
  self->store = g_object_ref (psl_page_get_store (PSL_PAGE (self)));
  self->antenna_ids = psl_antenna_choice_fill (self->antenna_row, self->store);
  self->staff_ids = psl_staff_choice_fill_row (self->staff_row, self->store);
}

static void
psl_reports_page_class_init (PslReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_reports_page_dispose;
  object_class->constructed = psl_reports_page_constructed;

  /**
   * PslReportsPage::report-ready:
   * @doc: the report made
   *
   * A report asked for is ready; then it opens in its window, unless a
   * handler stops the emission.
   */
  signals[REPORT_READY] = g_signal_new_class_handler ("report-ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                      G_CALLBACK (report_ready), NULL, NULL, NULL,
                                                      G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PslReportsPage, content);
  gtk_widget_class_bind_template_child (widget_class, PslReportsPage, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, PslReportsPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PslReportsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PslReportsPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, PslReportsPage, from_row);
  gtk_widget_class_bind_template_child (widget_class, PslReportsPage, to_row);
  gtk_widget_class_bind_template_child (widget_class, PslReportsPage, antenna_row);
  gtk_widget_class_bind_template_child (widget_class, PslReportsPage, staff_row);
  gtk_widget_class_bind_template_child (widget_class, PslReportsPage, period_group);
  gtk_widget_class_bind_template_child (widget_class, PslReportsPage, service_group);
  gtk_widget_class_bind_template_child (widget_class, PslReportsPage, documents_group);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);
  gtk_widget_class_install_action (widget_class, "reports.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "reports.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "reports.fill", "s", fill_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "reports.cancel", NULL);
}

static void
psl_reports_page_init (PslReportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_report_rows (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.cancel", FALSE);
  adw_combo_row_set_selected (self->period_row, PERIOD_YEAR);
  on_period_changed_cb (self);
}

PslReportsPage *
psl_reports_page_new (PslStore *store)
{
  return g_object_new (PSL_TYPE_REPORTS_PAGE, "store", store, NULL);
}
