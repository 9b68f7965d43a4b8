package org.edu4all.studio.generation;

/** The picture shape a student picks. Adapters turn it into the provider's real {@code size} parameter. */
public enum Aspect {
    LANDSCAPE,
    SQUARE,
    PORTRAIT;

    /** Aspects from a comma-separated list of names; unknown names are ignored, order follows this enum. */
    public static java.util.List<Aspect> parseList(String names) {
        java.util.Set<String> wanted = java.util.Set.of(names == null ? new String[0] : names.split(","));
        return java.util.Arrays.stream(values()).filter(a -> wanted.contains(a.name())).toList();
    }

    /** The message-bundle key of the aspect's name, for example {@code aspect_landscape}. */
    public String messageKey() {
        return "aspect_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
