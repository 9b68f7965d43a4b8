package org.edu4all.studio.policy.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The admin pages' own texts, kept apart from the app's shared {@code msg} bundle so that the policy admin can change
 * without touching it. The texts live in {@code messages/adm_es.properties} (Spanish, the default) and
 * {@code adm_en.properties}; templates use them as {@code {adm:key}}. Parameter types are those of the template
 * expressions that pass them (Qute checks them exactly); texts that come from the flash take Strings.
 */
@MessageBundle(value = "adm", locale = "es")
public interface AdminMessages {

    @Message
    String nav_label();

    @Message
    String nav_lists();

    @Message
    String nav_import();

    @Message
    String nav_meta_prompt();

    @Message
    String nav_tester();

    @Message
    String nav_audit();

    @Message
    String form_invalid();

    @Message
    String remove();

    @Message
    String language_label();

    @Message
    String language_es();

    @Message
    String language_en();

    @Message
    String category_label();

    @Message
    String category_choose();

    @Message
    String col_term();

    @Message
    String col_phrase();

    @Message
    String col_language();

    @Message
    String col_category();

    @Message
    String col_actions();

    @Message
    String col_prompt();

    @Message
    String col_verdict();

    @Message
    String col_rule();

    @Message
    String col_normalized();

    @Message
    String col_when();

    @Message
    String col_who();

    @Message
    String col_action();

    @Message
    String col_before();

    @Message
    String col_after();

    @Message
    String category_weapons();

    @Message
    String category_violence();

    @Message
    String category_gore();

    @Message
    String category_nudity();

    @Message
    String category_sexual();

    @Message
    String category_adult();

    @Message
    String category_self_harm();

    @Message
    String category_drugs();

    @Message
    String category_hate();

    @Message
    String category_profanity();

    @Message
    String category_instruction_override();

    @Message
    String aspect_square();

    @Message
    String aspect_landscape();

    @Message
    String aspect_portrait();

    @Message
    String lists_title();

    @Message
    String lists_lead();

    @Message
    String filter_title();

    @Message
    String filter_category();

    @Message
    String filter_language();

    @Message
    String filter_all_categories();

    @Message
    String filter_all_languages();

    @Message
    String filter_submit();

    @Message
    String filter_clear();

    @Message
    String export_label();

    @Message
    String import_link();

    @Message
    String terms_title();

    @Message
    String terms_total(int total);

    @Message
    String terms_shown(int shown, int total);

    @Message
    String terms_none();

    @Message
    String term_add_title();

    @Message
    String term_label();

    @Message
    String term_hint();

    @Message
    String term_add_submit();

    @Message
    String term_remove_label(String term, String language);

    @Message
    String term_added(String term);

    @Message
    String term_removed(String term);

    @Message
    String entry_already_gone();

    @Message
    String phrases_title();

    @Message
    String phrases_lead();

    @Message
    String phrases_total(int total);

    @Message
    String phrases_shown(int shown, int total);

    @Message
    String phrases_none();

    @Message
    String phrase_add_title();

    @Message
    String phrase_label();

    @Message
    String phrase_hint();

    @Message
    String phrase_add_submit();

    @Message
    String phrase_remove_label(String phrase, String language);

    @Message
    String phrase_added(String phrase);

    @Message
    String phrase_removed(String phrase);

    @Message
    String error_term_required();

    @Message
    String error_term_too_long();

    @Message
    String error_term_format();

    @Message
    String error_term_duplicate();

    @Message
    String error_phrase_required();

    @Message
    String error_phrase_too_long();

    @Message
    String error_phrase_duplicate();

    @Message
    String error_language();

    @Message
    String error_category();

    @Message
    String import_title();

    @Message
    String import_form_title();

    @Message
    String import_list_legend();

    @Message
    String import_list_terms();

    @Message
    String import_list_allowlist();

    @Message
    String import_mode_legend();

    @Message
    String import_mode_add();

    @Message
    String import_mode_replace();

    @Message
    String import_mode_hint();

    @Message
    String import_confirm_label();

    @Message
    String import_confirm_hint();

    @Message
    String import_text_label();

    @Message
    String import_text_hint();

