package org.edu4all.studio.image;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.edu4all.studio.generation.GeneratedImage;
import org.edu4all.studio.generation.GenerationRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Checks, thumbnails and stores generated images. Bytes go to {@link ImageData}, metadata to {@link StoredImage}. */
@ApplicationScoped
public class ImageStore {

    /** Far above any size a provider returns (gpt-image-2's largest is 8.3 megapixels). */
    static final long MAX_PIXELS = 10_000_000L;

    private final ImageInspector inspector = new ImageInspector(MAX_PIXELS);
    private final Thumbnailer thumbnailer = new Thumbnailer();

    @Inject
    EntityManager em;

    /**
     * Verifies that the bytes really are an image of the declared kind (magic bytes, header, dimensions) and makes
     * the thumbnail. CPU work, done outside any transaction.
     */
    public PreparedImage prepare(GeneratedImage image) {
        // One decode serves the check and the thumbnail (decoding is most of an image's CPU cost), under one permit
        // so that the decoded pixels never outlive it.
        return DecodePermits.limited(() -> {
            BufferedImage[] pixels = new BufferedImage[1];
            InspectedImage inspected = inspector.inspectHoldingPermit(image.bytes(), image.mediaType(),
                    decoded -> pixels[0] = decoded);
            Thumbnail thumbnail = pixels[0] != null ? thumbnailer.fromPixels(pixels[0])
                    : thumbnailer.makeHoldingPermit(image.bytes());
            return new PreparedImage(image.bytes(), inspected.mediaType(), inspected.width(), inspected.height(),
                    sha256(image.bytes()), thumbnail);
        });
    }

    /** Stores one image of a request; the caller's transaction makes it all-or-nothing with the request's state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredImage store(GenerationRequest request, int position, PreparedImage prepared) {
        StoredImage image = new StoredImage();
        image.request = request;
        image.position = position;
        image.owner = request.student;
        image.mediaType = prepared.mediaType();
        image.width = prepared.width();
        image.height = prepared.height();
        image.byteSize = prepared.bytes().length;
        image.thumbWidth = prepared.thumbnail().width();
        image.thumbHeight = prepared.thumbnail().height();
        image.sha256 = prepared.sha256();
        image.createdAt = Instant.now();
        image.persist();
        em.flush();

        ImageData data = new ImageData();
        data.imageId = image.id;
        data.bytes = prepared.bytes();
        data.thumbnail = prepared.thumbnail().bytes();
        data.thumbnailMediaType = prepared.thumbnail().mediaType();
        data.persist();
        return image;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
