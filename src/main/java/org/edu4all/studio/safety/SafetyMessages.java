package org.edu4all.studio.safety;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The second safety layer's texts for templates, as {@code {saf:key}}; the texts live in
 * {@code messages/saf_es.properties} (Spanish, the default) and {@code saf_en.properties}. Texts flashed or looked up by
 * key (image safety statuses) stay in the shared {@code msg} bundle. A bundle of its own because Quarkus 3.34.1
 * generates code that fails bytecode verification once one bundle passes about 300 messages (see
 * {@code UsageMessages}).
 */
@MessageBundle(value = "saf", locale = "es")
public interface SafetyMessages {

    @Message
    String request_images_withheld(int count);

    @Message
    String safety_held_title();

    @Message
    String safety_held_intro();

    @Message
    String safety_held_none();

    @Message
    String safety_held_alt(String prompt);

    @Message
    String safety_held_categories();

    @Message
    String safety_release();

    @Message
    String safety_keep_hidden();

    @Message
    String admin_safety_title();

    @Message
    String admin_safety_off();
}
