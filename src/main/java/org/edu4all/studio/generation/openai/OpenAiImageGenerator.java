package org.edu4all.studio.generation.openai;

import java.util.Optional;

import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.ImageGenerator;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.provider.HttpImageGenerator;
import org.edu4all.studio.generation.provider.ImageRequest;
import org.edu4all.studio.generation.provider.ImagesResponse;
import org.edu4all.studio.generation.provider.ModelFamily;

import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

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
public class OpenAiImageGenerator extends HttpImageGenerator<OpenAiSettings> {

    public static final String ID = OpenAiClient.PROVIDER;

    private final OpenAiConfig config;
    private final OpenAiClient client;

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
    protected OpenAiSettings settings() throws GenerationException {
        return OpenAiSettings.from(config);
    }

    @Override
    protected ImagesResponse callGenerations(OpenAiSettings settings, String json) throws GenerationException {
        return client.generations(settings, json);
    }

    @Override
    protected ImagesResponse callEdits(OpenAiSettings settings, ClientMultipartForm form) throws GenerationException {
        return client.edits(settings, form);
    }

    @Override
    protected ImageRequest request(OpenAiSettings settings, String prompt, int count, ImageSize size,
            String user) {
        return new ImageRequest(Optional.of(settings.model()), prompt, count, size, settings.quality(),
                ImageRequest.PNG, user, settings.responseFormat());
    }
}
