package org.edu4all.studio.generation.cost;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.edu4all.studio.generation.GenerationResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The estimated cost of a finished call, from the configured prices. Quality and size are read from the request body
 * exactly as it was sent, so the estimate follows what the provider was actually asked for.
 */
@ApplicationScoped
public class CostEstimates {

    /** What the image APIs do when a request names no quality. */
    static final String DEFAULT_QUALITY = "medium";

    @Inject
    PriceConfig config;

    @Inject
    ObjectMapper json;

    private CostEstimator estimator;

    @PostConstruct
    void load() {
        Map<String, CostEstimator.ModelPrices> prices = new HashMap<>();
        config.model().forEach((model, p) -> prices.put(model, new CostEstimator.ModelPrices(p.image(),
                p.inputTokensPerMillion(), p.inputImageTokensPerMillion(), p.outputTokensPerMillion())));
        estimator = new CostEstimator(prices);
    }

    public Optional<BigDecimal> of(String model, GenerationResult result) {
        JsonNode sent = readRequest(result.requestJson());
        return estimator.estimate(new CostEstimator.Call(model, sent.path("quality").asText(DEFAULT_QUALITY),
                sent.path("size").asText(""), result.images().size(), result.usage()));
    }

    private JsonNode readRequest(String requestJson) {
        try {
            return json.readTree(requestJson);
        } catch (JsonProcessingException e) {
            // A multipart edit describes itself differently; per-image prices by "quality" or "any" still apply.
            return json.createObjectNode();
        }
    }
}
