package org.edu4all.studio.generation.cost;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Prices used to estimate what each request cost (US dollars). Estimates only: the provider's bill is the truth. */
@ConfigMapping(prefix = "edu4all.prices")
public interface PriceConfig {

    /** Prices by model name, as recorded with each request ({@code gpt-image-1-mini}, {@code offline-preview}). */
    Map<String, Model> model();

    /** One model's prices. */
    interface Model {

        /**
         * USD per image, by {@code quality-WxH} ({@code medium-1024x1024}), by {@code quality} alone, or {@code any};
         * the most specific key wins. Used when the provider reports no token usage, or the model has no token prices.
         */
        Map<String, BigDecimal> image();

        /** USD per million input (prompt) tokens, when the provider reports usage. */
        Optional<BigDecimal> inputTokensPerMillion();

        /**
         * USD per million image input tokens (the picture and mask an edit sends), which the GPT-image models price
         * above text; without it, image input is priced as text.
         */
        Optional<BigDecimal> inputImageTokensPerMillion();

        /** USD per million output (image) tokens, when the provider reports usage. */
        Optional<BigDecimal> outputTokensPerMillion();
    }
}
