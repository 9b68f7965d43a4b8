package org.edu4all.studio.safety;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.edu4all.studio.generation.BlockedByProviderException;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.provider.ProviderCalls;
import org.edu4all.studio.generation.provider.ProviderStatus;
import org.edu4all.studio.image.PreparedImage;
import org.edu4all.studio.image.SafetyVerdict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The optional second safety layer, as the worker sees it: the final prompt is checked before the image provider is
 * called, and every generated image before it is stored. Off (every check passes without a call) while no endpoint
 * is configured. A flagged prompt is a refusal like the provider's own; a failed check is transient or a
 * configuration error, and never lets an unchecked image through.
 */
@ApplicationScoped
public class ContentSafety {

    /** The service's limit for one image; bigger originals are judged on their thumbnail. */
    static final int MAX_IMAGE_BYTES = 4 * 1024 * 1024;
    private static final Duration BREAKER_DELAY = Duration.ofSeconds(30);

    @Inject
    ContentSafetyConfig config;

    @Inject
    ContentSafetyClient client;

    private final ProviderStatus status = new ProviderStatus();

    public boolean enabled() {
        return config.endpoint().map(e -> !e.isBlank()).orElse(false);
    }

    /**
     * @throws BlockedByProviderException when a category reaches its threshold (code {@code content_safety}, the
     *                                    categories as {@code Violence:4})
     */
    public void screenPrompt(String finalPrompt) throws GenerationException {
        if (!enabled()) {
            return;
        }
        ProviderCalls.run(ContentSafetyClient.PROVIDER, status, BREAKER_DELAY, () -> {
            ContentSafetySettings settings = ContentSafetySettings.from(config);
            List<String> flagged = client.analyzeText(settings, finalPrompt).flagged(settings.thresholds());
            if (!flagged.isEmpty()) {
                throw new BlockedByProviderException("content_safety", flagged, ContentSafetyClient.PROVIDER
                        + ": the prompt was flagged (" + String.join(", ", flagged) + ")");
            }
            return null;
        });
    }

    /**
     * Whether checking this image needs its thumbnail: an original above the service's size limit is judged on it.
     * The caller makes it before {@link #screenImages} (it is then stored with the image, not made twice).
     */
    public boolean needsThumbnail(PreparedImage image) {
        return enabled() && image.bytes().length > MAX_IMAGE_BYTES;
    }

    /** One verdict per image, in order; all clear when the layer is off. */
    public List<SafetyVerdict> screenImages(List<PreparedImage> images) throws GenerationException {
        List<SafetyVerdict> verdicts = new ArrayList<>();
        for (PreparedImage image : images) {
            verdicts.add(enabled() ? screen(image) : SafetyVerdict.CLEAR);
        }
        return verdicts;
    }

    private SafetyVerdict screen(PreparedImage image) throws GenerationException {
        byte[] bytes = image.bytes().length <= MAX_IMAGE_BYTES ? image.bytes() : image.thumbnail()
                .orElseThrow(() -> new IllegalStateException("an image above the size limit came without its"
                        + " thumbnail (see needsThumbnail)")).bytes();
        return ProviderCalls.run(ContentSafetyClient.PROVIDER, status, BREAKER_DELAY, () -> {
            ContentSafetySettings settings = ContentSafetySettings.from(config);
            return new SafetyVerdict(client.analyzeImage(settings, bytes).flagged(settings.thresholds()));
        });
    }

    /** For the admin page: empty when the layer is off. */
    public Optional<ProviderStatus.Snapshot> status() {
        if (!enabled()) {
            return Optional.empty();
        }
        String target = "(not configured)";
        Optional<String> problem = Optional.empty();
        try {
            target = ContentSafetySettings.from(config).target();
        } catch (GenerationException e) {
            problem = Optional.of(e.getMessage());
        }
        return Optional.of(status.snapshot(ContentSafetyClient.PROVIDER, "text:analyze + image:analyze", target,
                problem));
    }
}
