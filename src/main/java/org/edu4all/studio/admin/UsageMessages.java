package org.edu4all.studio.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The usage dashboard's texts, as {@code {usage:key}} in templates; the texts live in
 * {@code messages/usage_es.properties} (Spanish, the default) and {@code usage_en.properties}. A bundle of its own
 * because these 52 texts added to the shared {@code msg} bundle (259 messages, then 311) made the code Quarkus 3.34.1
 * generates for it fail bytecode verification at start ({@code VerifyError} in {@code AppMessages_Bundle}).
 * Parameter types are those of the expressions that pass them: Qute checks them exactly.
 */
@MessageBundle(value = "usage", locale = "es")
public interface UsageMessages {

    @Message
    String usage_title();

    @Message
    String usage_lead();

    @Message
    String usage_range_shown(java.time.LocalDate from, java.time.LocalDate to);

    @Message
    String usage_filter_invalid();

    @Message
    String usage_from();

    @Message
    String usage_to();

    @Message
    String usage_total_images();

    @Message
    String usage_total_requests();

    @Message
    String usage_total_blocked();

    @Message
    String usage_total_failed();

    @Message
    String usage_retries_count(String count);

    @Message
    String usage_total_cost();

    @Message
    String usage_cost_priced(String priced, String requests);

    @Message
    String usage_no_cost_data();

    @Message
    String usage_show_data();

    @Message
    String usage_images_title();

    @Message
    String usage_images_desc(String total, String from, String to);

    @Message
    String usage_axis_day();

    @Message
    String usage_axis_images();

    @Message
    String usage_other_classes();

    @Message
    String usage_blocked_title();

    @Message
    String usage_blocked_desc(String rate, String blocked, String requests);

    @Message
    String usage_axis_blocked_rate();

    @Message
    String usage_col_day();

    @Message
    String usage_col_total();

    @Message
    String usage_col_requests();

    @Message
    String usage_col_policy_blocked();

    @Message
    String usage_col_provider_blocked();

    @Message
    String usage_col_blocked_rate();

    @Message
    String usage_errors_title();

    @Message
    String usage_errors_desc(String failed, String retries);

    @Message
    String usage_axis_errors();

    @Message
    String usage_col_failed();

    @Message
    String usage_col_retries();

    @Message
    String usage_error_codes();

    @Message
    String usage_errors_none();

    @Message
    String usage_col_code();

    @Message
    String usage_col_count();

    @Message
    String usage_cost_title();

    @Message
    String usage_cost_desc(String total);

    @Message
    String usage_axis_cost();

    @Message
    String usage_col_cost();

    @Message
    String usage_users_title();

    @Message
    String usage_users_count(long total);

    @Message
    String usage_col_name();

    @Message
    String usage_col_role();

    @Message
    String usage_col_last_seen();

    @Message
    String usage_col_classes();

    @Message
    String error_usage_date_invalid();

    @Message
    String error_usage_range_reversed();

    @Message
    String error_usage_range_too_long();
}
