from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class TrainingAction(models.Model):
    _name = "training.action"
    _description = "Training Action"
    _inherit = ["training.scoped.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, reference desc, id desc"
    _rec_names_search = ["name", "reference"]
    _scope_fields = ("unit_id",)

    # Identification
    name = fields.Char(string="Action Title", required=True, translate=True, tracking=True)
    reference = fields.Char(
        required=True,
        readonly=True,
        copy=False,
        index=True,
        default=lambda self: self.env._("New"),
    )
    programme_id = fields.Many2one(
        "training.programme",
        required=True,
        index=True,
        tracking=True,
    )
    area_id = fields.Many2one(
        "training.area",
        string="Training Area",
        required=True,
        index=True,
        tracking=True,
    )
    delivery_mode = fields.Selection(
        [("in_person", "In person"), ("distance", "Distance"), ("hybrid", "Hybrid")],
        required=True,
        default="in_person",
        tracking=True,
    )
    planned_hours = fields.Float(tracking=True, help="Hours of training each participant should receive.")
    objectives = fields.Html(translate=True)
    target_population = fields.Text(translate=True, help="Staff this action is meant for.")

    # Organisation
    unit_id = fields.Many2one(
        "training.unit",
        string="Organising Unit",
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self.env.user.training_unit_ids[:1],
    )
    user_id = fields.Many2one(
        "res.users",
        string="Responsible",
        default=lambda self: self.env.user,
        tracking=True,
        domain="[('share', '=', False)]",
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("planned", "Planned"),
            ("in_progress", "In progress"),
            ("done", "Done"),
            ("cancelled", "Cancelled"),
        ],
        string="Status",
        required=True,
        default="draft",
        copy=False,
        tracking=True,
        index=True,
    )

    # Sessions
    session_ids = fields.One2many("training.session", "action_id", string="Sessions")
    session_count = fields.Integer(compute="_compute_session_stats")
    participant_count = fields.Integer(string="Participants", compute="_compute_session_stats")
    date_start = fields.Datetime(string="Start", compute="_compute_dates", store=True)
    date_end = fields.Datetime(string="End", compute="_compute_dates", store=True)

    _sql_constraints = [
        ("reference_unique", "UNIQUE(reference)", "Another training action already has this reference."),
        (
            "planned_hours_positive",
            "CHECK(planned_hours >= 0)",
            "Planned hours cannot be negative. Enter 0 or more hours.",
        ),
    ]

    @api.depends("session_ids")
    def _compute_session_stats(self):
        session_counts = dict(
            self.env["training.session"]._read_group([("action_id", "in", self.ids)], ["action_id"], ["__count"])
        )
        participant_counts = dict(
            self.env["training.enrolment"]._read_group(
                [("action_id", "in", self.ids), ("state", "!=", "cancelled")],
                ["action_id"],
                ["participant_id:count_distinct"],
            )
        )
        for action in self:
            action.session_count = session_counts.get(action, 0)
            action.participant_count = participant_counts.get(action, 0)

    @api.depends("session_ids.date_start", "session_ids.date_end", "session_ids.state")
    def _compute_dates(self):
        for action in self:
            sessions = action.session_ids.filtered(lambda session: session.state != "cancelled")
            starts = [date for date in sessions.mapped("date_start") if date]
            ends = [date for date in sessions.mapped("date_end") if date]
            action.date_start = min(starts) if starts else False
            action.date_end = max(ends) if ends else False

    @api.constrains("planned_hours", "state")
    def _check_planned_hours(self):
        for action in self:
            if action.state != "draft" and action.planned_hours <= 0:
                raise ValidationError(
                    self.env._(
                        "The training action %(action)s has no planned hours. "
                        "Enter its planned hours: only a draft action may have none.",
                        action=action.display_name,
                    )
                )

    @api.depends("name", "reference")
    def _compute_display_name(self):
        for action in self:
            action.display_name = f"{action.reference} - {action.name}" if action.reference else action.name

    @api.model_create_multi
    def create(self, vals_list):
        new_label = self.env._("New")
        for vals in vals_list:
            if not vals.get("reference") or vals["reference"] == new_label:
                vals["reference"] = self.env["ir.sequence"].next_by_code("training.action") or new_label
        return super().create(vals_list)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_started(self):
        for action in self:
            if action.state not in ("draft", "cancelled"):
                raise UserError(
                    self.env._(
                        "The training action %(action)s is %(state)s and cannot be deleted. "
                        "Cancel it first, or archive it.",
                        action=action.display_name,
                        state=action._state_label(),
                    )
                )

    def _state_label(self):
        return dict(self._fields["state"]._description_selection(self.env))[self.state]

    # State flow

    def _check_state(self, allowed_states, message):
        """Raise ``message`` (with %(action)s and %(state)s) for actions outside ``allowed_states``."""
        for action in self:
            if action.state not in allowed_states:
                raise UserError(message % {"action": action.display_name, "state": action._state_label()})

    def action_plan(self):
        self._check_state(
            ("draft",),
            self.env._("The training action %(action)s is %(state)s: only a draft action can be planned."),
        )
        self.write({"state": "planned"})
        return True

    def action_start(self):
        self._check_state(
            ("planned",),
            self.env._("The training action %(action)s is %(state)s: only a planned action can be started."),
        )
        self.write({"state": "in_progress"})
        return True

    def action_done(self):
        self._check_state(
            ("in_progress",),
            self.env._(
                "The training action %(action)s is %(state)s: only an action in progress can be marked as done."
            ),
        )
        for action in self:
            open_sessions = action.session_ids.filtered(lambda session: session.state not in ("done", "cancelled"))
            if open_sessions:
                raise UserError(
                    self.env._(
                        "The training action %(action)s still has open sessions: %(sessions)s. "
                        "Mark them as done or cancel them first.",
                        action=action.display_name,
                        sessions=", ".join(open_sessions.mapped("display_name")),
                    )
                )
        self.write({"state": "done"})
        return True

    def action_cancel(self):
        self._check_state(
            ("draft", "planned", "in_progress"),
            self.env._("The training action %(action)s is %(state)s and can no longer be cancelled."),
        )
        for action in self:
            done_sessions = action.session_ids.filtered(lambda session: session.state == "done")
            if done_sessions:
                raise UserError(
                    self.env._(
                        "The training action %(action)s has sessions already done: %(sessions)s. "
                        "Mark the action as done instead of cancelling it.",
                        action=action.display_name,
                        sessions=", ".join(done_sessions.mapped("display_name")),
                    )
                )
        self.session_ids.filtered(lambda session: session.state != "cancelled").action_cancel()
        self.write({"state": "cancelled"})
        return True

    def action_reset_to_draft(self):
        self._check_state(
            ("cancelled",),
            self.env._("The training action %(action)s is %(state)s: only a cancelled action can be reset to draft."),
        )
        self.write({"state": "draft"})
        return True

    def action_view_sessions(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("formation_continue.training_session_action")
        action["domain"] = [("action_id", "=", self.id)]
        action["context"] = {"default_action_id": self.id}
        return action
