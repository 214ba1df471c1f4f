/** @odoo-module **/

import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_service/tour_utils";

/**
 * A directorate officer runs a training from the session to the attended hours.
 * The officer creates a session of an existing action, adds a half-day slot,
 * enrols a participant and plans the session. Then the officer marks the
 * participant absent on the attendance sheet and reads the hours in the pivot.
 * Selectors avoid labels so the tour runs in any language.
 */
registry.category("web_tour.tours").add("formation_continue_officer_tour", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the Continuing Training app",
            trigger: ".o_app[data-menu-xmlid='formation_continue.training_menu_root']",
            run: "click",
        },
        {
            content: "Open the Training menu",
            trigger: ".o_menu_sections [data-menu-xmlid='formation_continue.training_menu_operations']",
            run: "click",
        },
        {
            content: "Open Sessions",
            trigger: ".dropdown-item[data-menu-xmlid='formation_continue.training_session_menu']",
            run: "click",
        },
        {
            content: "Create a session",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "Choose the training action",
            trigger: ".o_field_widget[name='action_id'] input",
            run: "edit Tour Action",
        },
        {
            trigger: ".o_field_widget[name='action_id'] .o-autocomplete--dropdown-menu li:contains(Tour Action)",
            run: "click",
        },
        {
            content: "Name the group",
            trigger: ".o_field_widget[name='name'] input",
            run: "edit Tour Group",
        },
        {
            content: "Add a time slot",
            trigger: "div[name='slot_ids'] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Slot start",
            trigger: "div[name='slot_ids'] .o_data_row .o_field_widget[name='start'] input",
            run: "edit 07/01/2030 09:00:00",
        },
        {
            content: "Slot end",
            trigger: "div[name='slot_ids'] .o_data_row .o_field_widget[name='end'] input",
            run: "edit 07/01/2030 13:00:00",
        },
        {
            content: "Open the enrolments tab",
            trigger: ".o_notebook a[name='enrolments']",
            run: "click",
        },
        {
            content: "Add an enrolment",
            trigger: "div[name='enrolment_ids'] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Choose the participant",
            trigger: "div[name='enrolment_ids'] .o_data_row .o_field_widget[name='participant_id'] input",
            run: "edit Tour Participant",
        },
        {
            trigger: "div[name='enrolment_ids'] .o-autocomplete--dropdown-menu li:contains(Tour Participant)",
            run: "click",
        },
        {
            content: "Save the session",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Plan the session",
            trigger: ".o_form_saved button[name='action_plan']",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name='state'] button.o_arrow_button_current[data-value='planned']",
        },
        {
            content: "Back to the slots tab",
            trigger: ".o_notebook a[name='slots']",
            run: "click",
        },
        {
            content: "Open the attendance sheet of the slot",
            trigger: "div[name='slot_ids'] .o_data_row button[name='action_open_attendance']",
            run: "click",
        },
        {
            content: "The sheet lists the participant",
            trigger: ".o_list_view .o_data_row:contains(Tour Participant)",
        },
        {
            content: "Edit the participant's row",
            trigger: ".o_data_row:contains(Tour Participant) td[name='state']",
            run: "click",
        },
        {
            content: "Mark the participant absent",
            trigger: ".o_selected_row .o_selection_badge[value*='absent']",
            run: "click",
        },
        {
            trigger: ".o_selected_row .o_selection_badge.active[value*='absent']",
        },
        {
            content: "Save the sheet",
            trigger: ".o_list_button_save",
            run: "click",
        },
        {
            trigger: ".o_list_view:not(:has(.o_list_button_save))",
        },
        {
            content: "Open the Reporting menu",
            trigger: ".o_menu_sections [data-menu-xmlid='formation_continue.training_menu_reporting']",
            run: "click",
        },
        {
            content: "Open Training Hours",
            trigger: ".dropdown-item[data-menu-xmlid='formation_continue.training_enrolment_menu_analysis']",
            run: "click",
        },
        {
            content: "The pivot shows hours",
            trigger: ".o_pivot .o_pivot_cell_value",
        },
    ],
});
