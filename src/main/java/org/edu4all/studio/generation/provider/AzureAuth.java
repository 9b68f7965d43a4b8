package org.edu4all.studio.generation.provider;

import java.util.Locale;
import java.util.Optional;

import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;

/** How an Azure AI service is called: with the resource's key, or with an Entra ID bearer token. */
public enum AzureAuth {
    API_KEY,
    ENTRA;

    /**
     * @param setting the setting's name, for the message when the value is neither
     */
    public static AzureAuth parse(String provider, String value, String setting) throws GenerationException {
        return switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT)) {
            case "api-key", "key", "" -> API_KEY;
            case "entra", "entra-id" -> ENTRA;
            default -> throw new GenerationException(Kind.CONFIGURATION,
                    provider + ": " + setting + " '" + value + "' is not api-key or entra");
        };
    }

    /** The key, required with {@link #API_KEY}; nothing with Entra (the key is then never sent). */
    public Optional<String> requireKey(String provider, Optional<String> key, String missing)
            throws GenerationException {
        if (this == ENTRA) {
            return Optional.empty();
        }
        return Optional.of(key.map(String::trim).filter(k -> !k.isEmpty()).orElseThrow(
                () -> new GenerationException(Kind.CONFIGURATION, provider + ": " + missing)));
    }
}
