/* psl-placements-page.c — Mises en relation: every introduction to a firm, stage by stage
 *
 * Above the table, the way a placement goes — proposed, presented,
 * meeting at the workstation, immersion, contract — with how many stand
 * at each stage for the counsellor and antenna chosen, and those waiting
 * three weeks for the firm's answer.  A stage's button shows its rows.
 * Activating a row opens the placement's form, where it moves on; the
 * person or the firm of the selected row open from the buttons beside.
 * The list is read again when the page is shown after anything was
 * written, since placements move from the people's and firms' pages.
 */

#define G_LOG_DOMAIN "psl-placements-page"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-convention-sheet.h"
#include "psl-document-window.h"
#include "psl-format.h"
#include "psl-installation.h"
#include "psl-placement-form.h"
#include "psl-placements-page.h"
#include "psl-navigation.h"
#include "psl-portfolio.h"
#include "psl-record-dialog.h"
#include "psl-ref.h"
#include "psl-table-view.h"
#include "psl-toast.h"

#define GETTER(f) ((PslTableGetter) (f))

static const PslTableColumn columns[] = {
  { N_("Person"),        GETTER (psl_placement_row_get_person_name),  PSL_TABLE_TEXT, 170,
    GETTER (psl_placement_row_get_person_key) },
  { N_("Firm"),          GETTER (psl_placement_row_get_company_name), PSL_TABLE_TEXT, 170,
    GETTER (psl_placement_row_get_company_key) },
  { N_("For"),           GETTER (psl_placement_row_get_what),         PSL_TABLE_TEXT, 160 },
  { N_("Stage"),         GETTER (psl_placement_row_get_stage_label),  PSL_TABLE_TEXT, 150 },
  { N_("Counsellor"),    GETTER (psl_placement_row_get_staff_name),   PSL_TABLE_TEXT, 130 },
  { N_("Proposed on"),   GETTER (psl_placement_row_get_proposed_on),  PSL_TABLE_DATE, 90 },
  { N_("Start"),         GETTER (psl_placement_row_get_start_date),   PSL_TABLE_DATE, 90 },
  { N_("End"),           GETTER (psl_placement_row_get_end_date),     PSL_TABLE_DATE, 90 },
  { N_("Last change"),   GETTER (psl_placement_row_get_moved_on),     PSL_TABLE_DATE, 90 },
};

/* The stages a placement goes through while under way, as the buttons
 * above the table show them. */
static const PslStage funnel[] = {
  PSL_STAGE_PROPOSED, PSL_STAGE_PRESENTED, PSL_STAGE_MEETING, PSL_STAGE_IMMERSION, PSL_STAGE_CONTRACT
};

/* Their captions: how many stand there. */
static const char *const funnel_captions[] = {
  N_("Proposals"), N_("Presented to a firm"), N_("Meetings at the workstation"), N_("In immersion"),
  N_("Under contract")
};

static const char *
count_format (gulong n)
{
  return g_dngettext (GETTEXT_PACKAGE, "%s placement", "%s placements", n);
}

static const PslTableTexts texts = {
  .placeholder = N_("Filter by person, firm or opportunity"),
  .accessible_label = N_("Placements"),
  .personal = TRUE,
  .count_format = count_format,
  .new_tooltip = NULL,
  .new_action = NULL,
  .icon_name = "network-transmit-receive-symbolic",
  .empty_title = N_("Nobody Introduced to a Firm Yet"),
  .empty_description = N_("Propose a person for a firm's opportunity, from the person's page or from the "
                          "firm's Opportunities tab: each introduction is then followed here, stage by stage."),
  .no_match_title = N_("No Placement Matches"),
};

/* The stage drop-down: the first two and the last choices are scopes,
 * those between are the stages in their order. */
#define CHOICE_UNDER_WAY 0
#define CHOICE_ALL       1
#define CHOICE_STAGE(s)  (2 + (s))
#define CHOICE_CLOSED    CHOICE_STAGE (PSL_N_STAGES)

struct _PslPlacementsPage
{
  PslPage             parent_instance;

