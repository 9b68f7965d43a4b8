package org.edu4all.studio.safety;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.util.HashMap;
import java.util.Map;

import org.edu4all.studio.generation.provider.WireMockProviders;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * The providers' WireMock server also standing in for Azure AI Content Safety, which turns the second safety layer
 * on for the app (the image provider stays offline). Answers follow the documented shapes.
 */
public class WireMockContentSafety extends WireMockProviders {

    public static final String DEFAULT_KEY = "content-safety-test-key-0123456789";
    public static final String TEXT = "/contentsafety/text:analyze";
    public static final String IMAGE = "/contentsafety/image:analyze";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("edu4all.content-safety.endpoint", config.get("edu4all.azure-openai.endpoint") + "/");
        config.put("edu4all.content-safety.key", DEFAULT_KEY);
        config.put("edu4all.content-safety.timeout", "PT2S");
        return config;
    }

    /** The documented 200 answer: {@code categoriesAnalysis} with one severity per category. */
    public static ResponseDefinitionBuilder analysis(int hate, int selfHarm, int sexual, int violence) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"blocklistsMatch": [], "categoriesAnalysis": [
                  {"category": "Hate", "severity": %d}, {"category": "SelfHarm", "severity": %d},
                  {"category": "Sexual", "severity": %d}, {"category": "Violence", "severity": %d}]}"""
                .formatted(hate, selfHarm, sexual, violence));
    }

    /** The documented error shape, such as a 401 for a wrong key. */
    public static ResponseDefinitionBuilder error(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"" + code + "\",\"message\":\"Access denied due to invalid"
                        + " subscription key or wrong API endpoint.\"}}");
    }
}
