package org.edu4all.studio.generation;

/** The picture shape a student picks. Adapters turn it into the provider's real {@code size} parameter. */
public enum Aspect {
    SQUARE,
    LANDSCAPE,
    PORTRAIT;

    /** The message-bundle key of the aspect's name, for example {@code aspect_landscape}. */
    public String messageKey() {
        return "aspect_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