  PslStore           *store;
  PslTableView       *table;
  PslPlacementFilter  criteria;
  char               *waiting_since;
  GPtrArray          *team;
  GPtrArray          *antennas;
  gint64              read_at;     /* the store's changes when last read; -1 before */
  guint               counts[PSL_N_STAGES];
  guint               n_waiting;
  PslPlacementPass   *pass;       /* the table's rows as each key typed reads them */

  GtkWidget          *box;
  GtkToggleButton    *stage_buttons[G_N_ELEMENTS (funnel)];
  GtkLabel           *stage_figures[G_N_ELEMENTS (funnel)];
  GtkToggleButton    *waiting_card;
  GtkLabel           *waiting_figure;
  GtkWidget          *person_button;
  GtkWidget          *company_button;
  GtkWidget          *convention_button;
  GtkDropDown        *stage_dropdown;
  GtkDropDown        *staff_dropdown;
  GtkDropDown        *antenna_dropdown;
  GtkToggleButton    *waiting_button;
  gboolean            syncing;     /* the buttons follow the filters: no loop back */
};

G_DEFINE_FINAL_TYPE (PslPlacementsPage, psl_placements_page, PSL_TYPE_PAGE)

/* A dash until the first reading is done: a 0 would be a wrong figure. */
static void
set_figure (GtkLabel *label,
            guint     n,
            gboolean  known)
{
  g_autofree char *text = known ? psl_format_count (n) : g_strdup ("–");

  gtk_label_set_label (label, text);
}

/* The counts under the counsellor, antenna and words chosen, whatever the
 * stage shown (made as the table filters); and the buttons pressed as the
 * filters say. */
static void
update_funnel (PslPlacementsPage *self)
{
  /* The first screen's rows are a few of each stage: the counts (of the
   * stages under way, and of those waiting) are known once the others
   * under way are read. */
  gboolean known = !psl_placements_page_is_loading (self) || psl_table_view_get_n_parts_read (self->table) >= 2;

  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (funnel); i++)
    {
      set_figure (self->stage_figures[i], self->counts[funnel[i]], known);
      gtk_toggle_button_set_active (self->stage_buttons[i],
                                    !self->criteria.waiting && self->criteria.scope == PSL_PLACEMENTS_ONE_STAGE
                                    && self->criteria.stage == funnel[i]);
    }
  set_figure (self->waiting_figure, self->n_waiting, known);
  if (self->n_waiting > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->waiting_figure), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->waiting_figure), "warning");
  gtk_toggle_button_set_active (self->waiting_card, self->criteria.waiting);
  self->syncing = FALSE;
}

/* The rows kept and the counts in one pass: on 200,000 placements, each
 * key typed reads each row once. */
static void
keep_cb (GPtrArray *rows,
         GPtrArray *kept,
         gpointer   user_data)
{
  PslPlacementsPage *self = user_data;

  /* The table may still filter while it is being disposed. */
  if (self->table == NULL)
    return;
  psl_placement_pass_filter (self->pass, rows, &self->criteria, psl_table_view_get_words (self->table), kept,
                             self->counts, &self->n_waiting);
  update_funnel (self);
}

static void
on_filter_changed_cb (PslPlacementsPage *self)
{
  guint choice;

  /* Not before every filter is made. */
  if (self->waiting_button == NULL)
    return;

  choice = gtk_drop_down_get_selected (self->stage_dropdown);
  if (choice == CHOICE_UNDER_WAY)
    self->criteria.scope = PSL_PLACEMENTS_UNDER_WAY;
  else if (choice == CHOICE_ALL)
    self->criteria.scope = PSL_PLACEMENTS_ALL;
  else if (choice == CHOICE_CLOSED)
    self->criteria.scope = PSL_PLACEMENTS_CLOSED;
  else
    {
      self->criteria.scope = PSL_PLACEMENTS_ONE_STAGE;
      self->criteria.stage = choice - CHOICE_STAGE (0);
    }
  self->criteria.staff_id = psl_table_view_selected_code (self->staff_dropdown, self->team);
  self->criteria.antenna_id = self->antenna_dropdown != NULL
                              ? psl_table_view_selected_code (self->antenna_dropdown, self->antennas) : NULL;
  self->criteria.waiting = gtk_toggle_button_get_active (self->waiting_button);
  self->criteria.waiting_since = self->waiting_since;
  /* The placements closed are read once a choice shows them. */
  if (self->criteria.scope == PSL_PLACEMENTS_ALL || self->criteria.scope == PSL_PLACEMENTS_CLOSED
      || (self->criteria.scope == PSL_PLACEMENTS_ONE_STAGE && !PSL_STAGE_IS_OPEN (self->criteria.stage)))
    psl_table_view_read_rest (self->table);
  update_funnel (self);
}

