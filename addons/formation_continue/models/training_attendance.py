from odoo import api, fields, models
from odoo.exceptions import ValidationError


class TrainingAttendance(models.Model):
    _name = "training.attendance"
    _description = "Attendance"
    _inherit = ["training.scoped.mixin"]
    _order = "slot_id, participant_id"
    _scope_fields = ("enrolment_id", "slot_id")

    enrolment_id = fields.Many2one(
        "training.enrolment",
        required=True,
        index=True,
        ondelete="cascade",
    )
    slot_id = fields.Many2one(
        "training.session.slot",
        string="Time Slot",
        required=True,
        index=True,
        ondelete="cascade",
    )
    state = fields.Selection(
        [("present", "Present"), ("absent", "Absent"), ("excused", "Excused")],
        string="Attendance",
        required=True,
        default="present",
    )
    note = fields.Char()

    # Stored copies for record rules and for grouping in pivot and graph views.
    participant_id = fields.Many2one(related="enrolment_id.participant_id", store=True, index=True)
    session_id = fields.Many2one(related="enrolment_id.session_id", store=True, index=True)
    participant_unit_id = fields.Many2one(
        related="enrolment_id.participant_unit_id", string="Participant Unit", store=True, index=True
    )
    session_unit_id = fields.Many2one(
        related="enrolment_id.session_unit_id", string="Organising Unit", store=True, index=True
    )
    academy_id = fields.Many2one(related="enrolment_id.academy_id", store=True)
    directorate_id = fields.Many2one(related="enrolment_id.directorate_id", store=True)
    gender = fields.Selection(related="enrolment_id.gender", store=True)
    area_id = fields.Many2one(related="enrolment_id.area_id", store=True)
    slot_start = fields.Datetime(related="slot_id.start", string="Slot Start", store=True)
    slot_hours = fields.Float(related="slot_id.hours", string="Slot Hours", store=True, aggregator="sum")
    attended_hours = fields.Float(compute="_compute_attended_hours", store=True, aggregator="sum")

    _sql_constraints = [
        (
            "enrolment_slot_unique",
            "UNIQUE(enrolment_id, slot_id)",
            "Attendance is already recorded for this participant in this time slot.",
        ),
    ]

    @api.depends("state", "slot_id.hours")
    def _compute_attended_hours(self):
        for attendance in self:
            attendance.attended_hours = attendance.slot_id.hours if attendance.state == "present" else 0.0

    @api.depends("participant_id", "slot_id")
    def _compute_display_name(self):
        for attendance in self:
            attendance.display_name = f"{attendance.participant_id.name} - {attendance.slot_id.display_name}"

    @api.constrains("enrolment_id", "slot_id")
    def _check_same_session(self):
        for attendance in self:
            if attendance.enrolment_id.session_id != attendance.slot_id.session_id:
                raise ValidationError(
                    self.env._(
                        "%(participant)s is enrolled in %(session)s, not in %(slot_session)s. "
                        "Record attendance only for time slots of the participant's own session.",
                        participant=attendance.enrolment_id.participant_id.name,
                        session=attendance.enrolment_id.session_id.display_name,
                        slot_session=attendance.slot_id.session_id.display_name,
                    )
                )

    @api.constrains("slot_id")
    def _check_session_state(self):
        for attendance in self:
            session = attendance.slot_id.session_id
            if session.state in ("draft", "cancelled"):
                raise ValidationError(
                    self.env._(
                        "The session %(session)s is %(state)s, so no attendance can be recorded for it. "
                        "Plan the session first.",
                        session=session.display_name,
                        state=session._state_label(),
                    )
                )

    def action_mark_present(self):
        self.write({"state": "present"})
        return True

    def action_mark_absent(self):
        self.write({"state": "absent"})
        return True

    def action_mark_excused(self):
        self.write({"state": "excused"})
        return True
