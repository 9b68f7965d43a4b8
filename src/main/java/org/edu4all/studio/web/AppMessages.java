package org.edu4all.studio.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every user-facing text, by key. The texts themselves live in {@code messages/msg_es.properties} (Spanish, the
 * default) and {@code messages/msg_en.properties}; templates use them as {@code {msg:key}}. Keys are snake_case so
 * that they read the same in templates, Java and the files.
 */
@MessageBundle(value = "msg", locale = "es")
public interface AppMessages {

    @Message
    String app_name();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_home();

    @Message
    String nav_classes();

    @Message
    String nav_sign_in();

    @Message
    String nav_policy();

    @Message
    String nav_sign_out();

    @Message
    String footer_note();

    @Message
    String role_student();

    @Message
    String role_teacher();

    @Message
    String role_admin();

    @Message
    String landing_title();

    @Message
    String landing_lead();

    @Message
    String landing_students_title();

    @Message
    String landing_students_text();

    @Message
    String landing_teachers_title();

    @Message
    String landing_teachers_text();

    @Message
    String landing_safety_title();

    @Message
    String landing_safety_text();

    @Message
    String home_title();

    @Message
    String home_student_greeting(String name);

    @Message
    String home_student_assignments();

    @Message
    String home_student_no_assignments();

    @Message
    String home_student_classes();

    @Message
    String home_teacher_greeting(String name);

    @Message
    String home_teacher_classes();

    @Message
    String home_admin_greeting(String name);

    @Message
    String admin_stat_users();

    @Message
    String admin_stat_classes();

    @Message
    String admin_stat_requests();

    @Message
    String admin_all_classes();

    @Message
    String classes_title();

    @Message
    String classes_none_student();

    @Message
    String classes_none_teacher();

    @Message
    String class_name_label();

    @Message
    String class_create_submit();

    @Message
    String class_created(String code);

    @Message
    String class_joined(String name);

    @Message
    String class_join_code_is(String code);

    @Message
    String class_join_code_title();

    @Message
    String class_join_code_help();

    @Message
    String class_assignments();

    @Message
    String class_no_assignments();

    @Message
    String class_roster(int count);

    @Message
    String class_roster_empty();

    @Message
    String class_gallery_link();

    @Message
    String join_code_label();

    @Message
    String join_submit();

    @Message
    String assignment_new_link();

    @Message
    String assignment_new_title();

    @Message
    String assignment_title_label();

    @Message
    String assignment_brief_label();

    @Message
    String assignment_brief_hint();

    @Message
    String assignment_due_label();

    @Message
    String assignment_images_label();

    @Message
    String assignment_create_submit();

    @Message
    String assignment_created();

    @Message
    String assignment_due(java.time.LocalDate date);

    @Message
    String assignment_images_per_student(int count);

    @Message
    String assignment_request_count(long count);

    @Message
    String assignment_handins_title(int count);

    @Message
    String assignment_no_handins();

    @Message
    String prompt_title();

    @Message
    String prompt_label();

    @Message
    String prompt_placeholder();

    @Message
    String prompt_hint(int max);

    @Message
    String prompt_images_left(long left);

    @Message
    String prompt_aspect_legend();

    @Message
    String prompt_count_label();

    @Message
    String prompt_submit();

    @Message
    String aspect_landscape();

    @Message
    String aspect_square();

    @Message
    String aspect_portrait();

    @Message
    String requests_title();

    @Message
    String requests_none();

    @Message
    String request_title();

    @Message
    String request_saved();

    @Message
    String request_waiting();

    @Message
    String request_refresh();

    @Message
    String request_count(int count);

    @Message
    String request_images_title();

    @Message
    String image_alt_generated(int n, String prompt);

    @Message
    String provenance_ai();

    @Message
    String provenance_offline();

    @Message
    String status_queued();

    @Message
    String status_running();

    @Message
    String status_waiting_retry();

    @Message
    String status_succeeded();

    @Message
    String status_blocked();

    @Message
    String status_failed();