void
psl_placements_page_show_stage (PslPlacementsPage *self,
                                PslStage           stage)
{
  g_return_if_fail (PSL_IS_PLACEMENTS_PAGE (self));
  g_return_if_fail (stage < PSL_N_STAGES);

  gtk_toggle_button_set_active (self->waiting_button, FALSE);
  gtk_drop_down_set_selected (self->stage_dropdown, CHOICE_STAGE (stage));
}

/* Everyone's, everywhere, whatever words: as the home page counts. */
void
psl_placements_page_clear_filters (PslPlacementsPage *self)
{
  g_return_if_fail (PSL_IS_PLACEMENTS_PAGE (self));

  if (self->staff_dropdown != NULL)
    gtk_drop_down_set_selected (self->staff_dropdown, 0);
  if (self->antenna_dropdown != NULL)
    gtk_drop_down_set_selected (self->antenna_dropdown, 0);
  psl_table_view_set_text (self->table, "");
}

void
psl_placements_page_show_waiting (PslPlacementsPage *self)
{
  g_return_if_fail (PSL_IS_PLACEMENTS_PAGE (self));

  gtk_drop_down_set_selected (self->stage_dropdown, CHOICE_UNDER_WAY);
  gtk_toggle_button_set_active (self->waiting_button, TRUE);
}

/* A pressed button shows its stage; pressed again, back to all under way. */
static void
on_stage_toggled_cb (GtkToggleButton   *button,
                     PslPlacementsPage *self)
{
  if (self->syncing)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (funnel); i++)
    if (self->stage_buttons[i] == button)
      {
        if (gtk_toggle_button_get_active (button))
          psl_placements_page_show_stage (self, funnel[i]);
        else
          gtk_drop_down_set_selected (self->stage_dropdown, CHOICE_UNDER_WAY);
      }
}

static void
on_waiting_card_toggled_cb (GtkToggleButton   *button,
                            PslPlacementsPage *self)
{
  if (self->syncing)
    return;
  if (gtk_toggle_button_get_active (button))
    psl_placements_page_show_waiting (self);
  else
    gtk_toggle_button_set_active (self->waiting_button, FALSE);
}

static GtkToggleButton *
make_card (const char  *caption,
           const char  *tooltip,
           GtkLabel   **figure)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (caption);

  *figure = GTK_LABEL (gtk_label_new ("0"));
  gtk_widget_add_css_class (GTK_WIDGET (*figure), "title-3");
  gtk_label_set_xalign (*figure, 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_width_chars (GTK_LABEL (label), 9);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*figure));
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "stage-card");
  gtk_widget_set_tooltip_text (button, tooltip);
  /* The figure is part of the button's name for a screen reader. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, *figure, label, NULL, -1);
  return GTK_TOGGLE_BUTTON (button);
}

static PslPlacementRow *
selected_row (PslPlacementsPage *self)
{
  return self->table != NULL ? psl_table_view_get_selected (self->table) : NULL;
}

static void
on_selection_changed_cb (PslPlacementsPage *self)
{
  gboolean any = selected_row (self) != NULL;

  /* Not before the buttons are made. */
  if (self->company_button == NULL)
    return;
  gtk_widget_set_sensitive (self->person_button, any);
  gtk_widget_set_sensitive (self->company_button, any);
  /* The PMSMP convention is signed for an immersion. */
  gtk_widget_set_sensitive (self->convention_button,
                            any && psl_placement_row_get_stage (selected_row (self)) == PSL_STAGE_IMMERSION);
}

static void
on_convention_clicked_cb (PslPlacementsPage *self)
{
  PslPlacementRow *row = selected_row (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;

  if (row == NULL)
    return;
  if ((doc = psl_convention_sheet_new (self->store, psl_placement_row_get_id (row), &error)) == NULL)
    psl_toast_message (GTK_WIDGET (self), error->message);
  else
    gtk_window_present (GTK_WINDOW (psl_document_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, doc)));
}

