package org.edu4all.studio.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.edu4all.studio.generation.BlockedByProviderException;
import org.edu4all.studio.generation.GenerationException;
import org.edu4all.studio.generation.GenerationException.Kind;
import org.edu4all.studio.generation.GenerationResult;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.TransientGenerationException;
import org.junit.jupiter.api.Test;

/** Decoding and checking answers: the bytes are kept as received, and only real images of the asked size pass. */
class ImageResponseReaderTest {

    private static final ImageSize DEFAULT_SIZE = new ImageSize(1024, 1536);
    private static final ImageRequest DEFAULT_REQUEST = new ImageRequest(Optional.empty(), "A cat", 2, DEFAULT_SIZE,
            "medium", "png", "u-1", Optional.empty());
    private static final ImageDownloader NO_DOWNLOADS = new ImageDownloader(Set.of("provider.example"), 1024,
            Duration.ofSeconds(1));

    private final ImageResponseReader reader = new ImageResponseReader();

    @Test
    void base64ImagesAreDecodedCheckedAndKeptByteForByte() throws GenerationException {
        byte[] first = TestImages.png(1024, 1536);
        byte[] second = TestImages.png(1024, 1536);

        GenerationResult result = read(TestImages.b64Answer(first, second));

        assertThat(result.images()).hasSize(2);
        assertThat(result.images().get(0).bytes()).isEqualTo(first);
        assertThat(result.images().get(1).bytes()).isEqualTo(second);
        assertThat(result.images().get(0).mediaType()).isEqualTo("image/png");
        assertThat(result.images().get(0).size()).isEqualTo(DEFAULT_SIZE);
        assertThat(result.usage()).hasValueSatisfying(usage -> {
            assertThat(usage.inputTokens()).isEqualTo(50);
            assertThat(usage.outputTokens()).isEqualTo(4160);
            assertThat(usage.totalTokens()).isEqualTo(4210);
        });
        assertThat(result.revisedPrompt()).contains(TestImages.DEFAULT_REVISED_PROMPT);
        assertThat(result.requestJson()).isEqualTo(DEFAULT_REQUEST.toJson());
    }

    @Test
    void usageWithoutATotalAddsUpAndNoUsageIsEmpty() throws GenerationException {
        String png = Base64.getEncoder().encodeToString(TestImages.png(1024, 1536));

        assertThat(read("{\"data\":[{\"b64_json\":\"" + png + "\"}],\"usage\":{\"input_tokens\":3,"
                + "\"output_tokens\":4}}").usage()).hasValueSatisfying(u -> assertThat(u.totalTokens()).isEqualTo(7));
        assertThat(read("{\"data\":[{\"b64_json\":\"" + png + "\"}]}").usage()).isEmpty();
        assertThat(read("{\"data\":[{\"b64_json\":\"" + png + "\"}]}").revisedPrompt()).isEmpty();
    }

    @Test
    void anEditsImageInputTokensAreKeptApartFromItsText() throws GenerationException {
        String png = Base64.getEncoder().encodeToString(TestImages.png(1024, 1536));

        assertThat(read("{\"data\":[{\"b64_json\":\"" + png + "\"}],\"usage\":{\"input_tokens\":1050,"
                + "\"input_tokens_details\":{\"image_tokens\":1000,\"text_tokens\":50},\"output_tokens\":4160,"
                + "\"total_tokens\":5210}}").usage()).hasValueSatisfying(u -> {
                    assertThat(u.inputImageTokens()).isEqualTo(1000);
                    assertThat(u.inputTextTokens()).isEqualTo(50);
                });
        assertThat(read("{\"data\":[{\"b64_json\":\"" + png + "\"}],\"usage\":{\"input_tokens\":3,"
                + "\"output_tokens\":4}}").usage()).hasValueSatisfying(u -> assertThat(u.inputImageTokens()).isZero());
    }

    @Test
    void whatIsNotAPngOfTheAskedSizeIsRefused() {
        assertThat(failure(TestImages.b64Answer("hello, not an image".getBytes())).getMessage())
                .contains("not a valid image/png (NOT_AN_IMAGE)");
        assertThat(failure(TestImages.b64Answer(TestImages.jpeg(1024, 1536))).getMessage())
                .contains("(WRONG_TYPE)");
        assertThat(failure(TestImages.b64Answer(TestImages.png(1024, 1024))).getMessage())
                .contains("is 1024x1024 where 1024x1536 was asked for");
        assertThat(failure("{\"data\":[{\"b64_json\":\"%%%not base64%%%\"}]}").getMessage())
                .contains("not valid base64");
    }

    @Test
    void base64WrappedInLinesDecodesToTheSameBytes() throws GenerationException {
        byte[] png = TestImages.png(1024, 1536);
        String wrapped = Base64.getMimeEncoder().encodeToString(png).replace("\r\n", "\\r\\n");

        GenerationResult result = read("{\"data\":[{\"b64_json\":\"" + wrapped + "\"}]}");

        assertThat(result.images().get(0).bytes()).isEqualTo(png);
    }

    @Test
    void base64WithoutItsPaddingDecodesToTheSameBytes() throws GenerationException {
        byte[] png = TestImages.png(1024, 1536);
        String unpadded = Base64.getEncoder().withoutPadding().encodeToString(png);
        assertThat(unpadded.length() % 4).as("the test needs an answer whose padding is left out").isNotZero();

        assertThat(read("{\"data\":[{\"b64_json\":\"" + unpadded + "\"}]}").images().get(0).bytes()).isEqualTo(png);
    }

    @Test
    void anImageCutShortIsRefusedWithoutDecodingIt() {
        byte[] png = TestImages.png(1024, 1536);

        assertThat(failure(TestImages.b64Answer(java.util.Arrays.copyOf(png, png.length - 20))).getMessage())
                .contains("(CORRUPT)");
    }

    @Test
    void malformedOrEmptyAnswersAreTransient() {
        assertThat(failure("{\"data\":[{\"b64_json\":").getMessage()).contains("not the expected JSON");
        assertThat(failure("<html>Gateway</html>").getMessage()).contains("not the expected JSON");
        assertThat(failure("{\"data\":[]}").getMessage()).contains("no images");
        assertThat(failure("{\"data\":[{}]}").getMessage()).contains("neither b64_json nor url");
        assertThat(failure("null").getMessage()).contains("empty");
    }

    @Test
    void aRefusalInASuccessAnswerIsStillARefusal() {
        GenerationException e = catchThrowableOfType(GenerationException.class,
                () -> reader.parse("openai", utf8(TestImages.errorBody("moderation_blocked"))));

        assertThat(e).isInstanceOf(BlockedByProviderException.class);
    }

    @Test
    void aUrlIsHandedToTheDownloaderWhichRefusesPlainHttp() {
        GenerationException e = catchThrowableOfType(GenerationException.class,
                () -> read("{\"data\":[{\"url\":\"http://provider.example/img.png?sig=secret\"}]}"));

        assertThat(e.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(e.getMessage()).contains("not https").doesNotContain("secret");
    }

    private GenerationResult read(String body) throws GenerationException {
        return reader.read("azure-openai", reader.parse("azure-openai", utf8(body)), DEFAULT_REQUEST,
                DEFAULT_REQUEST.toJson(), NO_DOWNLOADS);
    }

    private static byte[] utf8(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private TransientGenerationException failure(String body) {
        return catchThrowableOfType(TransientGenerationException.class, () -> read(body));
    }
}