    @Message
    String handin_title_label();

    @Message
    String handin_alt_label();

    @Message
    String handin_alt_hint();

    @Message
    String handin_submit();

    @Message
    String handin_again();

    @Message
    String handin_done();

    @Message
    String handin_current_title();

    @Message
    String gallery_title(String name);

    @Message
    String gallery_empty();

    @Message
    String error_form_invalid();

    @Message
    String error_form_expired();

    @Message
    String error_class_name_required();

    @Message
    String error_class_name_too_long();

    @Message
    String error_join_code_required();

    @Message
    String error_join_code_unknown();

    @Message
    String error_title_required();

    @Message
    String error_title_too_long();

    @Message
    String error_brief_required();

    @Message
    String error_brief_too_long();

    @Message
    String error_due_date();

    @Message
    String error_images_per_student();

    @Message
    String error_prompt_required();

    @Message
    String error_prompt_too_long(String max);

    @Message
    String error_aspect_invalid();

    @Message
    String error_count_invalid();

    @Message
    String error_quota_used_up();

    @Message
    String error_quota_assignment(String left);

    @Message
    String error_handin_title_required();

    @Message
    String error_handin_title_too_long();

    @Message
    String error_alt_required();

    @Message
    String error_alt_too_long();

    @Message
    String error_blocked_by_provider();

    @Message
    String error_generation_failed();

    @Message
    String error_provider_unavailable();

    @Message
    String error_not_found_title();

    @Message
    String error_not_found_detail();

    @Message
    String error_forbidden_title();

    @Message
    String error_forbidden_detail();

    @Message
    String error_bad_request_title();

    @Message
    String error_bad_request_detail();

    @Message
    String error_unexpected_title();

    @Message
    String error_unexpected_detail();

    @Message
    String error_reference(String reference);

    @Message
    String error_go_home();

    @Message
    String error_session_expired();

    @Message
    String error_form_expired_title();

    @Message
    String error_form_expired_detail();

    @Message
    String policy_blocked_weapons();

    @Message
    String category_weapons();

    @Message
    String policy_blocked_violence();

    @Message
    String category_violence();

    @Message
    String policy_blocked_gore();

    @Message
    String category_gore();

    @Message
    String policy_blocked_nudity();

    @Message
    String category_nudity();

    @Message
    String policy_blocked_sexual();

    @Message
    String category_sexual();

    @Message
    String policy_blocked_adult();

    @Message
    String category_adult();

    @Message
    String policy_blocked_self_harm();

    @Message
    String category_self_harm();

    @Message
    String policy_blocked_drugs();

    @Message
    String category_drugs();

    @Message
    String policy_blocked_hate();

    @Message
    String category_hate();

    @Message
    String policy_blocked_profanity();

    @Message
    String category_profanity();

    @Message
    String policy_blocked_instruction_override();

    @Message
    String category_instruction_override();

    @Message
    String error_cooldown(String minutes);

    @Message
    String category_provider();

    @Message
    String moderation_title(String name);

    @Message
    String moderation_intro();

    @Message
    String moderation_flags_title();

    @Message
    String moderation_no_flags();

    @Message
    String moderation_flag_text(int blocked, String assignment);

    @Message
    String moderation_blocked_title();

    @Message
    String moderation_no_blocked();

    @Message
    String moderation_col_when();

    @Message
    String moderation_col_student();

    @Message
    String moderation_col_prompt();

    @Message
    String moderation_col_category();

    @Message
    String moderation_col_term();

    @Message
    String class_moderation_link();

    @Message
    String assignment_meta_lines_label();

    @Message
    String assignment_meta_lines_hint();

    @Message
    String error_meta_lines_too_long();

    @Message
    String class_join_code_regenerate();

    @Message
    String class_join_code_regenerate_hint();

    @Message
    String class_join_code_changed(String code);

    @Message
    String class_remove_student();

    @Message
    String class_remove_student_label(String name);

    @Message
    String class_student_removed(String name);

    @Message
    String assignment_edit_title();

