package org.edu4all.studio.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;

import org.edu4all.studio.generation.EditSpec;
import org.edu4all.studio.generation.GenerationResult;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.provider.TestImages;
import org.edu4all.studio.image.InvalidImageException;
import org.junit.jupiter.api.Test;

/** The offline adapter's edit: the same upload checks as the HTTP adapters, and deterministic per seed. */
class OfflineEditTest {

    private static final ImageSize SQUARE = new ImageSize(256, 256);
    private static final String PROMPT = "Ponle un sombrero al perro";

    private final OfflineImageGenerator generator = new OfflineImageGenerator();
    private final byte[] image = new OfflinePainter().paint("Un perro en la playa", SQUARE, 1);
    private final byte[] mask = TestImages.mask(256, 256);

    @Test
    void theSameSeedGivesTheSameEditAndAnotherSeedAnother() {
        GenerationResult first = generator.edit(spec(mask, 2, 42));
        GenerationResult again = generator.edit(spec(mask, 1, 42));
        GenerationResult other = generator.edit(spec(mask, 1, 43));

        assertThat(first.images()).hasSize(2);
        assertThat(first.images().get(0).bytes()).isEqualTo(again.images().get(0).bytes());
        assertThat(first.images().get(1).bytes()).as("image i uses seed + i").isEqualTo(other.images().get(0).bytes());
        assertThat(first.images().get(0).bytes()).isNotEqualTo(first.images().get(1).bytes());
        assertThat(first.images().get(0).size()).isEqualTo(SQUARE);
        assertThat(first.images().get(0).mediaType()).isEqualTo("image/png");
    }

    @Test
    void aMaskOfAnotherSizeIsRefusedBeforeAnythingIsPainted() {
        InvalidImageException e = catchThrowableOfType(InvalidImageException.class,
                () -> generator.edit(spec(TestImages.mask(128, 128), 1, 1)));

        assertThat(e.reason()).isEqualTo(InvalidImageException.Reason.WRONG_DIMENSIONS);
    }

    private EditSpec spec(byte[] editMask, int count, long seed) {
        return new EditSpec(image, "image/png", Optional.of(editMask), "final: " + PROMPT, SQUARE, count, "user-1",
                PROMPT, seed);
    }
}
