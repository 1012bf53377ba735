/* psl-privacy-page.c — the Privacy page of Preferences: who I am, the team's roles, retention, the journal, the key
 *
 * Built in code, as its rows follow the team: one role row per staff member.
 * Every rule (a role missing, the last in direction, a period out of range,
 * direction only) is core's; this page says what core answers.
 */

#define G_LOG_DOMAIN "psl-privacy-page"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-audit-window.h"
#include "psl-document-window.h"
#include "psl-first-start.h"
#include "psl-key-setup.h"
#include "psl-privacy-documents.h"
#include "psl-privacy-page.h"
#include "psl-retention-dialog.h"
#include "psl-spin.h"
#include "psl-toast.h"
#include "privacy/psl-audit.h"
#include "privacy/psl-privacy.h"
#include "privacy/psl-retention.h"

struct _PslPrivacyPage
{
  AdwPreferencesPage   parent_instance;

  PslStore            *store;
  GPtrArray           *staff_ids;
  AdwComboRow         *me_row;
  AdwPreferencesGroup *team_group;
  GPtrArray           *role_rows;
  GPtrArray           *staff_names;     /* beside staff_ids */
  AdwPreferencesGroup *logins_group;
  GPtrArray           *login_rows;
  AdwEntryRow         *new_login_row;
  GtkDropDown         *new_login_staff;
  GtkSpinButton       *inactive_spin;
  GtkSpinButton       *confidential_spin;
  AdwActionRow        *key_row;
  GtkWidget           *setup_button;
  AdwEntryRow         *recovery_row;
  GtkLabel            *result;
  AdwPreferencesGroup *result_group;    /* where result is: the group acted in */
  AdwPreferencesGroup *me_group;
  AdwPreferencesGroup *retention_group;
  AdwPreferencesGroup *accountability_group;
  AdwPreferencesGroup *key_group;
  guint                scroll_tick;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (PslPrivacyPage, psl_privacy_page, ADW_TYPE_PREFERENCES_PAGE)

static void load (PslPrivacyPage *self);

static gboolean
load_idle_cb (gpointer data)
{
  load (data);
  return G_SOURCE_REMOVE;
}

/* Later, not now: the row whose choice asked is rebuilt by load(), and may
 * not go while its own signal runs. */
static void
load_later (PslPrivacyPage *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, load_idle_cb, g_object_ref (self), g_object_unref);
}

/* Once the message has its place on the page, the page scrolls so that
 * it is in sight: the button pressed may be far below the top. */
static gboolean
scroll_to_result_cb (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       data)
{
  PslPrivacyPage *self = data;
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = scrolled != NULL ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)) : NULL;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double value, page;

  /* The page's own coordinates are its content's, under the viewport
   * that moves it. */
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (content == NULL || !gtk_widget_get_visible (widget))
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }
  /* Not laid out yet: the next frame. */
  if (gtk_widget_get_height (widget) == 0 || !gtk_widget_compute_bounds (widget, content, &bounds))
    return G_SOURCE_CONTINUE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y < value)
    gtk_adjustment_set_value (adjustment, bounds.origin.y - 12);
  else if (bounds.origin.y + bounds.size.height > value + page)
    gtk_adjustment_set_value (adjustment, bounds.origin.y + bounds.size.height + 12 - page);
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

/* What core answered, under the group the user acted in, where they
 * look, and brought into sight; NULL hides it. */
static void
say_in (PslPrivacyPage      *self,
        AdwPreferencesGroup *group,
        const char          *message)
{
  if (message != NULL && group != self->result_group)
    {
      g_object_ref (self->result);
      adw_preferences_group_remove (self->result_group, GTK_WIDGET (self->result));
      adw_preferences_group_add (group, GTK_WIDGET (self->result));
      g_object_unref (self->result);
      self->result_group = group;
    }
  gtk_label_set_label (self->result, message);
  gtk_widget_set_visible (GTK_WIDGET (self->result), message != NULL);
  if (message != NULL && self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->result), scroll_to_result_cb, self, NULL);
}

static void
say (PslPrivacyPage *self,
     const char     *message)
{
  say_in (self, self->result_group, message);
}

