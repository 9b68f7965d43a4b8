package org.edu4all.studio.generation.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.edu4all.studio.generation.GenerationResult.TokenUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prices per image by quality and size, per token when the provider reports usage, and nothing made up. */
class CostEstimatorTest {

    static final CostEstimator.ModelPrices MINI = new CostEstimator.ModelPrices(
            Map.of("low-1024x1024", new BigDecimal("0.005"), "low", new BigDecimal("0.006"),
                    "medium-1024x1024", new BigDecimal("0.011"), "medium", new BigDecimal("0.015")),
            Optional.of(new BigDecimal("2.00")), Optional.of(new BigDecimal("8.00")));
    static final CostEstimator.ModelPrices PER_IMAGE_ONLY = new CostEstimator.ModelPrices(
            Map.of("any", new BigDecimal("0.04")), Optional.empty(), Optional.empty());
    static final CostEstimator.ModelPrices FREE = new CostEstimator.ModelPrices(Map.of("any", BigDecimal.ZERO),
            Optional.empty(), Optional.empty());

    final CostEstimator estimator = new CostEstimator(Map.of("gpt-image-1-mini", MINI, "flat-model", PER_IMAGE_ONLY,
            "offline-preview", FREE));

    @ParameterizedTest(name = "{0} {1} {2} x{3} = {4}")
    @CsvSource({
            "gpt-image-1-mini, low,    1024x1024, 1, 0.005000",
            "gpt-image-1-mini, low,    1536x1024, 2, 0.012000",   // no exact size: the quality's price
            "gpt-image-1-mini, MEDIUM, 1024x1024, 4, 0.044000",   // quality is case-insensitive
            "gpt-image-1-mini, medium, 1536x864,  1, 0.015000",
            "flat-model,       high,   1024x1024, 3, 0.120000",   // only "any"
            "offline-preview,  auto,   '',        4, 0.000000",
    })
    void pricesPerImageWithoutUsage(String model, String quality, String size, int images, String expected) {
        assertThat(estimator.estimate(new CostEstimator.Call(model, quality, size, images, Optional.empty())))
                .contains(new BigDecimal(expected));
    }

    @Test
    void tokensWinWhenTheProviderReportsUsageAndTheModelHasTokenPrices() {
        // 50 input tokens at $2/M plus 4160 output tokens at $8/M = 0.0001 + 0.03328
        TokenUsage usage = new TokenUsage(50, 4160, 4210);
        assertThat(estimator.estimate(new CostEstimator.Call("gpt-image-1-mini", "low", "1024x1024", 1,
                Optional.of(usage)))).contains(new BigDecimal("0.033380"));
    }

    @Test
    void anEditsImageInputIsPricedAsImageTokensWhenTheModelSaysSo() {
        CostEstimator withImageInput = new CostEstimator(Map.of("gpt-image-1-mini", new CostEstimator.ModelPrices(
                Map.of(), Optional.of(new BigDecimal("2.00")), Optional.of(new BigDecimal("2.50")),
                Optional.of(new BigDecimal("8.00")))));
        // 50 text tokens at $2/M + 1000 image tokens at $2.50/M + 4160 output tokens at $8/M
        // = 0.0001 + 0.0025 + 0.03328
        TokenUsage edit = new TokenUsage(1050, 4160, 5210, 1000);
        assertThat(withImageInput.estimate(new CostEstimator.Call("gpt-image-1-mini", "low", "1024x1024", 1,
                Optional.of(edit)))).contains(new BigDecimal("0.035880"));
        // Without an image input price, the image tokens cost what text costs: 1050 at $2/M + 4160 at $8/M
        assertThat(estimator.estimate(new CostEstimator.Call("gpt-image-1-mini", "low", "1024x1024", 1,
                Optional.of(edit)))).contains(new BigDecimal("0.035380"));
    }

    @Test
    void usageWithoutTokenPricesFallsBackToThePricePerImage() {
        TokenUsage usage = new TokenUsage(50, 4160, 4210);
        assertThat(estimator.estimate(new CostEstimator.Call("flat-model", "low", "1024x1024", 2, Optional.of(usage))))
                .contains(new BigDecimal("0.080000"));
    }

    @Test
    void anUnknownModelOrAMissingPriceHasNoEstimateRatherThanZero() {
        assertThat(estimator.estimate(new CostEstimator.Call("gpt-image-9", "low", "1024x1024", 1, Optional.empty())))
                .isEmpty();
        assertThat(estimator.estimate(new CostEstimator.Call("gpt-image-1-mini", "high", "1024x1024", 1,
                Optional.empty()))).isEmpty();
    }

    @Test
    void roundsToSixDecimalsLikeTheColumn() {
        TokenUsage usage = new TokenUsage(1, 1, 2); // 10 / 1e6 dollars = 0.00001
        assertThat(estimator.estimate(new CostEstimator.Call("gpt-image-1-mini", "low", "", 1, Optional.of(usage))))
                .contains(new BigDecimal("0.000010"));
    }
}