    @Message
    String import_file_label();

    @Message
    String import_file_hint();

    @Message
    String import_submit();

    @Message
    String import_done();

    @Message
    String import_summary(String added, String updated, String removed, String unchanged);

    @Message
    String import_unchanged(String lines);

    @Message
    String import_line_error(String lines);

    @Message
    String import_line_errors(String lines);

    @Message
    String line_errors_title();

    @Message
    String line_errors_lead();

    @Message
    String line_number(int line);

    @Message
    String reason_fields_terms();

    @Message
    String reason_fields_phrases();

    @Message
    String reason_category();

    @Message
    String reason_blank();

    @Message
    String reason_language();

    @Message
    String reason_too_long();

    @Message
    String reason_unreadable();

    @Message
    String error_import_list();

    @Message
    String error_import_mode();

    @Message
    String error_import_confirm();

    @Message
    String error_import_source();

    @Message
    String error_import_text_too_long();

    @Message
    String error_import_empty();

    @Message
    String error_file_too_big();

    @Message
    String error_file_not_utf8();

    @Message
    String format_title();

    @Message
    String format_terms();

    @Message
    String format_phrases();

    @Message
    String format_rules();

    @Message
    String format_categories();

    @Message
    String export_title();

    @Message
    String export_lead();

    @Message
    String export_terms_tsv();

    @Message
    String export_terms_csv();

    @Message
    String export_allowlist_tsv();

    @Message
    String export_allowlist_csv();

    @Message
    String meta_title();

    @Message
    String meta_lead();

    @Message
    String meta_template_label();

    @Message
    String meta_placeholders();

    @Message
    String meta_placeholder_format();

    @Message
    String meta_placeholder_extra();

    @Message
    String meta_placeholder_disallowed();

    @Message
    String meta_placeholder_prompt();

    @Message
    String meta_include_label();

    @Message
    String meta_include_why();

    @Message
    String meta_sample_legend();

    @Message
    String meta_sample_label();

    @Message
    String meta_extra_label();

    @Message
    String meta_extra_hint();

    @Message
    String meta_save();

    @Message
    String meta_preview();

    @Message
    String meta_preview_title();

    @Message
    String meta_preview_of_draft();

    @Message
    String meta_preview_of_saved();

    @Message
    String meta_updated(String at, String who);

    @Message
    String meta_prompt_saved();

    @Message
    String meta_prompt_unchanged();

    @Message
    String meta_prompt_preview();

    @Message
    String error_template_required();

    @Message
    String error_template_too_long();

    @Message
    String error_template_prompt_missing();

    @Message
    String error_sample_too_long();

    @Message
    String error_extra_too_long();

    @Message
    String tester_title();

    @Message
    String tester_lead();

    @Message
    String tester_prompt_label();

    @Message
    String tester_check();

    @Message
    String tester_batch_title();

    @Message
    String tester_batch_label();

    @Message
    String tester_batch_hint(int cap);

    @Message
    String tester_file_label();

    @Message
    String tester_check_batch();

    @Message
    String tester_results_title();

    @Message
    String tester_summary(int checked, long blocked);

    @Message
    String tester_capped(int cap, int total);

    @Message
    String verdict_allow();

    @Message
    String verdict_block();

    @Message
    String error_prompts_source();

    @Message
    String error_prompts_too_long();

    @Message
    String audit_title();

    @Message
    String audit_lead();

    @Message
    String audit_count(long total);

    @Message
    String audit_none();

    @Message
    String audit_system();

    @Message
    String audit_show_text();

    @Message
    String audit_pages_label();

    @Message
    String audit_page_of(int page, int pages);

    @Message
    String audit_newer();

    @Message
    String audit_older();

    @Message
    String action_seed_defaults();

    @Message
    String action_term_add();

    @Message
    String action_term_remove();

    @Message
    String action_phrase_add();

    @Message
    String action_phrase_remove();

    @Message
    String action_terms_import_add();

    @Message
    String action_terms_import_replace();

    @Message
    String action_phrases_import_add();

    @Message
    String action_phrases_import_replace();

    @Message
    String action_meta_prompt();
}
