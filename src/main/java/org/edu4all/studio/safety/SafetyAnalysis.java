package org.edu4all.studio.safety;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.edu4all.studio.generation.TransientGenerationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The severities one analysis found, by the service's category name:
 * {@code {"categoriesAnalysis":[{"category":"Hate","severity":0},...]}} for both text and images.
 */
record SafetyAnalysis(Map<String, Integer> severities) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CATEGORY = Pattern.compile("[A-Za-z]{1,32}");

    static SafetyAnalysis parse(String body) throws TransientGenerationException {
        try {
            JsonNode analysis = body == null ? null : JSON.readTree(body).get("categoriesAnalysis");
            if (analysis == null || !analysis.isArray()) {
                throw new TransientGenerationException(ContentSafetyClient.PROVIDER
                        + ": the answer had no categoriesAnalysis");
            }
            Map<String, Integer> severities = new LinkedHashMap<>();
            for (JsonNode item : analysis) {
                String category = item.path("category").asText();
                // Stored for teachers: only a plain name is kept, whatever else an answer might carry.
                severities.put(CATEGORY.matcher(category).matches() ? category : "Other",
                        Math.max(item.path("severity").asInt(0), severities.getOrDefault("Other", 0)));
            }
            return new SafetyAnalysis(Map.copyOf(severities));
        } catch (IOException e) {
            throw new TransientGenerationException(ContentSafetyClient.PROVIDER + ": the answer was not JSON", e);
        }
    }

    /**
     * The categories at or over their threshold, as {@code Category:severity}, in the thresholds' order. A category
     * the thresholds do not name is judged by the strictest threshold: an unknown harm is still a harm.
     */
    List<String> flagged(Map<String, Integer> thresholds) {
        int strictest = thresholds.values().stream().min(Integer::compare).orElse(2);
        List<String> flagged = new ArrayList<>();
        severities.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (entry.getValue() >= thresholds.getOrDefault(entry.getKey(), strictest)) {
                flagged.add(entry.getKey() + ":" + entry.getValue());
            }
        });
        return flagged;
    }
}