    @Message
    String assignment_edit_link();

    @Message
    String assignment_save_submit();

    @Message
    String assignment_updated();

    @Message
    String assignment_close();

    @Message
    String assignment_reopen();

    @Message
    String assignment_closed_done();

    @Message
    String assignment_reopened();

    @Message
    String assignment_closed_badge();

    @Message
    String assignment_closed_student();

    @Message
    String assignment_aspects_legend();

    @Message
    String assignment_approval_label();

    @Message
    String assignment_approval_hint();

    @Message
    String assignment_approval_on();

    @Message
    String error_aspects_required();

    @Message
    String error_assignment_closed();

    @Message
    String prompt_kept();

    @Message
    String review_pending();

    @Message
    String review_approved();

    @Message
    String review_hidden();

    @Message
    String review_approve();

    @Message
    String review_hide_or_comment();

    @Message
    String review_reason_label();

    @Message
    String review_hide();

    @Message
    String review_feedback_label();

    @Message
    String review_feedback_save();

    @Message
    String review_hidden_because(String reason);

    @Message
    String review_feedback_from_teacher();

    @Message
    String review_approved_done();

    @Message
    String review_hidden_done();

    @Message
    String review_feedback_done();

    @Message
    String error_reason_required();

    @Message
    String error_reason_too_long();

    @Message
    String error_feedback_too_long();

    @Message
    String gallery_classmates_intro();

    @Message
    String admin_provider_title();

    @Message
    String admin_provider_name();

    @Message
    String admin_provider_model();

    @Message
    String admin_provider_configuration();

    @Message
    String admin_provider_configured();

    @Message
    String admin_provider_not_configured();

    @Message
    String admin_provider_calls();

    @Message
    String admin_provider_refusals(long count);

    @Message
    String admin_provider_last_success();

    @Message
    String admin_provider_last_error();

    @Message
    String request_more_like_this();

    @Message
    String request_more_like_this_hint();

    @Message
    String image_view_title();

    @Message
    String image_view_prompt();

    @Message
    String image_view_final_prompt();

    @Message
    String image_view_show();

    @Message
    String image_view_model();

    @Message
    String image_view_created();

    @Message
    String image_view_size();

    @Message
    String image_view_download();

    @Message
    String request_queue_position(String position);

    @Message
    String request_generating();

    @Message
    String queue_title(String name);

    @Message
    String queue_empty();

    @Message
    String queue_col_status();

    @Message
    String class_queue_link();

    @Message
    String assignment_gallery_title(String title);

    @Message
    String assignment_gallery_count(long total);

    @Message
    String assignment_gallery_link();

    @Message
    String gallery_handed_in();

    @Message
    String filter_any();

    @Message
    String filter_handed_in();

    @Message
    String filter_yes();

    @Message
    String filter_no();

    @Message
    String filter_apply();

    @Message
    String pager_label();

    @Message
    String pager_previous();

    @Message
    String pager_next();

    @Message
    String pager_position(int number, int pages);

    @Message
    String assignment_export();

    // --- limits and cost ---

    @Message
    String error_quota_student_day(String time);

    @Message
    String error_quota_student_day_left(String left);

    @Message
    String error_quota_class_day(String time);

    @Message
    String error_quota_class_day_left(String left);

    @Message
    String limits_saved();

    @Message
    String limits_unchanged();

    @Message
    String error_limit_student_day();

    @Message
    String error_limit_class_day();
    // --- second safety layer ---

    @Message
    String image_safety_clear();

    @Message
    String image_safety_held();

    @Message
    String image_safety_released();

    @Message
    String image_safety_hidden();

    @Message
    String safety_released_done();

    @Message
    String safety_hidden_done();

    // --- Edit with a mask ---

    @Message
    String edit_mask_missing();

    @Message
    String edit_mask_too_large();

    @Message
    String edit_mask_not_png();

    @Message
    String edit_mask_wrong_size();

    @Message
    String edit_mask_no_alpha();

    @Message
    String edit_mask_empty();

}