static void
on_me_changed_cb (AdwComboRow    *row,
                  GParamSpec     *pspec,
                  PslPrivacyPage *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || selected == 0 || selected > self->staff_ids->len)
    return;
  if (!psl_privacy_bind_account (self->store, g_ptr_array_index (self->staff_ids, selected - 1), &error))
    say_in (self, self->me_group, error->message);
  else
    say (self, NULL);
  load_later (self);
}

static void
on_role_changed_cb (AdwComboRow    *row,
                    GParamSpec     *pspec,
                    PslPrivacyPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *staff_id = g_object_get_data (G_OBJECT (row), "staff-id");
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading)
    return;
  if (!psl_privacy_set_role (self->store, staff_id, selected == 0 ? NULL : psl_role_codes[selected - 1], &error))
    say_in (self, self->team_group, error->message);
  else
    say (self, NULL);
  load_later (self);
}

/* Direction ties a login of the file to another staff member. */
static void
on_login_changed_cb (AdwComboRow    *row,
                     GParamSpec     *pspec,
                     PslPrivacyPage *self)
{
  g_autoptr(GError) error = NULL;
  GStrv ids = g_object_get_data (G_OBJECT (row), "staff-ids");
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || ids == NULL || selected >= g_strv_length (ids))
    return;
  if (!psl_privacy_bind_login (self->store, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                               ids[selected], NULL, &error))
    say_in (self, self->logins_group, error->message);
  else
    say (self, NULL);
  load_later (self);
}

/* Direction adds a login by name, tied to the staff member chosen beside it. */
static void
on_new_login_applied_cb (AdwEntryRow    *row,
                         PslPrivacyPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *account = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  guint selected = gtk_drop_down_get_selected (self->new_login_staff);

  if (*account == '\0')
    {
      say_in (self, self->logins_group, _("Type the login a colleague opens their session with on this computer, "
                                          "then choose who they are."));
      return;
    }
  if (selected >= self->staff_ids->len)
    {
      say_in (self, self->logins_group, _("Add the colleague to the team first, then tie the login to them."));
      return;
    }
  if (!psl_privacy_bind_login (self->store, account, g_ptr_array_index (self->staff_ids, selected), NULL, &error))
    {
      say_in (self, self->logins_group, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  say (self, NULL);
  load_later (self);
}

static void
on_months_changed_cb (GtkSpinButton  *spin,
                      PslPrivacyPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *kind = spin == self->inactive_spin ? "inactive_person" : "confidential";

  if (self->loading)
    return;
  if (!psl_retention_set_months (self->store, kind, gtk_spin_button_get_value_as_int (spin), &error))
    {
      say_in (self, self->retention_group, error->message);
      load (self);
    }
  else
    say (self, NULL);
}

static void
on_retention_clicked_cb (GtkButton      *button,
                         PslPrivacyPage *self)
{
  psl_retention_dialog_present (GTK_WIDGET (self), self->store, FALSE);
}

static void
on_audit_clicked_cb (GtkButton      *button,
                     PslPrivacyPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (psl_privacy_get_actor_role (self->store) != PSL_ROLE_DIRECTION)
    {
      say_in (self, self->accountability_group, _("Only direction reads the audit journal."));
      return;
    }
  gtk_window_present (GTK_WINDOW (psl_audit_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                        self->store)));
}

static void
on_record_clicked_cb (GtkButton      *button,
                      PslPrivacyPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_processing_record_new (self->store, &error);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (doc == NULL)
    {
      say_in (self, self->accountability_group, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (psl_document_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, doc)));
}

/* The recovery key is shown once, in a dialog to copy or print. */
static void
on_setup_clicked_cb (GtkButton      *button,
                     PslPrivacyPage *self)
{
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!psl_key_setup_by_direction (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, &error))
    {
      say_in (self, self->key_group, error->message);
      return;
    }
  say (self, NULL);
  load (self);
}

static void
on_recovery_applied_cb (AdwEntryRow    *row,
                        PslPrivacyPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!psl_privacy_recover (self->store, gtk_editable_get_text (GTK_EDITABLE (row)), NULL, &error))
    say_in (self, self->key_group, error->message);
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (row), "");
      say_in (self, self->key_group, _("The structure key is back on this computer."));
    }
  load (self);
}

