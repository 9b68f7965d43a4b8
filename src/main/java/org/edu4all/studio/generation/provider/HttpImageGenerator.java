package org.edu4all.studio.generation.provider;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.edu4all.studio.generation.EditSpec;
import org.edu4all.studio.generation.GeneratedImage;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationResult;
import org.edu4all.studio.generation.GenerationSpec;
import org.edu4all.studio.generation.ImageGenerator;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.image.ImageInspector;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * What the HTTP adapters (Azure OpenAI, OpenAI) share: one call path for generations and edits, the answer checked
 * by {@link ImageResponseReader}, failures counted in a {@link ProviderStatus}. A subclass only says how to read its
 * settings, how to shape the request body, and which endpoints to call.
 *
 * @param <S> the adapter's settings, read from its configuration on every call (so an admin's fix needs no restart)
 */
public abstract class HttpImageGenerator<S extends HttpImageGenerator.Settings> implements ImageGenerator {

    /** The settings every HTTP adapter has. */
    public interface Settings {

        /** Where calls go, for the admin page; never with a key. */
        String target();

        /** Hosts an image URL may be downloaded from. */
        Set<String> downloadHosts();

        Duration timeout();
    }

    /** The circuit breakers' delay on the adapters' clients, passed on as the wait while one is open. */
    protected static final Duration BREAKER_DELAY = Duration.ofSeconds(30);

    private final ImageInspector inspector = new ImageInspector();
    private final ImageResponseReader reader = new ImageResponseReader(inspector);
    private final ProviderStatus status = new ProviderStatus();

    /** The current settings; a {@link GenerationException} of kind CONFIGURATION says what is missing. */
    protected abstract S settings() throws GenerationException;

    /** The body fields for this adapter (for example whether {@code model} is sent). */
    protected abstract ImageRequest request(S settings, String prompt, int count, ImageSize size, String user);

    protected abstract ImagesResponse callGenerations(S settings, String json) throws GenerationException;

    protected abstract ImagesResponse callEdits(S settings, ClientMultipartForm form) throws GenerationException;

    @Override
    public List<GeneratedImage> generate(GenerationSpec spec) throws GenerationException {
        return generateDetailed(spec).images();
    }

    @Override
    public GenerationResult generateDetailed(GenerationSpec spec) throws GenerationException {
        return ProviderCalls.run(id(), status, BREAKER_DELAY, () -> {
            S settings = settings();
            ImageRequest request = request(settings, spec.finalPrompt(), spec.count(), spec.size(), spec.userRef());
            String json = request.toJson();
            return reader.read(id(), callGenerations(settings, json), request, json, downloader(settings));
        });
    }

    /** The JSON body {@link #generate} sends for this spec (no key: that travels in a header). */
    @Override
    public String describeRequest(GenerationSpec spec) throws GenerationException {
        return request(settings(), spec.finalPrompt(), spec.count(), spec.size(), spec.userRef()).toJson();
    }

    /**
     * Edits an image with a mask through {@code /images/edits} (multipart). The image and mask are checked before
     * anything is sent.
     *
     * @throws org.edu4all.studio.image.InvalidImageException when the image or the mask is not acceptable
     */
    @Override
    public GenerationResult edit(EditSpec spec) throws GenerationException {
        EditUpload.check(inspector, spec);
        return ProviderCalls.run(id(), status, BREAKER_DELAY, () -> {
            S settings = settings();
            ImageRequest request = request(settings, spec.finalPrompt(), spec.count(), spec.size(), spec.userRef());
            String json = request.toJson(EditUpload.describeFiles(spec));
            return reader.read(id(), callEdits(settings, EditUpload.form(request, spec)), request, json,
                    downloader(settings));
        });
    }

    /** What the admin page shows: model, where calls go, what is missing, the last success and error. */
    @Override
    public ProviderStatus.Snapshot status() {
        String target = "(not configured)";
        Optional<String> problem = Optional.empty();
        try {
            target = settings().target();
        } catch (GenerationException e) {
            problem = Optional.of(e.getMessage());
        }
        return status.snapshot(id(), model(), target, problem);
    }

    private static ImageDownloader downloader(Settings settings) {
        return new ImageDownloader(settings.downloadHosts(), ImageInspector.DEFAULT_MAX_BYTES, settings.timeout());
    }
}
