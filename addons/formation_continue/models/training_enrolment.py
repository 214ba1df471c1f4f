from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools import schedule


class TrainingEnrolment(models.Model):
    _name = "training.enrolment"
    _description = "Enrolment"
    _inherit = ["training.scoped.mixin", "mail.thread"]
    _order = "session_id desc, participant_id"
    _scope_fields = ("session_id", "participant_id")

    participant_id = fields.Many2one(
        "training.participant",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    session_id = fields.Many2one(
        "training.session",
        required=True,
        index=True,
        ondelete="cascade",
        tracking=True,
    )
    state = fields.Selection(
        [("registered", "Registered"), ("confirmed", "Confirmed"), ("cancelled", "Cancelled")],
        string="Status",
        required=True,
        default="registered",
        tracking=True,
        index=True,
    )

    # Stored copies for record rules and for grouping in pivot and graph views.
    participant_unit_id = fields.Many2one(
        related="participant_id.unit_id", string="Participant Unit", store=True, index=True
    )
    academy_id = fields.Many2one(related="participant_id.academy_id", string="Academy", store=True, index=True)
    directorate_id = fields.Many2one(
        related="participant_id.directorate_id", string="Directorate", store=True, index=True
    )
    gender = fields.Selection(related="participant_id.gender", store=True)
    staff_category = fields.Selection(related="participant_id.staff_category", store=True)
    session_unit_id = fields.Many2one(related="session_id.unit_id", string="Organising Unit", store=True, index=True)
    action_id = fields.Many2one(related="session_id.action_id", store=True, index=True)
    programme_id = fields.Many2one(related="session_id.programme_id", store=True, index=True)
    area_id = fields.Many2one(related="session_id.area_id", store=True, index=True)
    session_state = fields.Selection(related="session_id.state", string="Session Status")
    date_start = fields.Datetime(related="session_id.date_start", string="Session Start", store=True)

    # Attendance
    attendance_ids = fields.One2many(
        "training.attendance",
        "enrolment_id",
    )
    planned_hours = fields.Float(related="session_id.total_hours", string="Session Hours", store=True, aggregator="sum")
    attended_hours = fields.Float(compute="_compute_attendance", store=True, aggregator="sum")
    attendance_rate = fields.Float(
        string="Attendance Rate (%)",
        compute="_compute_attendance",
        store=True,
        aggregator="avg",
        help="Attended hours as a percentage of the session's hours.",
    )

    _sql_constraints = [
        (
            "participant_session_unique",
            "UNIQUE(participant_id, session_id)",
            "This participant is already enrolled in this session.",
        ),
    ]

    @api.depends("attendance_ids.attended_hours", "session_id.total_hours")
    def _compute_attendance(self):
        for enrolment in self:
            attended = sum(enrolment.attendance_ids.mapped("attended_hours"))
            enrolment.attended_hours = attended
            enrolment.attendance_rate = schedule.attendance_rate(attended, enrolment.session_id.total_hours)

    @api.depends("participant_id", "session_id")
    def _compute_display_name(self):
        for enrolment in self:
            enrolment.display_name = f"{enrolment.participant_id.name} - {enrolment.session_id.display_name}"

    @api.constrains("session_id", "state")
    def _check_session_capacity(self):
        self.session_id._check_capacity()

    @api.constrains("participant_id", "session_id")
    def _check_unique_participant(self):
        self._check_not_enrolled([(enrolment.participant_id.id, enrolment.session_id.id) for enrolment in self])

    def _check_not_enrolled(self, pairs):
        """Raise when a (participant id, session id) pair has an enrolment other than ``self``.

        The unique SQL constraint rejects it too, but without naming the participant and session.
        """
        pairs = {(participant_id, session_id) for participant_id, session_id in pairs if participant_id and session_id}
        if not pairs:
            return
        existing = self.search(
            [
                ("participant_id", "in", [participant_id for participant_id, _session_id in pairs]),
                ("session_id", "in", [session_id for _participant_id, session_id in pairs]),
                ("id", "not in", self.ids),
            ]
        )
        for enrolment in existing:
            if (enrolment.participant_id.id, enrolment.session_id.id) in pairs:
                raise ValidationError(
                    self.env._(
                        "%(participant)s is already enrolled in %(session)s. "
                        "Open the existing enrolment instead of adding another.",
                        participant=enrolment.participant_id.display_name,
                        session=enrolment.session_id.display_name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        self._check_not_enrolled([(vals.get("participant_id"), vals.get("session_id")) for vals in vals_list])
        return super().create(vals_list)

    def action_confirm(self):
        self.filtered(lambda enrolment: enrolment.state == "registered").write({"state": "confirmed"})
        return True

    def action_cancel(self):
        self.write({"state": "cancelled"})
        return True
