package org.edu4all.studio.generation.provider;

import java.util.LinkedHashMap;
import java.util.Map;

import org.edu4all.studio.generation.EditSpec;
import org.edu4all.studio.image.ImageInspector;
import org.edu4all.studio.image.InspectedImage;
import org.edu4all.studio.image.InvalidImageException;
import org.edu4all.studio.image.InvalidImageException.Reason;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import io.vertx.core.buffer.Buffer;

/**
 * The multipart body of an {@code /images/edits} call: the text fields of the {@link ImageRequest} plus the
 * {@code image} and {@code mask} files. The same on Azure OpenAI and OpenAI.
 */
public final class EditUpload {

    private EditUpload() {
    }

    /**
     * Checks the upload before anything is sent: the image really is an image of the stated type and size, and the
     * mask is a PNG of at most 4 MB, of the same size, with alpha.
     *
     * @throws InvalidImageException with the reason, for the caller to explain
     */
    public static void check(ImageInspector inspector, EditSpec spec) {
        InspectedImage image = inspector.inspect(spec.image(), spec.imageMediaType());
        if (image.width() != spec.size().width() || image.height() != spec.size().height()) {
            throw new InvalidImageException(Reason.WRONG_DIMENSIONS, "the image is " + image.width() + "x"
                    + image.height() + ", not " + spec.size().wireValue());
        }
        spec.mask().ifPresent(mask -> inspector.checkMask(mask, image.width(), image.height()));
    }

    public static ClientMultipartForm form(ImageRequest request, EditSpec spec) {
        ClientMultipartForm form = ClientMultipartForm.create();
        form.binaryFileUpload("image", imageFileName(spec), Buffer.buffer(spec.image()), mediaType(spec));
        spec.mask().ifPresent(mask -> form.binaryFileUpload("mask", "mask.png", Buffer.buffer(mask),
                ImageInspector.PNG));
        request.fields().forEach((name, value) -> form.attribute(name, value, null));
        return form;
    }

    /** What the request record says about the files: their type and size, never their bytes. */
    public static Map<String, String> describeFiles(EditSpec spec) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("image", mediaType(spec) + ", " + spec.image().length + " bytes");
        spec.mask().ifPresent(mask -> files.put("mask", ImageInspector.PNG + ", " + mask.length + " bytes"));
        return files;
    }

    private static String mediaType(EditSpec spec) {
        return ImageInspector.sniff(spec.image()).orElse(ImageInspector.PNG);
    }

    private static String imageFileName(EditSpec spec) {
        return ImageInspector.JPEG.equals(mediaType(spec)) ? "image.jpg" : "image.png";
    }
}