static AdwPreferencesGroup *
group_new (PslPrivacyPage *self,
           const char     *title,
           const char     *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), group);
  return group;
}

static GtkSpinButton *
months_row (AdwPreferencesGroup *group,
            const char          *title,
            const char          *subtitle,
            PslPrivacyPage      *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, 600, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);
  psl_spin_keep_wheel_for_page (GTK_SPIN_BUTTON (spin));
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_months_changed_cb), self);
  return GTK_SPIN_BUTTON (spin);
}

/* Returns the button. */
static GtkWidget *
button_row (AdwPreferencesGroup *group,
            const char          *title,
            const char          *subtitle,
            const char          *label,
            GCallback            callback,
            PslPrivacyPage      *self,
            GtkWidget          **row_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (group, row);
  g_signal_connect (button, "clicked", callback, self);
  if (row_out != NULL)
    *row_out = row;
  return button;
}

static GtkStringList *
role_model (void)
{
  GtkStringList *roles = gtk_string_list_new (NULL);

  gtk_string_list_append (roles, psl_role_label (PSL_ROLE_NONE));
  for (guint i = 0; psl_role_codes[i] != NULL; i++)
    gtk_string_list_append (roles, psl_role_label (psl_role_from_code (psl_role_codes[i])));
  return roles;
}

static void
load_team (PslPrivacyPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) team = psl_staff_active_members (self->store, &error);
  g_autoptr(GtkStringList) people = gtk_string_list_new (NULL);
  g_autofree char *actor = psl_privacy_get_actor (self->store);
  guint me = 0;

  for (guint i = 0; i < self->role_rows->len; i++)
    adw_preferences_group_remove (self->team_group, g_ptr_array_index (self->role_rows, i));
  g_ptr_array_set_size (self->role_rows, 0);
  g_ptr_array_set_size (self->staff_ids, 0);
  g_ptr_array_set_size (self->staff_names, 0);
  gtk_string_list_append (people, _("Nobody chosen"));
  if (team == NULL)
    psl_toast_message (GTK_WIDGET (self), error->message);
  for (guint i = 0; team != NULL && i < team->len; i++)
    {
      const PslStaffMember *member = g_ptr_array_index (team, i);
      const char *id = member->id;
      const char *name = member->name;
      PslRole role = psl_role_from_code (member->role);
      g_autoptr(GtkStringList) roles = role_model ();
      g_autofree char *entry = g_strdup_printf ("%s — %s", name, psl_role_label (role));
      GtkWidget *row = adw_combo_row_new ();

      g_ptr_array_add (self->staff_ids, g_strdup (id));
      g_ptr_array_add (self->staff_names, g_strdup (name));
      gtk_string_list_append (people, entry);
      if (g_strcmp0 (id, actor) == 0)
        me = self->staff_ids->len;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (roles));
      for (guint r = 0; psl_role_codes[r] != NULL; r++)
        if (psl_role_from_code (psl_role_codes[r]) == role)
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), r + 1);
      if (role == PSL_ROLE_NONE)
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
      g_object_set_data_full (G_OBJECT (row), "staff-id", g_strdup (id), g_free);
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_role_changed_cb), self);
      adw_preferences_group_add (self->team_group, row);
      g_ptr_array_add (self->role_rows, row);
    }
  adw_combo_row_set_model (self->me_row, G_LIST_MODEL (people));
  adw_combo_row_set_selected (self->me_row, me);
}

/* The logins known to the file, each with who it is: direction changes
 * them and adds one; the others read them. */
