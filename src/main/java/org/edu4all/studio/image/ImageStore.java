package org.edu4all.studio.image;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.imageio.ImageIO;

import org.edu4all.studio.generation.GeneratedImage;
import org.edu4all.studio.image.InvalidImageException.Reason;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Checks, stores and thumbnails generated images. Bytes go to {@link ImageData}, metadata to {@link StoredImage}.
 *
 * <p>On the worker's path only the checks that decode nothing run (type, header, dimensions, a whole file, SHA-256):
 * with a provider's answers arriving together, a full decode per image there made the last request of each wave
 * wait seconds for a CPU. The full decode, which also makes the thumbnail, runs after the request SUCCEEDED, in
 * {@link ThumbnailWorker}.
 */
@ApplicationScoped
public class ImageStore {

    /** Far above any size a provider returns (gpt-image-2's largest is 8.3 megapixels). */
    static final long MAX_PIXELS = 10_000_000L;

    private final ImageInspector inspector = new ImageInspector(MAX_PIXELS);
    private final Thumbnailer thumbnailer = new Thumbnailer();

    @Inject
    EntityManager em;

    @Inject
    Event<ThumbnailPending> pending;

    /**
     * Verifies that the bytes really are a whole image of the declared kind (magic bytes, header, dimensions,
     * structure) without decoding them; the thumbnail is left to be made after the image is stored. Outside any
     * transaction.
     *
     * @throws InvalidImageException when the bytes are not such an image, or one the JDK cannot thumbnail (WebP)
     */
    public PreparedImage prepare(GeneratedImage image) {
        InspectedImage inspected = inspector.inspectStructure(image.bytes(), image.mediaType());
        // The JDK decodes PNG and JPEG; WebP only with a plugin.
        if (ImageInspector.WEBP.equals(inspected.mediaType())
                && !ImageIO.getImageReadersByMIMEType(ImageInspector.WEBP).hasNext()) {
            throw new InvalidImageException(Reason.WRONG_TYPE, "no decoder for " + inspected.mediaType()
                    + ", so no thumbnail could be made");
        }
        return new PreparedImage(image.bytes(), inspected.mediaType(), inspected.width(), inspected.height(),
                sha256(image.bytes()), thumbnailer.sizeFor(inspected.width(), inspected.height()), Optional.empty());
    }

    /**
     * The same image with its thumbnail made now (one full decode), for a caller that needs it before storing: the
     * safety check of an original above its size limit, or test data. {@link #store} then keeps that thumbnail.
     *
     * @throws InvalidImageException when the full decode finds the bytes broken
     */
    public PreparedImage withThumbnail(PreparedImage prepared) {
        if (prepared.thumbnail().isPresent()) {
            return prepared;
        }
        return new PreparedImage(prepared.bytes(), prepared.mediaType(), prepared.width(), prepared.height(),
                prepared.sha256(), prepared.thumbnailSize(),
                Optional.of(thumbnailOf(prepared.bytes(), prepared.mediaType())));
    }

    /**
     * Stores one image of a request, with the safety check's verdict, and returns its id; the caller's transaction
     * makes it all-or-nothing with the request's state. One statement writes the metadata and the bytes. An image
     * without its thumbnail is stored PENDING, and the thumbnailer is woken once the transaction commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long store(long requestId, long ownerId, int position, PreparedImage prepared, SafetyVerdict verdict) {
        ThumbnailState state = prepared.thumbnail().isPresent() ? ThumbnailState.READY : ThumbnailState.PENDING;
        long id = ((Number) em.createNativeQuery("""
                with stored as (
                    insert into image (request_id, position, owner_id, media_type, width, height, byte_size,
                                       thumb_width, thumb_height, sha256, created_at, safety_status,
                                       safety_categories, thumbnail_state)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                    returning id)
                insert into image_data (image_id, bytes) select id, ?15 from stored returning image_id""")
                .setParameter(1, requestId).setParameter(2, position).setParameter(3, ownerId)
                .setParameter(4, prepared.mediaType()).setParameter(5, prepared.width())
                .setParameter(6, prepared.height()).setParameter(7, prepared.bytes().length)
                .setParameter(8, prepared.thumbnailSize().width()).setParameter(9, prepared.thumbnailSize().height())
                .setParameter(10, prepared.sha256()).setParameter(11, Instant.now())
                .setParameter(12, verdict.status().name()).setParameter(13, verdict.categories())
                .setParameter(14, state.name()).setParameter(15, prepared.bytes())
                .getSingleResult()).longValue();
        if (prepared.thumbnail().isPresent()) {
            em.createQuery("update ImageData set thumbnail = ?1, thumbnailMediaType = ?2 where imageId = ?3")
                    .setParameter(1, prepared.thumbnail().get().bytes())
                    .setParameter(2, prepared.thumbnail().get().mediaType()).setParameter(3, id).executeUpdate();
        } else {
            pending.fire(new ThumbnailPending(id));
        }
        return id;
    }

    /**
     * The full check and the thumbnail, from one decode (decoding is most of an image's CPU cost), under one permit
     * so that the decoded pixels never outlive it.
     *
     * @throws InvalidImageException when the bytes cannot be decoded as a whole image of their type
     */
    Thumbnail thumbnailOf(byte[] bytes, String mediaType) {
        return thumbnailOf(bytes, mediaType, null);
    }

    /** @param buffers the calling thread's kept pixel buffers (the thumbnailer's), or null */
    Thumbnail thumbnailOf(byte[] bytes, String mediaType, PixelBuffers buffers) {
        return DecodePermits.limited(() -> {
            BufferedImage[] pixels = new BufferedImage[1];
            inspector.inspectHoldingPermit(bytes, mediaType, buffers, decoded -> pixels[0] = decoded);
            return pixels[0] != null ? thumbnailer.fromPixels(pixels[0], buffers)
                    : thumbnailer.makeHoldingPermit(bytes);
        });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
