package org.edu4all.studio.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lists a fresh install starts with, read from {@code policy/default-terms.tsv} and
 * {@code policy/default-allowlist.tsv} on the classpath. These two files are the single source of truth: the app
 * seeds its database from them and {@code bin/policy-check} uses them when no list is given.
 */
public final class DefaultPolicyList {

    public static final String TERMS_RESOURCE = "policy/default-terms.tsv";
    public static final String ALLOWLIST_RESOURCE = "policy/default-allowlist.tsv";

    private DefaultPolicyList() {
    }

    public static List<DisallowedTerm> terms() {
        try (InputStreamReader reader = open(TERMS_RESOURCE)) {
            return List.copyOf(PolicyListFormat.readTerms(reader, TERMS_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<AllowedPhrase> allowedPhrases() {
        try (InputStreamReader reader = open(ALLOWLIST_RESOURCE)) {
            return List.copyOf(PolicyListFormat.readAllowedPhrases(reader, ALLOWLIST_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PolicyEngine engine() {
        return PolicyEngine.of(terms(), allowedPhrases());
    }

    private static InputStreamReader open(String resource) {
        InputStream in = DefaultPolicyList.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