static void
on_open_person_clicked_cb (PslPlacementsPage *self)
{
  PslPlacementRow *row = selected_row (self);

  if (row != NULL)
    psl_navigate (GTK_WIDGET (self), PSL_TARGET_PERSON, psl_placement_row_get_person_id (row));
}

static void
on_open_company_clicked_cb (PslPlacementsPage *self)
{
  PslPlacementRow *row = selected_row (self);

  if (row != NULL)
    psl_navigate (GTK_WIDGET (self), PSL_TARGET_COMPANY, psl_placement_row_get_company_id (row));
}

static GtkWidget *
edit_placement (PslPlacementsPage *self,
                PslPlacementRow   *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  PslRecordDialog *dialog;

  dialog = psl_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store,
                                  &psl_placement_form, psl_placement_row_get_person_id (row),
                                  psl_placement_row_get_id (row), NULL, &error);
  if (dialog == NULL)
    {
      /* Deleted meanwhile from a person's page: the list is out of date. */
      psl_toast_message (GTK_WIDGET (self), error->message);
      psl_placements_page_reload (self);
      return NULL;
    }
  /* Translators: the title of a placement's window: a person, a firm */
  title = g_strdup_printf (_("%s at %s"), psl_placement_row_get_person_name (row),
                           psl_placement_row_get_company_name (row));
  gtk_window_set_title (GTK_WINDOW (dialog), title);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (psl_placements_page_reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

static void
on_item_activated_cb (PslPlacementsPage *self,
                      PslPlacementRow   *row)
{
  edit_placement (self, row);
}

/* The page opens on the placements under way: the first screen of them
 * is read first, in a time that does not grow with the file, then the
 * others under way while these are shown (data: the rows read before).
 * The closed ones, five in six on a large file, are read when a choice
 * shows them. */
static gpointer
load_job (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  return psl_placement_list_load_first (store, PSL_PLACEMENTS_FIRST_ROWS, error);
}

static gpointer
load_under_way_job (PslStore     *store,
                    gpointer      data,
                    GCancellable *cancellable,
                    GError      **error)
{
  return psl_placement_list_load_rest (store, PSL_PLACEMENTS_UNDER_WAY, data, error);
}

static gpointer
load_closed_job (PslStore     *store,
                 gpointer      data,
                 GCancellable *cancellable,
                 GError      **error)
{
  return psl_placement_list_load (store, PSL_PLACEMENTS_CLOSED, error);
}

static GtkWidget *
make_funnel (PslPlacementsPage *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  g_autofree char *waiting_caption = NULL;

  gtk_widget_add_css_class (bar, "stage-funnel");
  for (guint i = 0; i < G_N_ELEMENTS (funnel); i++)
    {
      if (i > 0)
        {
          GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

          gtk_widget_add_css_class (arrow, "dim-label");
          gtk_box_append (GTK_BOX (bar), arrow);
        }
      self->stage_buttons[i] = make_card (_(funnel_captions[i]), _("Show the placements at this stage"),
                                          &self->stage_figures[i]);
      g_signal_connect (self->stage_buttons[i], "toggled", G_CALLBACK (on_stage_toggled_cb), self);
      gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->stage_buttons[i]));
    }

  /* Translators: %d is a number of weeks */
  waiting_caption = g_strdup_printf (_("No answer for %d weeks"), PSL_PLACEMENT_WAITING_DAYS / 7);
  self->waiting_card = make_card (waiting_caption,
                                  _("Proposed, presented or met at the workstation, and nothing moved since: "
                                    "worth a call to the firm"),
                                  &self->waiting_figure);
  gtk_widget_set_margin_start (GTK_WIDGET (self->waiting_card), 12);
  g_signal_connect (self->waiting_card, "toggled", G_CALLBACK (on_waiting_card_toggled_cb), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->waiting_card));


  /* A narrow window scrolls the stages rather than squeezing them. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  /* As wide and tall as the cards would like when there is room. */
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), bar);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 12);
  gtk_widget_set_margin_bottom (bar, 6);
  return scroller;
}

