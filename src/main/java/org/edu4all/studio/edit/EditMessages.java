package org.edu4all.studio.edit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The edit page's texts for templates, as {@code {edt:key}}; the texts live in {@code messages/edt_es.properties}
 * (Spanish, the default) and {@code edt_en.properties}. The mask problems stay in the shared {@code msg} bundle,
 * because they are looked up by key. A bundle of its own because Quarkus 3.34.1 generates code that fails bytecode
 * verification once one bundle passes about 300 messages (see {@code UsageMessages}).
 */
@MessageBundle(value = "edt", locale = "es")
public interface EditMessages {

    @Message
    String edit_title();

    @Message
    String edit_back();

    @Message
    String edit_link();

    @Message
    String edit_intro();

    @Message
    String edit_images_left(long left);

    @Message
    String edit_needs_javascript();

    @Message
    String edit_tools_legend();

    @Message
    String edit_tool_brush();

    @Message
    String edit_tool_eraser();

    @Message
    String edit_brush_size();

    @Message
    String edit_undo();

    @Message
    String edit_clear();

    @Message
    String edit_canvas_label();

    @Message
    String edit_canvas_hint();

    @Message
    String edit_prompt_label();

    @Message
    String edit_prompt_placeholder();

    @Message
    String edit_prompt_hint();

    @Message
    String edit_submit();

    @Message
    String edit_edited_from();

    @Message
    String edit_source_link();
}