static void
load_logins (PslPrivacyPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) logins = psl_privacy_logins (self->store, &error);
  gboolean direction = psl_privacy_get_actor_role (self->store) == PSL_ROLE_DIRECTION;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->login_rows->len; i++)
    adw_preferences_group_remove (self->logins_group, g_ptr_array_index (self->login_rows, i));
  g_ptr_array_set_size (self->login_rows, 0);
  if (logins == NULL)
    say_in (self, self->logins_group, error->message);
  for (guint i = 0; logins != NULL && i < logins->len; i++)
    {
      const PslPrivacyLogin *login = g_ptr_array_index (logins, i);
      GtkWidget *row;

      if (!direction)
        {
          row = adw_action_row_new ();
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), login->staff_name);
        }
      else
        {
          g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
          g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
          guint selected = G_MAXUINT;

          for (guint s = 0; s < self->staff_ids->len; s++)
            {
              g_strv_builder_add (ids, g_ptr_array_index (self->staff_ids, s));
              gtk_string_list_append (model, g_ptr_array_index (self->staff_names, s));
              if (g_strcmp0 (g_ptr_array_index (self->staff_ids, s), login->staff_id) == 0)
                selected = s;
            }
          /* Tied to someone who has left: shown as it is, until changed. */
          if (selected == G_MAXUINT)
            {
              g_strv_builder_add (ids, login->staff_id);
              gtk_string_list_append (model, login->staff_name);
              selected = self->staff_ids->len;
            }
          row = adw_combo_row_new ();
          adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
          g_object_set_data_full (G_OBJECT (row), "staff-ids", g_strv_builder_end (ids), (GDestroyNotify) g_strfreev);
          g_signal_connect (row, "notify::selected", G_CALLBACK (on_login_changed_cb), self);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), login->account);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_group_add (self->logins_group, row);
      g_ptr_array_add (self->login_rows, row);
    }
  for (guint s = 0; s < self->staff_names->len; s++)
    gtk_string_list_append (names, g_ptr_array_index (self->staff_names, s));
  gtk_drop_down_set_model (self->new_login_staff, G_LIST_MODEL (names));
  /* Last, under the logins. */
  g_object_ref (self->new_login_row);
  adw_preferences_group_remove (self->logins_group, GTK_WIDGET (self->new_login_row));
  adw_preferences_group_add (self->logins_group, GTK_WIDGET (self->new_login_row));
  g_object_unref (self->new_login_row);
  gtk_widget_set_visible (GTK_WIDGET (self->new_login_row), direction);
  adw_preferences_group_set_description (self->logins_group,
    direction ? _("What a login writes is signed with the staff member it is tied to, and it reads what their role "
                  "lets them read. Choose who each login is, or add the login of a colleague’s session.")
              : _("What a login writes is signed with the staff member it is tied to, and it reads what their role "
                  "lets them read. Set by direction."));
}

static void
load (PslPrivacyPage *self)
{
  g_autofree char *login = NULL;
  const char *source;

  self->loading = TRUE;
  load_team (self);
  load_logins (self);
  /* Translators: %s is the computer login */
  login = g_strdup_printf (_("Login %s on this computer"),
                           psl_privacy_get_account (self->store));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->me_row), login);
  gtk_spin_button_set_value (self->inactive_spin, psl_retention_months (self->store, "inactive_person"));
  gtk_spin_button_set_value (self->confidential_spin, psl_retention_months (self->store, "confidential"));

  if (!psl_privacy_is_set_up (self->store) && psl_privacy_get_key_file () == NULL && !psl_privacy_keyring_usable ())
    source = _("Not set up, and no keyring on this computer: the confidential texts are stored in clear. Start "
               "Passerelle from your desktop session, or with --key-file FILE");
  else if (!psl_privacy_is_set_up (self->store))
    source = _("Not set up: the confidential texts are stored in clear");
  /* Why it does not open is what the row says: the key is not on this computer. */
  else if (!psl_privacy_unlock (self->store, NULL))
    source = _("Set up, but the key is not on this computer: type the recovery key below");
  else if (psl_privacy_key_source (self->store) == PSL_KEY_SOURCE_KEYRING)
    source = _("Encrypted; the key is in this computer’s keyring");
  else
    source = _("Encrypted; the key is in a file (no keyring)");
  adw_action_row_set_subtitle (self->key_row, source);
  gtk_widget_set_visible (self->setup_button, !psl_privacy_is_set_up (self->store));
  self->loading = FALSE;
}

