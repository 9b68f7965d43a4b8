package org.edu4all.studio.generation.azure;

import java.util.Optional;

import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.ImageGenerator;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.azure.AzureOpenAiSettings.ApiStyle;
import org.edu4all.studio.generation.provider.AzureAuth;
import org.edu4all.studio.generation.provider.EntraTokens;
import org.edu4all.studio.generation.provider.HttpImageGenerator;
import org.edu4all.studio.generation.provider.ImageRequest;
import org.edu4all.studio.generation.provider.ImagesResponse;
import org.edu4all.studio.generation.provider.ModelFamily;

import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

/**
 * The Azure OpenAI adapter for the GPT-image models: maps the student's aspect to the model family's real size,
 * sends {@code n}, {@code quality}, {@code output_format=png} and the pseudonymous {@code user}, and returns the
 * images exactly as received once they are proven to be PNGs of that size. {@code @Typed} like the offline adapter:
 * {@code ImageGeneratorSelector} decides which adapter is the {@link ImageGenerator}.
 */
@ApplicationScoped
@Typed(AzureOpenAiImageGenerator.class)
public class AzureOpenAiImageGenerator extends HttpImageGenerator<AzureOpenAiSettings> {

    public static final String ID = AzureOpenAiClient.PROVIDER;

    private final AzureOpenAiConfig config;
    private final AzureOpenAiClient client;

    private final EntraTokens entra;

    @Inject
    AzureOpenAiImageGenerator(AzureOpenAiConfig config, AzureOpenAiClient client, EntraTokens entra) {
        this.config = config;
        this.client = client;
        this.entra = entra;
    }

    @Override
    public String id() {
        return ID;
    }

    /** The configured model family, such as {@code gpt-image-1.5}; the deployment name is in the status target. */
    @Override
    public String model() {
        return config.model();
    }

    @Override
    public ImageSize sizeFor(Aspect aspect) {
        // A wrong model name fails the call with a configuration error; until then, the 1.x sizes are the safe guess.
        return ModelFamily.byName(config.model()).orElse(ModelFamily.GPT_IMAGE_1_MINI).sizeFor(aspect);
    }

    @Override
    protected AzureOpenAiSettings settings() throws GenerationException {
        AzureOpenAiSettings settings = AzureOpenAiSettings.from(config);
        Optional<String> entraProblem = settings.auth() == AzureAuth.ENTRA ? entra.configurationProblem()
                : Optional.empty();
        if (entraProblem.isPresent()) {
            throw new GenerationException(GenerationException.Kind.CONFIGURATION, ID + ": " + entraProblem.get());
        }
        return settings;
    }

    @Override
    protected ImagesResponse callGenerations(AzureOpenAiSettings settings, String json) throws GenerationException {
        return client.generations(settings, json);
    }

    @Override
    protected ImagesResponse callEdits(AzureOpenAiSettings settings, ClientMultipartForm form)
            throws GenerationException {
        return client.edits(settings, form);
    }

    @Override
    protected ImageRequest request(AzureOpenAiSettings settings, String prompt, int count, ImageSize size,
            String user) {
        // The v1 API names the deployment in the body; the deployment style names it in the URL.
        Optional<String> model = settings.style() == ApiStyle.V1 ? Optional.of(settings.deployment())
                : Optional.empty();
        return new ImageRequest(model, prompt, count, size, settings.quality(), ImageRequest.PNG, user,
                Optional.empty());
    }
}