/* What the selected row is about, opened in its own page. */
static GtkWidget *
make_open_buttons (PslPlacementsPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, "linked");
  self->person_button = gtk_button_new_with_mnemonic (_("Open the _Person"));
  self->company_button = gtk_button_new_with_mnemonic (_("Open the _Firm"));
  gtk_widget_set_tooltip_text (self->person_button, _("The page of the person in the row selected"));
  gtk_widget_set_tooltip_text (self->company_button, _("The page of the firm in the row selected"));
  g_signal_connect_swapped (self->person_button, "clicked", G_CALLBACK (on_open_person_clicked_cb), self);
  g_signal_connect_swapped (self->company_button, "clicked", G_CALLBACK (on_open_company_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), self->person_button);
  gtk_box_append (GTK_BOX (box), self->company_button);
  self->convention_button = gtk_button_new_with_mnemonic (_("PMSMP _Convention…"));
  gtk_widget_set_tooltip_text (self->convention_button,
                               _("The immersion convention of the row selected, to print and sign"));
  g_signal_connect_swapped (self->convention_button, "clicked", G_CALLBACK (on_convention_clicked_cb), self);
  /* Shortened rather than fold a narrow window to its sidebar; the
   * tooltip still says it whole. */
  gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->convention_button))),
                           PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), self->convention_button);
  on_selection_changed_cb (self);
  return box;
}

/* The table reads in two parts and keeps the read's own cancellable (the
 * firms' list, which is no page, reads with it too): the page's read is
 * only handing it over. */
static void
load (PslPage      *page,
      GCancellable *cancellable)
{
  PslPlacementsPage *self = PSL_PLACEMENTS_PAGE (page);

  /* Three weeks before today, today being the day of the reading: a
   * window left open overnight counts as the home page does. */
  {
    g_autofree char *today = psl_today_iso ();
    g_autoptr(GDate) since = psl_date_parse (today);

    g_date_subtract_days (since, PSL_PLACEMENT_WAITING_DAYS);
    g_free (self->waiting_since);
    self->waiting_since = psl_date_to_iso (since);
    self->criteria.waiting_since = self->waiting_since;
  }
  self->read_at = psl_store_get_changes (self->store);
  psl_page_read_done (page);
  psl_table_view_load_in_parts_then (self->table, self->store, load_job, load_under_way_job, load_closed_job);
  psl_table_view_read_next (self->table);
  update_funnel (self);
}

static void
on_map_cb (PslPlacementsPage *self)
{
  /* Placements move from the people's and the firms' pages: read again
   * when anything was written since, unless a reading is under way. */
  if (self->store != NULL && !psl_placements_page_is_loading (self)
      && psl_store_get_changes (self->store) != self->read_at)
    psl_placements_page_reload (self);
}

static void
psl_placements_page_dispose (GObject *object)
{
  PslPlacementsPage *self = (PslPlacementsPage *) object;

  /* The table tells its last selection change while it goes. */
  self->table = NULL;
  self->person_button = self->company_button = self->convention_button = NULL;
  if (self->box != NULL)
    gtk_widget_unparent (g_steal_pointer (&self->box));
  g_clear_pointer (&self->pass, psl_placement_pass_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (psl_placements_page_parent_class)->dispose (object);
}

static void
psl_placements_page_finalize (GObject *object)
{
  PslPlacementsPage *self = (PslPlacementsPage *) object;

  g_clear_pointer (&self->team, g_ptr_array_unref);
  g_clear_pointer (&self->antennas, g_ptr_array_unref);
  g_free (self->waiting_since);

  G_OBJECT_CLASS (psl_placements_page_parent_class)->finalize (object);
}

static void
psl_placements_page_constructed (GObject *object)
{
  PslPlacementsPage *self = PSL_PLACEMENTS_PAGE (object);

  G_OBJECT_CLASS (psl_placements_page_parent_class)->constructed (object);
  self->store = g_object_ref (psl_page_get_store (PSL_PAGE (self)));
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();

    /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
    self->team = psl_portfolio_team (self->store, NULL);
    self->antennas = psl_installation_sites (self->store, NULL);

    g_ptr_array_add (labels, _("Under way"));
    g_ptr_array_add (labels, _("All stages"));
    for (guint i = 0; i < PSL_N_STAGES; i++)
      g_ptr_array_add (labels, (gpointer) psl_stage_label (i));
    g_ptr_array_add (labels, _("Closed"));
    g_ptr_array_add (labels, NULL);
    self->stage_dropdown = psl_table_view_add_choices (self->table, _("Stage"), (const char * const *) labels->pdata);
  }
  self->staff_dropdown = psl_table_view_add_dropdown (self->table, _("All counsellors"), _("Counsellor"),
                                                      self->team);
  /* One office needs no choice of antenna. */
  if (self->antennas != NULL && self->antennas->len > 1)
    self->antenna_dropdown = psl_table_view_add_dropdown (self->table, _("All antennas"), _("Antenna"),
                                                          self->antennas);
  self->waiting_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (_("Waiting")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->waiting_button),
                               _("Only those waiting for the firm's answer with nothing moved for three weeks"));
  psl_table_view_add_toggle (self->table, self->waiting_button);
  psl_table_view_add_end (self->table, make_open_buttons (self));
  update_funnel (self);
}