static void
psl_privacy_page_dispose (GObject *object)
{
  PslPrivacyPage *self = PSL_PRIVACY_PAGE (object);

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->result), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_object (&self->store);
  g_clear_pointer (&self->staff_ids, g_ptr_array_unref);
  g_clear_pointer (&self->role_rows, g_ptr_array_unref);
  g_clear_pointer (&self->staff_names, g_ptr_array_unref);
  g_clear_pointer (&self->login_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_privacy_page_parent_class)->dispose (object);
}

static void
psl_privacy_page_class_init (PslPrivacyPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_privacy_page_dispose;
}

static void
psl_privacy_page_init (PslPrivacyPage *self)
{
  AdwPreferencesGroup *group;
  GtkWidget *row;

  self->staff_ids = g_ptr_array_new_with_free_func (g_free);
  self->role_rows = g_ptr_array_new ();
  self->staff_names = g_ptr_array_new_with_free_func (g_free);
  self->login_rows = g_ptr_array_new ();
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (self), "privacy");
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Privacy"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "channel-secure-symbolic");

  self->result = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->result, TRUE);
  gtk_label_set_xalign (self->result, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->result), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->result), FALSE);
  group = self->me_group = group_new (self, _("Who I Am"), _("Every record says who wrote it, and the confidential part is read "
                                            "according to this."));
  self->me_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->me_row), _("I am"));
  g_signal_connect (self->me_row, "notify::selected", G_CALLBACK (on_me_changed_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (self->me_row));
  adw_preferences_group_add (group, GTK_WIDGET (self->result));
  self->result_group = group;

  self->team_group = group_new (self, _("Roles of the Team"),
                                _("The confidential part of a person is read by their referents and by direction "
                                  "only. Set by direction."));

  self->logins_group = group_new (self, _("Logins of This File"), NULL);
  self->new_login_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_login_row), _("Add a login"));
  adw_entry_row_set_show_apply_button (self->new_login_row, TRUE);
  self->new_login_staff = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->new_login_staff), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->new_login_staff), "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_login_staff), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Staff member the new login is tied to"), -1);
  adw_entry_row_add_suffix (self->new_login_row, GTK_WIDGET (self->new_login_staff));
  g_signal_connect (self->new_login_row, "apply", G_CALLBACK (on_new_login_applied_cb), self);
  adw_preferences_group_add (self->logins_group, GTK_WIDGET (self->new_login_row));

  group = self->retention_group = group_new (self, _("Retention"), _("Set by direction. The people reached are shown before anything "
                                             "goes; anonymising keeps the figures of every report."));
  self->inactive_spin = months_row (group, _("Anonymise after exit (months)"),
                                    _("People with no activity since their exit"), self);
  self->confidential_spin = months_row (group, _("Erase the confidential part after exit (months)"),
                                        _("Health, disability, justice, benefits, details of barriers"), self);
  button_row (group, _("Apply the Rules"), _("Once a week at start-up, or now"), _("_Preview…"),
              G_CALLBACK (on_retention_clicked_cb), self, NULL);

  group = self->accountability_group = group_new (self, _("Accountability"), NULL);
  button_row (group, _("Audit Journal"), _("Each reading, export and erasure; direction only"), _("_Open…"),
              G_CALLBACK (on_audit_clicked_cb), self, NULL);
  button_row (group, _("Record of Processing"), _("For the data protection officer (GDPR article 30)"),
              _("_Print…"), G_CALLBACK (on_record_clicked_cb), self, NULL);

  group = self->key_group = group_new (self, _("Encryption"), _("The confidential part is encrypted in the file with the structure "
                                              "key, kept in this computer’s keyring."));
  self->setup_button = button_row (group, _("Structure key"), NULL, _("_Set Up…"), G_CALLBACK (on_setup_clicked_cb),
                                   self, &row);
  self->key_row = ADW_ACTION_ROW (row);
  self->recovery_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->recovery_row), _("Recovery key"));
  adw_entry_row_set_show_apply_button (self->recovery_row, TRUE);
  g_signal_connect (self->recovery_row, "apply", G_CALLBACK (on_recovery_applied_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (self->recovery_row));
}

PslPrivacyPage *
psl_privacy_page_new (PslStore *store)
{
  PslPrivacyPage *self = g_object_new (PSL_TYPE_PRIVACY_PAGE, NULL);

  self->store = g_object_ref (store);
  load (self);
  return self;
}
