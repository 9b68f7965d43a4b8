package org.edu4all.studio.image;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts about stored images for templates, as {@code {img:key}}; they live in {@code messages/img_es.properties}
 * (Spanish, the default) and {@code img_en.properties}. A bundle of its own because the shared {@code msg} bundle is
 * near the size Quarkus 3.34.1 can generate (see {@code MessageBundleSyncTest}).
 */
@MessageBundle(value = "img", locale = "es")
public interface ImageMessages {

    /** Beside an image whose thumbnail could not be made (see {@link ThumbnailState#BROKEN}). */
    @Message
    String image_unreadable();
}
