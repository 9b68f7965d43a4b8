package org.edu4all.studio.generation.provider;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The app's own identity in Microsoft Entra ID, for calling Azure AI services with a bearer token instead of a key
 * (client-credentials grant). Read only when an Azure adapter's auth is {@code entra}.
 */
@ConfigMapping(prefix = "edu4all.entra")
public interface EntraConfig {

    /** The directory (tenant) id ({@code AZURE_TENANT_ID}). */
    Optional<String> tenantId();

    /** The app registration's application (client) id ({@code AZURE_CLIENT_ID}). */
    Optional<String> clientId();

    /** A client secret of that app registration ({@code AZURE_CLIENT_SECRET}). A secret: never logged or shown. */
    Optional<String> clientSecret();

    /**
     * The token endpoint; unset means {@code https://login.microsoftonline.com/<tenant-id>/oauth2/v2.0/token}
     * (sovereign clouds and tests set their own).
     */
    Optional<String> tokenUrl();

    /** The scope asked for: every Azure AI service (OpenAI, Content Safety) accepts this one. */
    @WithDefault("https://cognitiveservices.azure.com/.default")
    String scope();

    /** A token is replaced this long before it expires, so that no call goes out with one about to lapse. */
    @WithDefault("PT5M")
    Duration refreshBefore();
}
