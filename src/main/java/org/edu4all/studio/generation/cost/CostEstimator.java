package org.edu4all.studio.generation.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.edu4all.studio.generation.GenerationResult.TokenUsage;

/**
 * Estimates what one provider call cost, in US dollars, from configured prices. Plain Java, no CDI.
 *
 * <p>When the provider reported token usage and the model has token prices, the estimate follows the tokens (this
 * is how GPT-image calls are billed: text and image input tokens, each at its price, plus image output tokens).
 * Otherwise it is a price per image, looked up by quality and size ({@code medium-1024x1024}), then by quality alone
 * ({@code medium}), then {@code any}.
 * A model without a matching price has no estimate: an unknown cost is reported as unknown, never as zero.
 */
public final class CostEstimator {

    /** USD with six decimals, as {@code generation_request.estimated_cost_usd} stores it. */
    public static final int SCALE = 6;

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final Map<String, ModelPrices> prices;

    public CostEstimator(Map<String, ModelPrices> prices) {
        this.prices = Map.copyOf(prices);
    }

    /**
     * The prices of one model.
     *
     * @param perImage                   USD per image by {@code quality-WxH}, {@code quality} or {@code any}
     * @param inputTokensPerMillion      USD per million input (prompt) tokens
     * @param inputImageTokensPerMillion USD per million image input tokens (an edit's picture and mask); when
     *                                   empty, they cost what text input costs
     * @param outputTokensPerMillion     USD per million output (image) tokens
     */
    public record ModelPrices(Map<String, BigDecimal> perImage, Optional<BigDecimal> inputTokensPerMillion,
            Optional<BigDecimal> inputImageTokensPerMillion, Optional<BigDecimal> outputTokensPerMillion) {

        public ModelPrices {
            perImage = Map.copyOf(perImage);
        }

        /** Prices without a separate price for image input. */
        public ModelPrices(Map<String, BigDecimal> perImage, Optional<BigDecimal> inputTokensPerMillion,
                Optional<BigDecimal> outputTokensPerMillion) {
            this(perImage, inputTokensPerMillion, Optional.empty(), outputTokensPerMillion);
        }

        boolean pricesTokens() {
            return inputTokensPerMillion.isPresent() && outputTokensPerMillion.isPresent();
        }
    }

    /** What one call made, as far as pricing goes. */
    public record Call(String model, String quality, String size, int images, Optional<TokenUsage> usage) {
    }

    public Optional<BigDecimal> estimate(Call call) {
        ModelPrices model = prices.get(call.model());
        if (model == null) {
            return Optional.empty();
        }
        if (call.usage().isPresent() && model.pricesTokens()) {
            TokenUsage usage = call.usage().get();
            BigDecimal textPrice = model.inputTokensPerMillion().get();
            BigDecimal input = textPrice.multiply(BigDecimal.valueOf(usage.inputTextTokens()))
                    .add(model.inputImageTokensPerMillion().orElse(textPrice)
                            .multiply(BigDecimal.valueOf(usage.inputImageTokens())));
            BigDecimal output = model.outputTokensPerMillion().get().multiply(BigDecimal.valueOf(usage.outputTokens()));
            return Optional.of(input.add(output).divide(MILLION, SCALE, RoundingMode.HALF_UP));
        }
        return perImage(model, call.quality(), call.size())
                .map(price -> price.multiply(BigDecimal.valueOf(call.images())).setScale(SCALE, RoundingMode.HALF_UP));
    }

    private static Optional<BigDecimal> perImage(ModelPrices model, String quality, String size) {
        String q = quality == null ? "" : quality.toLowerCase(Locale.ROOT);
        String s = size == null ? "" : size.toLowerCase(Locale.ROOT);
        for (String key : new String[] { q + "-" + s, q, "any" }) {
            BigDecimal price = model.perImage().get(key);
            if (price != null) {
                return Optional.of(price);
            }
        }
        return Optional.empty();
    }
}
