package org.edu4all.studio.generation.provider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.edu4all.studio.generation.GeneratedImage;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationResult;
import org.edu4all.studio.generation.GenerationResult.TokenUsage;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.TransientGenerationException;
import org.edu4all.studio.image.ImageInspector;
import org.edu4all.studio.image.InspectedImage;
import org.edu4all.studio.image.InvalidImageException;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import io.quarkus.logging.Log;

/**
 * Reads a successful images answer: decodes each {@code b64_json} (or downloads a {@code url} at once), and checks
 * with {@link ImageInspector#inspectStructure} that the bytes really are a whole image of the requested type and
 * size before anyone stores them. That check decodes no pixels: this runs on a worker thread while a wave of answers
 * arrives, and the full decode happens once, later, for the thumbnail. The bytes are kept exactly as received, never
 * re-encoded, so C2PA content credentials survive.
 */
public final class ImageResponseReader {

    /**
     * Base64 as the JDK's decoder took it before: wrapped lines (JSON-escaped line breaks) are skipped, and the '='
     * padding may be left out.
     */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setBase64Variant(Base64Variants.MIME_NO_LINEFEEDS.withPaddingAllowed());

    private final ImageInspector inspector;

    public ImageResponseReader() {
        this(new ImageInspector());
    }

    public ImageResponseReader(ImageInspector inspector) {
        this.inspector = inspector;
    }

    /**
     * A provider's HTTP answer: its images, or its error mapped to a {@link GenerationException}. A successful body
     * is parsed from its bytes, never held as a String: the base64 of a 1536x1024 picture is about 4 MB.
     */
    public ImagesResponse parse(String provider, RestResponse<byte[]> response) throws GenerationException {
        if (response.getStatus() < 200 || response.getStatus() >= 300) {
            throw ProviderErrors.classify(provider, HttpReply.of(response));
        }
        byte[] body = response.getEntity();
        return parse(provider, body == null ? new byte[0] : body);
    }

    /** Parses the body; anything that is not the documented JSON is a transient failure (a proxy page, a cut body). */
    public ImagesResponse parse(String provider, byte[] body) throws GenerationException {
        try {
            ImagesResponse response = JSON.readValue(body, ImagesResponse.class);
            if (response == null) {
                throw new TransientGenerationException(provider + ": the answer was empty");
            }
            if (response.data() == null || response.data().isEmpty()) {
                // Some compatible servers answer 200 with an error object, refusals included. Such a body is small.
                String text = new String(body, StandardCharsets.UTF_8);
                if (ProviderErrors.hasError(text)) {
                    throw ProviderErrors.classify(provider, new HttpReply(200, text, null, null));
                }
            }
            return response;
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == byte[].class) {
                throw new TransientGenerationException(provider + ": an image was not valid base64", e);
            }
            throw new TransientGenerationException(provider + ": the answer was not the expected JSON ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * The images of an answer, checked, with usage and the revised prompt.
     *
     * @param requestJson the request as sent, for the result
     * @param downloader  for items that carry a URL instead of base64
     */
    public GenerationResult read(String provider, ImagesResponse response, ImageRequest request, String requestJson,
            ImageDownloader downloader) throws GenerationException {
        if (response.data() == null || response.data().isEmpty()) {
            throw new TransientGenerationException(provider + ": the answer had no images");
        }
        List<GeneratedImage> images = new ArrayList<>(response.data().size());
        Optional<String> revisedPrompt = Optional.empty();
        for (ImagesResponse.Item item : response.data()) {
            if (item == null) {
                throw new TransientGenerationException(provider + ": the answer had an empty image item");
            }
            byte[] bytes = bytesOf(provider, item, downloader);
            images.add(checked(provider, bytes, request.expectedMediaType(), request.size()));
            if (revisedPrompt.isEmpty() && item.revisedPrompt() != null && !item.revisedPrompt().isBlank()) {
                revisedPrompt = Optional.of(item.revisedPrompt());
            }
        }
        if (images.size() != request.n()) {
            Log.debugf("%s returned %d image(s) where %d were asked for", provider, images.size(), request.n());
        }
        return new GenerationResult(images, requestJson, usage(response.usage()), revisedPrompt);
    }

    private byte[] bytesOf(String provider, ImagesResponse.Item item, ImageDownloader downloader)
            throws GenerationException {
        if (item.b64Json() != null && item.b64Json().length > 0) {
            return item.b64Json(); // decoded by the parser, and checked below before anyone stores it
        }
        if (item.url() != null && !item.url().isBlank()) {
            return downloader.download(item.url());
        }
        throw new TransientGenerationException(provider + ": an image item had neither b64_json nor url");
    }

    /** The image as received, once it is proven to be of the requested type and size. */
    public GeneratedImage checked(String provider, byte[] bytes, String mediaType, ImageSize size)
            throws GenerationException {
        InspectedImage inspected;
        try {
            inspected = inspector.inspectStructure(bytes, mediaType);
        } catch (InvalidImageException e) {
            throw new TransientGenerationException(provider + ": an image was not a valid " + mediaType + " ("
                    + e.reason() + ")", e);
        }
        if (inspected.width() != size.width() || inspected.height() != size.height()) {
            throw new TransientGenerationException(provider + ": an image is " + inspected.width() + "x"
                    + inspected.height() + " where " + size.wireValue() + " was asked for");
        }
        return new GeneratedImage(bytes, inspected.mediaType(), size);
    }

    private static Optional<TokenUsage> usage(ImagesResponse.Usage usage) {
        if (usage == null || (usage.inputTokens() == null && usage.outputTokens() == null
                && usage.totalTokens() == null)) {
            return Optional.empty();
        }
        long input = usage.inputTokens() == null ? 0 : usage.inputTokens();
        long output = usage.outputTokens() == null ? 0 : usage.outputTokens();
        long total = usage.totalTokens() == null ? input + output : usage.totalTokens();
        long inputImages = usage.inputDetails() == null || usage.inputDetails().imageTokens() == null ? 0
                : Math.min(input, usage.inputDetails().imageTokens());
        return Optional.of(new TokenUsage(input, output, total, inputImages));
    }
}