static void
psl_placements_page_class_init (PslPlacementsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = psl_placements_page_dispose;
  object_class->constructed = psl_placements_page_constructed;
  PSL_PAGE_CLASS (klass)->load = load;
  object_class->finalize = psl_placements_page_finalize;

}

static void
psl_placements_page_init (PslPlacementsPage *self)
{
  self->read_at = -1;
  self->criteria.scope = PSL_PLACEMENTS_UNDER_WAY;
  self->pass = psl_placement_pass_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->table = psl_table_view_new (&texts, columns, G_N_ELEMENTS (columns), PSL_TYPE_PLACEMENT_ROW);
  gtk_box_append (GTK_BOX (self->box), make_funnel (self));
  gtk_widget_set_vexpand (GTK_WIDGET (self->table), TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->table));
  psl_table_view_set_keep (self->table, keep_cb, self);
  g_signal_connect_swapped (self->table, "filter-changed", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect_swapped (self->table, "item-activated", G_CALLBACK (on_item_activated_cb), self);
  g_signal_connect_swapped (self->table, "selection-changed", G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

PslPlacementsPage *
psl_placements_page_new (PslStore *store)
{
  return g_object_new (PSL_TYPE_PLACEMENTS_PAGE, "store", store, NULL);
}

void
psl_placements_page_reload (PslPlacementsPage *self)
{
  g_return_if_fail (PSL_IS_PLACEMENTS_PAGE (self));
  psl_page_reload (PSL_PAGE (self));
}

gboolean
psl_placements_page_is_loading (PslPlacementsPage *self)
{
  g_return_val_if_fail (PSL_IS_PLACEMENTS_PAGE (self), FALSE);
  return psl_page_is_stale (PSL_PAGE (self)) || psl_page_is_loading (PSL_PAGE (self))
         || psl_table_view_is_loading (self->table);
}

guint
psl_placements_page_get_n_shown (PslPlacementsPage *self)
{
  g_return_val_if_fail (PSL_IS_PLACEMENTS_PAGE (self), 0);
  return psl_table_view_get_n_shown (self->table);
}

guint
psl_placements_page_get_stage_count (PslPlacementsPage *self,
                                     PslStage           stage)
{
  g_return_val_if_fail (PSL_IS_PLACEMENTS_PAGE (self), 0);
  g_return_val_if_fail (stage < PSL_N_STAGES, 0);
  return self->counts[stage];
}

guint
psl_placements_page_get_n_waiting (PslPlacementsPage *self)
{
  g_return_val_if_fail (PSL_IS_PLACEMENTS_PAGE (self), 0);
  return self->n_waiting;
}

GtkWidget *
psl_placements_page_edit_row (PslPlacementsPage *self,
                              guint              position)
{
  g_autoptr(PslPlacementRow) row = NULL;

  g_return_val_if_fail (PSL_IS_PLACEMENTS_PAGE (self), NULL);

  row = g_list_model_get_item (psl_table_view_get_shown (self->table), position);
  return row != NULL ? edit_placement (self, row) : NULL;
}
