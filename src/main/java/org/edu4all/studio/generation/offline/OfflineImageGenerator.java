package org.edu4all.studio.generation.offline;

import java.util.ArrayList;
import java.util.List;

import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.generation.EditSpec;
import org.edu4all.studio.generation.GeneratedImage;
import org.edu4all.studio.generation.GenerationResult;
import org.edu4all.studio.generation.GenerationSpec;
import org.edu4all.studio.generation.ImageGenerator;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.provider.EditUpload;
import org.edu4all.studio.image.ImageInspector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * The adapter that needs no network and no key: it paints a labelled "offline preview" scene from the prompt's
 * words. It never pretends to be AI. Deterministic per prompt and seed; image {@code i} of a request uses
 * {@code seed + i}, so the images of one request differ. Edits repaint only the masked area, the same way.
 */
@ApplicationScoped
@Typed(OfflineImageGenerator.class)
public class OfflineImageGenerator implements ImageGenerator {

    public static final String ID = "offline";
    public static final String MODEL = "offline-preview";

    private final OfflinePainter painter = new OfflinePainter();
    private final ImageInspector inspector = new ImageInspector();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String model() {
        return MODEL;
    }

    /** The same pixel sizes the gpt-image-1.x models use, so previews look like the real thing will. */
    @Override
    public ImageSize sizeFor(Aspect aspect) {
        switch (aspect) {
            case LANDSCAPE:
                return new ImageSize(1536, 1024);
            case PORTRAIT:
                return new ImageSize(1024, 1536);
            default:
                return new ImageSize(1024, 1024);
        }
    }

    @Override
    public List<GeneratedImage> generate(GenerationSpec spec) {
        List<GeneratedImage> images = new ArrayList<>(spec.count());
        for (int i = 0; i < spec.count(); i++) {
            byte[] png = painter.paint(spec.studentPrompt(), spec.size(), spec.seed() + i);
            images.add(new GeneratedImage(png, "image/png", spec.size()));
        }
        return images;
    }

    /**
     * Repaints the area the mask marks as transparent with a scene for the student's edit words (with a small
     * "OFFLINE EDIT" caption inside it) and keeps every other pixel, so an edit works with no key. Without a mask
     * the whole picture is painted again. The upload is checked first, exactly as the HTTP adapters do.
     */
    @Override
    public GenerationResult edit(EditSpec spec) {
        EditUpload.check(inspector, spec);
        List<GeneratedImage> images = new ArrayList<>(spec.count());
        for (int i = 0; i < spec.count(); i++) {
            long seed = spec.seed() + i;
            byte[] png = spec.mask().isPresent()
                    ? painter.repaintMasked(spec.image(), spec.mask().get(), spec.studentPrompt(), seed)
                    : painter.paint(spec.studentPrompt(), spec.size(), seed);
            images.add(new GeneratedImage(png, "image/png", spec.size()));
        }
        return GenerationResult.of(images);
    }
}
