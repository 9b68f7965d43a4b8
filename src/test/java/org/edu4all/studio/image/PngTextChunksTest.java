package org.edu4all.studio.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.offline.OfflinePainter;
import org.junit.jupiter.api.Test;

class PngTextChunksTest {

    private static final byte[] PNG = new OfflinePainter().paint("Un faro al amanecer", new ImageSize(256, 256), 7);

    @Test
    void textIsAddedWithoutTouchingTheImageData() throws IOException {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", "Perro junto a la Torre Eiffel a primera hora de la mañana");
        text.put("Comment", "AI-generated");

        byte[] tagged = PngTextChunks.withText(PNG, text);

        int iend = PngTextChunks.iendOffset(PNG);
        assertThat(Arrays.copyOf(tagged, iend)).isEqualTo(Arrays.copyOf(PNG, iend));
        assertThat(new String(tagged, StandardCharsets.UTF_8)).contains("iTXtTitle")
                .contains("Perro junto a la Torre Eiffel a primera hora de la mañana").contains("AI-generated");
        assertThat(Arrays.copyOfRange(tagged, tagged.length - 12, tagged.length))
                .isEqualTo(Arrays.copyOfRange(PNG, PNG.length - 12, PNG.length));
        assertThat(ImageIO.read(new ByteArrayInputStream(tagged)).getWidth()).as("still a valid PNG").isEqualTo(256);
    }

    @Test
    void somethingThatIsNotAPngIsLeftAlone() {
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };
        assertThat(PngTextChunks.withText(jpeg, Map.of("Title", "x"))).isSameAs(jpeg);
    }
}
