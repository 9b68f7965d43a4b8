package org.edu4all.studio.generation.openai;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.generation.EditSpec;
import org.edu4all.studio.generation.GeneratedImage;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationResult;
import org.edu4all.studio.generation.GenerationSpec;
import org.edu4all.studio.generation.ImageGenerator;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.provider.EditUpload;
import org.edu4all.studio.generation.provider.ImageDownloader;
import org.edu4all.studio.generation.provider.ImageRequest;
import org.edu4all.studio.generation.provider.ImageResponseReader;
import org.edu4all.studio.generation.provider.ModelFamily;
import org.edu4all.studio.generation.provider.ProviderCalls;
import org.edu4all.studio.generation.provider.ProviderStatus;
import org.edu4all.studio.image.ImageInspector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

/**
 * The adapter for OpenAI's image API and OpenAI-compatible servers (LocalAI and the like): {@code model} in the body,
 * Bearer auth, the same fields and the same error mapping as the Azure adapter. {@code @Typed} like the offline
 * adapter: {@code ImageGeneratorSelector} decides which adapter is the {@link ImageGenerator}.
 */
@ApplicationScoped
@Typed(OpenAiImageGenerator.class)
public class OpenAiImageGenerator implements ImageGenerator {

    public static final String ID = OpenAiClient.PROVIDER;
    /** The circuit breaker's delay on {@link OpenAiClient}, passed on as the wait while it is open. */
    static final Duration BREAKER_DELAY = Duration.ofSeconds(30);

    private final OpenAiConfig config;
    private final OpenAiClient client;
    private final ImageInspector inspector = new ImageInspector();
    private final ImageResponseReader reader = new ImageResponseReader(inspector);
    private final ProviderStatus status = new ProviderStatus();

    @Inject
    OpenAiImageGenerator(OpenAiConfig config, OpenAiClient client) {
        this.config = config;
        this.client = client;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String model() {
        return config.model();
    }

    @Override
    public ImageSize sizeFor(Aspect aspect) {
        return ModelFamily.forModelName(config.model()).sizeFor(aspect);
    }

    @Override
    public List<GeneratedImage> generate(GenerationSpec spec) throws GenerationException {
        return generateDetailed(spec).images();
    }

    /** Like {@link #generate}, with the request as sent, the token usage and the revised prompt. */
    public GenerationResult generateDetailed(GenerationSpec spec) throws GenerationException {
        return ProviderCalls.run(ID, status, BREAKER_DELAY, () -> {
            OpenAiSettings settings = OpenAiSettings.from(config);
            ImageRequest request = request(settings, spec.finalPrompt(), spec.count(), spec.size(), spec.userRef());
            String json = request.toJson();
            return reader.read(ID, client.generations(settings, json), request, json, downloader(settings));
        });
    }

    /** The JSON body {@link #generate} sends for this spec (no key: that travels in a header). */
    public String describeRequest(GenerationSpec spec) throws GenerationException {
        OpenAiSettings settings = OpenAiSettings.from(config);
        return request(settings, spec.finalPrompt(), spec.count(), spec.size(), spec.userRef()).toJson();
    }

    /**
     * Edits an image with a mask through {@code /images/edits} (multipart). The image and mask are checked before
     * anything is sent.
     *
     * @throws org.edu4all.studio.image.InvalidImageException when the image or the mask is not acceptable
     */
    public GenerationResult edit(EditSpec spec) throws GenerationException {
        EditUpload.check(inspector, spec);
        return ProviderCalls.run(ID, status, BREAKER_DELAY, () -> {
            OpenAiSettings settings = OpenAiSettings.from(config);
            ImageRequest request = request(settings, spec.finalPrompt(), spec.count(), spec.size(), spec.userRef());
            String json = request.toJson(EditUpload.describeFiles(spec));
            return reader.read(ID, client.edits(settings, EditUpload.form(request, spec)), request, json,
                    downloader(settings));
        });
    }

    /** What the admin page shows: model, where calls go, what is missing, the last success and error. */
    public ProviderStatus.Snapshot status() {
        String target = "(not configured)";
        Optional<String> problem = Optional.empty();
        try {
            target = OpenAiSettings.from(config).target();
        } catch (GenerationException e) {
            problem = Optional.of(e.getMessage());
        }
        return status.snapshot(ID, model(), target, problem);
    }

    private static ImageRequest request(OpenAiSettings settings, String prompt, int count, ImageSize size,
            String user) {
        return new ImageRequest(Optional.of(settings.model()), prompt, count, size, settings.quality(),
                ImageRequest.PNG, user, settings.responseFormat());
    }

    private static ImageDownloader downloader(OpenAiSettings settings) {
        return new ImageDownloader(settings.downloadHosts(), ImageInspector.DEFAULT_MAX_BYTES, settings.timeout());
    }
}
