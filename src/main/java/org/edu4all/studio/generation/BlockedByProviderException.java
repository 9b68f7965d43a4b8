package org.edu4all.studio.generation;

import java.util.List;

/**
 * The provider's safety system refused the prompt or filtered the image. Final: never retried. The categories are
 * the provider's own words ({@code violence}, {@code sexual}, {@code custom_blocklist:<list id>}...), safe to store
 * in the moderation log; they are never shown to the student as such.
 */
public class BlockedByProviderException extends GenerationException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> categories;

    /**
     * @param code       the provider's error code, for example {@code moderation_blocked} or {@code contentFilter}
     * @param categories the categories the provider named, possibly none
     */
    public BlockedByProviderException(String code, List<String> categories, String message) {
        super(Kind.BLOCKED_BY_PROVIDER, message);
        this.code = code;
        this.categories = List.copyOf(categories);
    }

    /** The provider's error code, such as {@code content_policy_violation}. */
    public String code() {
        return code;
    }

    /** The categories the provider's safety system named; empty when it named none. */
    public List<String> categories() {
        return categories;
    }
}
