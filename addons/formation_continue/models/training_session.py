from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# Session fields shown on the calendar events of its slots.
CALENDAR_FIELDS = {"name", "action_id", "venue", "trainer_ids", "user_id", "state"}


class TrainingSession(models.Model):
    _name = "training.session"
    _description = "Training Session"
    _inherit = ["training.scoped.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"
    _scope_fields = ("unit_id",)

    # Identification
    name = fields.Char(
        string="Group",
        required=True,
        tracking=True,
        help="Name of this group of the action, for example Group 1 or Tanger A.",
    )
    action_id = fields.Many2one(
        "training.action",
        string="Training Action",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    programme_id = fields.Many2one(related="action_id.programme_id", store=True, index=True)
    area_id = fields.Many2one(related="action_id.area_id", store=True, index=True)
    delivery_mode = fields.Selection(related="action_id.delivery_mode")

    # Organisation
    unit_id = fields.Many2one(
        "training.unit",
        string="Organising Unit",
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self.env.user.training_unit_ids[:1],
    )
    academy_id = fields.Many2one(related="unit_id.academy_id", store=True, index=True)
    directorate_id = fields.Many2one(related="unit_id.directorate_id", store=True, index=True)
    venue = fields.Char(tracking=True)
    user_id = fields.Many2one(
        "res.users",
        string="Responsible",
        default=lambda self: self.env.user,
        tracking=True,
        domain="[('share', '=', False)]",
    )
    trainer_ids = fields.Many2many(
        "training.trainer",
        "training_session_trainer_rel",
        "session_id",
        "trainer_id",
        string="Trainers",
        tracking=True,
    )
    capacity = fields.Integer(default=25, required=True, tracking=True, help="Maximum number of enrolled participants.")
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

    # Schedule
    slot_ids = fields.One2many("training.session.slot", "session_id", string="Time Slots", copy=True)
    date_start = fields.Datetime(string="Start", compute="_compute_schedule", store=True, index=True)
    date_end = fields.Datetime(string="End", compute="_compute_schedule", store=True)
    total_hours = fields.Float(string="Hours", compute="_compute_schedule", store=True)
    slot_count = fields.Integer(string="Time Slot Count", compute="_compute_schedule", store=True)

    # Enrolments
    enrolment_ids = fields.One2many("training.enrolment", "session_id", string="Enrolments")
    seats_taken = fields.Integer(compute="_compute_seats", store=True, help="Enrolments that are not cancelled.")
    seats_available = fields.Integer(compute="_compute_seats", store=True)

    _sql_constraints = [
        ("capacity_positive", "CHECK(capacity > 0)", "A session needs a capacity of at least one participant."),
    ]

    @api.depends("slot_ids.start", "slot_ids.end", "slot_ids.hours")
    def _compute_schedule(self):
        for session in self:
            slots = session.slot_ids
            session.date_start = min(slots.mapped("start")) if slots else False
            session.date_end = max(slots.mapped("end")) if slots else False
            session.total_hours = sum(slots.mapped("hours"))
            session.slot_count = len(slots)

    @api.depends("capacity", "enrolment_ids.state")
    def _compute_seats(self):
        for session in self:
            session.seats_taken = len(session.enrolment_ids.filtered(lambda enrolment: enrolment.state != "cancelled"))
            session.seats_available = session.capacity - session.seats_taken

    @api.depends("name", "action_id.reference")
    def _compute_display_name(self):
        for session in self:
            reference = session.action_id.reference
            session.display_name = f"{reference} / {session.name}" if reference else session.name

    @api.constrains("capacity")
    def _check_capacity(self):
        for session in self:
            if session.capacity < 1:
                raise ValidationError(
                    self.env._(
                        "The session %(session)s has a capacity of %(capacity)s. Enter at least 1 participant.",
                        session=session.display_name,
                        capacity=session.capacity,
                    )
                )
            if session.seats_taken > session.capacity:
                raise ValidationError(
                    self.env._(
                        "The session %(session)s has %(taken)s enrolments for a capacity of %(capacity)s. "
                        "Raise the capacity or cancel enrolments.",
                        session=session.display_name,
                        taken=session.seats_taken,
                        capacity=session.capacity,
                    )
                )

    @api.constrains("action_id")
    def _check_action_open(self):
        for session in self:
            if session.action_id.state in ("done", "cancelled"):
                raise ValidationError(
                    self.env._(
                        "The training action %(action)s is closed, so no session can be added to it. "
                        "Choose an action that is draft, planned or in progress.",
                        action=session.action_id.display_name,
                    )
                )

    def write(self, vals):
        result = super().write(vals)
        if CALENDAR_FIELDS & set(vals):
            self.slot_ids._sync_calendar_events()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_started(self):
        for session in self:
            if session.state not in ("draft", "cancelled"):
                raise UserError(
                    self.env._(
                        "The session %(session)s is %(state)s and cannot be deleted. Cancel it first.",
                        session=session.display_name,
                        state=session._state_label(),
                    )
                )

    def unlink(self):
        # Slots are removed by the database cascade, which skips their unlink(): remove their
        # calendar events here, as superuser like the slots do.
        events_sudo = self.slot_ids._own_calendar_events().sudo()
        result = super().unlink()
        events_sudo.unlink()
        return result

    def _state_label(self):
        return dict(self._fields["state"]._description_selection(self.env))[self.state]

    # State flow

    def _check_state(self, allowed_states, message):
        """Raise ``message`` (with %(session)s and %(state)s) for sessions outside ``allowed_states``."""
        for session in self:
            if session.state not in allowed_states:
                raise UserError(message % {"session": session.display_name, "state": session._state_label()})

    def action_plan(self):
        self._check_state(
            ("draft",),
            self.env._("The session %(session)s is %(state)s: only a draft session can be planned."),
        )
        for session in self:
            if not session.slot_ids:
                raise UserError(
                    self.env._(
                        "The session %(session)s has no time slots. Add its time slots before planning it.",
                        session=session.display_name,
                    )
                )
            if session.action_id.state not in ("planned", "in_progress"):
                raise UserError(
                    self.env._(
                        "The training action %(action)s is not planned yet. Plan the action before its sessions.",
                        action=session.action_id.display_name,
                    )
                )
        self.write({"state": "planned"})
        return True

    def action_start(self):
        self._check_state(
            ("planned",),
            self.env._("The session %(session)s is %(state)s: only a planned session can be started."),
        )
        self.write({"state": "in_progress"})
        self.action_id.filtered(lambda action: action.state == "planned").action_start()
        return True

    def action_done(self):
        self._check_state(
            ("in_progress",),
            self.env._("The session %(session)s is %(state)s: only a session in progress can be marked as done."),
        )
        self.write({"state": "done"})
        return True

    def action_cancel(self):
        self._check_state(
            ("draft", "planned", "in_progress"),
            self.env._("The session %(session)s is %(state)s and can no longer be cancelled."),
        )
        self.write({"state": "cancelled"})
        return True

    def action_reset_to_draft(self):
        self._check_state(
            ("cancelled",),
            self.env._("The session %(session)s is %(state)s: only a cancelled session can be reset to draft."),
        )
        self.write({"state": "draft"})
        return True

    def action_view_enrolments(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("formation_continue.training_enrolment_action")
        action["domain"] = [("session_id", "=", self.id)]
        action["context"] = {"default_session_id": self.id}
        return action
