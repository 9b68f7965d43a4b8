package org.edu4all.studio.generation.provider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.edu4all.studio.generation.ImageSize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields of one image request, the same for a JSON generation and a multipart edit. There is no
 * {@code temperature} and no {@code seed}: no image API takes them. Keys are not fields: they travel in headers, so
 * {@link #toJson()} is safe to store.
 *
 * @param model          the {@code model} field: the model name (OpenAI), the deployment name (Azure v1 style), or
 *                       empty where the URL names the deployment (Azure deployment style)
 * @param prompt         the final prompt
 * @param n              how many images, 1 to 10
 * @param size           the real pixel size
 * @param quality        {@code low}, {@code medium}, {@code high} (or {@code auto} on OpenAI)
 * @param outputFormat   {@code png} or {@code jpeg}
 * @param user           the pseudonymous student id, for the provider's abuse monitoring
 * @param responseFormat {@code b64_json} for servers that return URLs unless asked (LocalAI); empty for GPT-image
 *                       models, which reject the field
 */
public record ImageRequest(Optional<String> model, String prompt, int n, ImageSize size, String quality,
        String outputFormat, String user, Optional<String> responseFormat) {

    /** The quality values the image APIs accept. */
    public static final Set<String> QUALITIES = Set.of("low", "medium", "high", "auto");
    public static final String PNG = "png";

    private static final ObjectMapper JSON = new ObjectMapper();

    public ImageRequest {
        if (n < 1 || n > 10) {
            throw new IllegalArgumentException("n must be 1 to 10, not " + n);
        }
        if (prompt == null || prompt.isBlank()) {
            throw new IllegalArgumentException("an image request needs a prompt");
        }
    }

    /** The media type the request asks for, which the answer's bytes must have. */
    public String expectedMediaType() {
        return "jpeg".equals(outputFormat) ? "image/jpeg" : "image/" + outputFormat;
    }

    /** The text fields in wire order; the multipart edit sends the same ones as form fields. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        model.ifPresent(m -> fields.put("model", m));
        fields.put("prompt", prompt);
        fields.put("n", Integer.toString(n));
        fields.put("size", size.wireValue());
        fields.put("quality", quality);
        fields.put("output_format", outputFormat);
        if (user != null && !user.isBlank()) {
            fields.put("user", user);
        }
        responseFormat.ifPresent(f -> fields.put("response_format", f));
        return fields;
    }

    /** The JSON body of a generation, exactly as sent. */
    public String toJson() {
        return toJson(Map.of());
    }

    /**
     * The fields as JSON, plus descriptions of uploaded files (for a multipart edit), for the request record.
     *
     * @param files file field name to a short description, such as {@code image/png, 52311 bytes}
     */
    public String toJson(Map<String, String> files) {
        ObjectNode body = JSON.createObjectNode();
        fields().forEach((name, value) -> {
            if ("n".equals(name)) {
                body.put(name, n);
            } else {
                body.put(name, value);
            }
        });
        files.forEach(body::put);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an image request as JSON", e);
        }
    }
}
