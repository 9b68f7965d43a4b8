package org.edu4all.studio.support;

import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.generation.ImageGenerator;
import org.edu4all.studio.generation.ImageSize;

/**
 * A provider for tests that replace the real one ({@code QuarkusMock.installMockForType}): an id, a model and one
 * size for every aspect. Subclasses say what it answers.
 */
public abstract class TestGenerator implements ImageGenerator {

    private final String id;
    private final String model;
    private final ImageSize size;

    protected TestGenerator(String id, String model, ImageSize size) {
        this.id = id;
        this.model = model;
        this.size = size;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public ImageSize sizeFor(Aspect aspect) {
        return size;
    }
}
