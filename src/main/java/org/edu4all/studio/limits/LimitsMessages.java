package org.edu4all.studio.limits;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The daily-limits texts for templates, as {@code {lim:key}}; the texts live in {@code messages/lim_es.properties}
 * (Spanish, the default) and {@code lim_en.properties}. Texts flashed or used as validation messages stay in the
 * shared {@code msg} bundle, because they are looked up by key. A bundle of its own because Quarkus 3.34.1 generates
 * code that fails bytecode verification once one bundle passes about 300 messages (see {@code UsageMessages}).
 */
@MessageBundle(value = "lim", locale = "es")
public interface LimitsMessages {

    @Message
    String nav_limits();

    @Message
    String queue_day_usage(int used, int limit);

    @Message
    String limits_title();

    @Message
    String limits_lead();

    @Message
    String limits_student_day_label();

    @Message
    String limits_student_day_hint();

    @Message
    String limits_class_day_label();

    @Message
    String limits_class_day_hint();

    @Message
    String limits_save();

    @Message
    String limits_updated(String when, String who);

    @Message
    String limits_history_title();

    @Message
    String limits_history_empty();

    @Message
    String limits_col_when();

    @Message
    String limits_col_who();

    @Message
    String limits_col_before();

    @Message
    String limits_col_after();
}
