from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_datetime

from ..tools import schedule


class TrainingSessionSlot(models.Model):
    _name = "training.session.slot"
    _description = "Session Time Slot"
    _inherit = ["training.scoped.mixin"]
    _order = "start, id"
    _scope_fields = ("session_id",)
    _protected_fields = ("calendar_event_id",)

    session_id = fields.Many2one(
        "training.session",
        required=True,
        index=True,
        ondelete="cascade",
    )
    start = fields.Datetime(required=True)
    end = fields.Datetime(required=True)
    hours = fields.Float(
        compute="_compute_hours",
        store=True,
        readonly=False,
        help="Training hours this slot counts for. Defaults to its duration; lower it to leave out breaks.",
    )
    topic = fields.Char(help="What this slot covers.")
    calendar_event_id = fields.Many2one("calendar.event", readonly=True, copy=False)

    # Stored for record rules and reports.
    unit_id = fields.Many2one(related="session_id.unit_id", store=True, index=True)
    action_id = fields.Many2one(related="session_id.action_id", store=True, index=True)
    session_state = fields.Selection(related="session_id.state", string="Session Status")
    attendance_ids = fields.One2many(
        "training.attendance",
        "slot_id",
    )
    attendance_taken = fields.Boolean(compute="_compute_attendance_taken")

    @api.depends("start", "end")
    def _compute_hours(self):
        for slot in self:
            slot.hours = schedule.duration_hours(slot.start, slot.end)

    def _compute_attendance_taken(self):
        taken_slots = {
            slot for [slot] in self.env["training.attendance"]._read_group([("slot_id", "in", self.ids)], ["slot_id"])
        }
        for slot in self:
            slot.attendance_taken = slot in taken_slots

    @api.depends("session_id", "start")
    def _compute_display_name(self):
        for slot in self:
            label = format_datetime(self.env, slot.start, dt_format="short") if slot.start else ""
            slot.display_name = f"{slot.session_id.display_name} - {label}" if slot.session_id else label

    @api.constrains("start", "end", "hours")
    def _check_times(self):
        for slot in self:
            if slot.end <= slot.start:
                raise ValidationError(
                    self.env._(
                        "The time slot of %(session)s ends at %(end)s, not after its start at %(start)s. "
                        "Set an end after the start.",
                        session=slot.session_id.display_name,
                        start=format_datetime(self.env, slot.start),
                        end=format_datetime(self.env, slot.end),
                    )
                )
            duration = schedule.duration_hours(slot.start, slot.end)
            if slot.hours <= 0 or slot.hours > duration:
                raise ValidationError(
                    self.env._(
                        "The time slot of %(session)s starting at %(start)s counts %(hours)s hours, "
                        "but it lasts %(duration)s hours. Enter hours above 0 and at most its duration.",
                        session=slot.session_id.display_name,
                        start=format_datetime(self.env, slot.start),
                        hours=slot.hours,
                        duration=duration,
                    )
                )

    @api.constrains("session_id", "start", "end")
    def _check_overlap(self):
        for session in self.session_id:
            slots = session.slot_ids
            overlaps = schedule.find_overlaps((slot, slot.start, slot.end) for slot in slots)
            if overlaps:
                first, second = overlaps[0]
                raise ValidationError(
                    self.env._(
                        "Two time slots of %(session)s overlap: %(first)s to %(first_end)s and "
                        "%(second)s to %(second_end)s. Move or shorten one of them.",
                        session=session.display_name,
                        first=format_datetime(self.env, first.start),
                        first_end=format_datetime(self.env, first.end),
                        second=format_datetime(self.env, second.start),
                        second_end=format_datetime(self.env, second.end),
                    )
                )

    # CRUD

    @api.model_create_multi
    def create(self, vals_list):
        slots = super().create(vals_list)
        slots._sync_calendar_events()
        return slots

    def write(self, vals):
        result = super().write(vals)
        if {"start", "end", "topic", "session_id"} & set(vals):
            self._sync_calendar_events()
        return result

    def unlink(self):
        # The events were created as superuser (see _sync_calendar_events), so they go the same way.
        events_sudo = self._own_calendar_events().sudo()
        result = super().unlink()
        events_sudo.unlink()
        return result

    # Attendance

    def action_open_attendance(self):
        """Open the attendance sheet of this slot: one row per enrolled participant."""
        self.ensure_one()
        if self.session_id.state not in ("planned", "in_progress", "done"):
            raise UserError(
                self.env._(
                    "The session %(session)s is %(state)s, so attendance cannot be taken yet. Plan the session first.",
                    session=self.session_id.display_name,
                    state=self.session_id._state_label(),
                )
            )
        self._create_missing_attendance()
        action = self.env["ir.actions.act_window"]._for_xml_id("formation_continue.training_attendance_action_sheet")
        action["domain"] = [("slot_id", "=", self.id)]
        action["context"] = {"default_slot_id": self.id}
        action["name"] = action["display_name"] = self.env._("Attendance: %(slot)s", slot=self.display_name)
        return action

    def _create_missing_attendance(self):
        """Add a line, marked present, for each active enrolment of the slot's session that has none."""
        existing = set(
            self.env["training.attendance"]._read_group([("slot_id", "in", self.ids)], ["enrolment_id", "slot_id"])
        )
        enrolments = self.env["training.enrolment"].search_fetch(
            [("session_id", "in", self.session_id.ids), ("state", "!=", "cancelled")],
            ["session_id"],
            order="id",
        )
        enrolments_by_session = enrolments.grouped("session_id")
        vals_list = [
            {"enrolment_id": enrolment.id, "slot_id": slot.id}
            for slot in self
            for enrolment in enrolments_by_session.get(slot.session_id, [])
            if (enrolment, slot) not in existing
        ]
        return self.env["training.attendance"].create(vals_list)

    # Calendar

    def _prepare_calendar_event_values(self):
        self.ensure_one()
        session = self.session_id
        name = session.display_name
        if self.topic:
            name = f"{name}: {self.topic}"
        return {
            "name": name,
            "start": self.start,
            "stop": self.end,
            "location": session.venue or False,
            "user_id": session.user_id.id or self.env.uid,
            "partner_ids": [fields.Command.set(session.trainer_ids.partner_id.ids)],
            "res_model_id": self.env["ir.model"]._get_id(self._name),
            "res_id": self.id,
            "active": session.state != "cancelled",
        }

    def _sync_calendar_events(self):
        """Create or update the calendar event of each slot; trainers are its attendees.

        Runs as superuser (``events_sudo``) because a training officer manages
        sessions without being granted calendar rights on other users' events.
        Invitations are not mailed from here: convocations are sent on purpose, not on every edit.
        """
        events_sudo = (
            self.env["calendar.event"]
            .sudo()
            .with_context(
                dont_notify=True,
                no_mail_to_attendees=True,
                mail_create_nolog=True,
                mail_notrack=True,
                active_test=False,
            )
        )
        own_events = self._own_calendar_events()
        to_create = self.filtered(lambda slot: slot.calendar_event_id not in own_events)
        for slot in self - to_create:
            events_sudo.browse(slot.calendar_event_id.id).write(slot._prepare_calendar_event_values())
        if to_create:
            events = events_sudo.create([slot._prepare_calendar_event_values() for slot in to_create])
            for slot, event in zip(to_create, events, strict=True):
                slot.sudo().calendar_event_id = event

    def _own_calendar_events(self):
        """Return the linked events that point back to their slot, so no other event is ever changed."""
        return self.calendar_event_id.sudo().filtered(
            lambda event: event.res_model == self._name and event.res_id in self.ids
        )
