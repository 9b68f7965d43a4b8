package org.edu4all.studio.generation.provider;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edu4all.studio.generation.BlockedByProviderException;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.edu4all.studio.generation.TransientGenerationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a provider's error answer into a {@link GenerationException} whose message is safe to log, store and show to
 * an admin: it is made of the HTTP status, the provider's error code and our own words, never the provider's message
 * (OpenAI's 401 message quotes part of the key; refusals may quote the prompt).
 *
 * <ul>
 * <li>{@code content_policy_violation}, {@code moderation_blocked}, {@code contentFilter}, {@code content_filter}
 * (and an inner {@code ResponsibleAIPolicyViolation}): blocked, with the provider's categories.</li>
 * <li>429, 408, 5xx: transient, with the wait the provider asked for. A 429 for an exhausted quota (billing) is a
 * configuration error: waiting will not fix it.</li>
 * <li>401, 403, 404 ({@code DeploymentNotFound}) and any other 4xx: configuration (our request or our account is
 * wrong; retrying the same request cannot help).</li>
 * </ul>
 */
public final class ProviderErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BLOCKED_CODES = Set.of("contentpolicyviolation", "moderationblocked",
            "contentfilter", "responsibleaipolicyviolation");
    private static final Pattern SAFETY_VIOLATIONS = Pattern.compile("safety_violations=\\[([^\\]]*)\\]");
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9_.:\\-]{1,64}");

    private ProviderErrors() {
    }

    /** The exception for a non-2xx answer, or for a 2xx answer that carries an {@code error} object. */
    public static GenerationException classify(String provider, HttpReply reply) {
        JsonNode error = errorObject(reply.body());
        String code = safe(text(error, "code"));
        String innerCode = safe(text(inner(error), "code"));
        int status = reply.status();
        String label = "HTTP " + status + (code == null ? "" : " (" + code + ")");

        boolean safetyMessage = SAFETY_VIOLATIONS.matcher(String.valueOf(text(error, "message"))).find();
        if (status < 500 && status != 429 && (isBlockedCode(code) || isBlockedCode(innerCode) || safetyMessage)) {
            List<String> categories = categories(error);
            String blockedCode = isBlockedCode(code) ? code : innerCode != null ? innerCode : "safety_system";
            return new BlockedByProviderException(blockedCode, categories, provider + ": refused by the provider's "
                    + "safety system (" + blockedCode + (categories.isEmpty() ? "" : "; " + String.join(", ",
                            categories)) + ")");
        }
        if (status == 429) {
            if ("insufficient_quota".equals(code)) {
                return new GenerationException(Kind.CONFIGURATION,
                        provider + ": " + label + ": the account has no quota left (billing)");
            }
            Optional<Duration> wait = RetryAfter.parse(reply.retryAfter(), reply.retryAfterMs());
            return new TransientGenerationException(provider + ": " + label + ": rate limited" + wait.map(
                    w -> ", retry after " + w.toMillis() + " ms").orElse(""), wait, null);
        }
        if (status == 408 || status >= 500) {
            return new TransientGenerationException(provider + ": " + label + ": the provider failed or is busy",
                    RetryAfter.parse(reply.retryAfter(), reply.retryAfterMs()), null);
        }
        if (status == 401) {
            return new GenerationException(Kind.CONFIGURATION,
                    provider + ": " + label + ": the API key was refused; check the key and the endpoint");
        }
        if (status == 403) {
            return new GenerationException(Kind.CONFIGURATION, provider + ": " + label
                    + ": access denied (a network rule, a missing role, or a resource blocked by abuse monitoring)");
        }
        if (status == 404) {
            return new GenerationException(Kind.CONFIGURATION, provider + ": " + label
                    + ": the deployment, model or path was not found; check the deployment name and the URL style");
        }
        if (status >= 200 && status < 300) {
            return new TransientGenerationException(provider + ": " + label + ": an error in a success answer");
        }
        return new GenerationException(Kind.CONFIGURATION,
                provider + ": " + label + ": the provider rejected the request as invalid; check the model settings");
    }

    /** The {@code error} object of a body ({@code {"error":{...}}}, or a bare error object), or null. */
    public static JsonNode errorObject(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                return null;
            }
            JsonNode error = root.get("error");
            if (error != null && error.isObject()) {
                return error;
            }
            return root.has("code") ? root : null;
        } catch (IOException e) {
            return null;
        }
    }

    static boolean isBlockedCode(String code) {
        return code != null && BLOCKED_CODES.contains(code.replace("_", "").toLowerCase(Locale.ROOT));
    }

    /**
     * The categories a refusal names: every {@code content_filter_results} entry marked {@code filtered} (each custom
     * blocklist as {@code custom_blocklist:<id>}), and the {@code safety_violations=[...]} list of GPT-image messages.
     */
    static List<String> categories(JsonNode error) {
        Set<String> found = new LinkedHashSet<>();
        for (JsonNode results : List.of(filterResults(inner(error)), filterResults(error))) {
            for (Map.Entry<String, JsonNode> entry : results.properties()) {
                if ("custom_blocklists".equals(entry.getKey())) {
                    found.addAll(blocklists(entry.getValue()));
                } else if (entry.getValue().path("filtered").asBoolean(false)) {
                    add(found, entry.getKey());
                }
            }
        }
        String message = text(error, "message");
        if (message != null) {
            Matcher matcher = SAFETY_VIOLATIONS.matcher(message);
            if (matcher.find()) {
                for (String category : matcher.group(1).split(",")) {
                    add(found, category.trim().replace("'", "").replace("\"", ""));
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static List<String> blocklists(JsonNode node) {
        List<String> lists = new ArrayList<>();
        JsonNode details = node.isArray() ? node : node.path("details");
        for (JsonNode detail : details) {
            String id = safe(detail.path("id").asText(null));
            if (detail.path("filtered").asBoolean(false) && id != null) {
                lists.add("custom_blocklist:" + id);
            }
        }
        if (lists.isEmpty() && node.path("filtered").asBoolean(false)) {
            lists.add("custom_blocklist");
        }
        return lists;
    }

    /** Azure writes both {@code inner_error} and {@code innererror}. */
    private static JsonNode inner(JsonNode error) {
        if (error == null) {
            return null;
        }
        JsonNode inner = error.get("inner_error");
        return inner != null ? inner : error.get("innererror");
    }

    /** Azure writes both {@code content_filter_results} and {@code content_filter_result}. */
    private static JsonNode filterResults(JsonNode node) {
        if (node == null) {
            return JSON.createObjectNode();
        }
        JsonNode results = node.get("content_filter_results");
        if (results == null) {
            results = node.get("content_filter_result");
        }
        return results != null && results.isObject() ? results : JSON.createObjectNode();
    }

    private static void add(Set<String> found, String category) {
        String safe = safe(category);
        if (safe != null) {
            found.add(safe);
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** A provider-given token we are willing to store: short, plain characters only, else nothing. */
    static String safe(String token) {
        return token != null && SAFE_TOKEN.matcher(token).matches() ? token : null;
    }

    /**
     * The exception for a call that got no HTTP answer: a timeout, a refused or reset connection, a TLS failure.
     * All transient; the message says which, without the URL or anything else from the exception.
     */
    public static TransientGenerationException transport(String provider, Throwable failure,
            Duration timeout) {
        String what = isTimeout(failure) ? "no answer within " + timeout.toSeconds() + " s (timeout)"
                : "the connection failed or was reset (" + rootCause(failure).getClass().getSimpleName() + ")";
        return new TransientGenerationException(provider + ": " + what, failure);
    }

    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (name.contains("timeout") || name.contains("timedout") || message.contains("timeout")
                    || message.contains("timed out")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Whether a provider's answer has an {@code error} object, used for 2xx answers without images. */
    public static boolean hasError(String body) {
        return Optional.ofNullable(errorObject(body)).map(e -> e.has("code") || e.has("message")).orElse(false);
    }
}
