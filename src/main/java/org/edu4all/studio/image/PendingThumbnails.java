package org.edu4all.studio.image;

import java.util.List;
import java.util.Optional;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The images whose thumbnail is still to be made, as a queue in the database: any number of thumbnailers, in any
 * number of app instances, share it without making one twice, and a crash loses none.
 */
@ApplicationScoped
public class PendingThumbnails {

    @Inject
    EntityManager em;

    @Inject
    ImageStore images;

    /**
     * Makes the thumbnail of the oldest PENDING image no other thumbnailer holds, and returns that image's id; empty
     * when there is none. The image's row stays locked ({@code FOR UPDATE SKIP LOCKED}) from the claim to the
     * commit, so no other thumbnailer takes it meanwhile, and one that dies half-way (a crash, a lost connection)
     * leaves it PENDING for the next. Bytes the full decode cannot read make the image BROKEN (see {@link #broken}).
     *
     * @param buffers the calling thread's own {@link PixelBuffers} (the thumbnailer's), decoded into and kept for the
     *                next image
     */
    @Transactional
    public Optional<Long> makeNext(PixelBuffers buffers) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, media_type from image where thumbnail_state = 'PENDING'"
                + " order by id limit 1 for update skip locked").getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long id = ((Number) rows.get(0)[0]).longValue();
        byte[] original = ImageData.originalOf(id);
        Thumbnail thumbnail;
        try {
            thumbnail = images.thumbnailOf(original, (String) rows.get(0)[1], buffers);
        } catch (RuntimeException e) {
            // Decoding touches no database: whatever fails here is about these bytes, and would fail every time.
            broken(id, e);
            return Optional.of(id);
        }
        em.createQuery("update ImageData set thumbnail = ?1, thumbnailMediaType = ?2 where imageId = ?3")
                .setParameter(1, thumbnail.bytes()).setParameter(2, thumbnail.mediaType()).setParameter(3, id)
                .executeUpdate();
        em.createQuery("update StoredImage set thumbnailState = ?1, thumbWidth = ?2, thumbHeight = ?3 where id = ?4")
                .setParameter(1, ThumbnailState.READY).setParameter(2, thumbnail.width())
                .setParameter(3, thumbnail.height()).setParameter(4, id)
                .executeUpdate();
        return Optional.of(id);
    }

    /**
     * The image passed the checks that decode nothing, so its request SUCCEEDED and it was stored, but the full
     * decode cannot read it: a compressed stream broken behind valid checksums, or a kind of file the JDK does not
     * decode. It is held for the class's teacher, as the safety check holds an image (a student never sees it, nor
     * do classmates or exports), and the original is kept exactly as received; the thumbnail route keeps serving
     * it. One warning per image: it is never taken again.
     */
    private void broken(long id, RuntimeException cause) {
        if (cause instanceof InvalidImageException invalid) {
            Log.warnf("Image %d cannot be decoded for its thumbnail (%s: %s); it is held for the teacher", id,
                    invalid.reason(), invalid.getMessage());
        } else {
            Log.errorf(cause, "Image %d: making its thumbnail failed unexpectedly; it is held for the teacher", id);
        }
        StoredImage image = em.find(StoredImage.class, id);
        image.thumbnailState = ThumbnailState.BROKEN;
        if (image.safetyStatus == SafetyStatus.CLEAR) {
            image.safetyStatus = SafetyStatus.HELD;
        }
    }
}
