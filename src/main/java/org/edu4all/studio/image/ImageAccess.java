package org.edu4all.studio.image;

import java.util.Optional;

import org.edu4all.studio.gallery.GalleryVersions;
import org.edu4all.studio.gallery.ReviewStatus;
import org.edu4all.studio.security.SignedInIdentity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * Decides whether someone may see an image before any of its bytes are read. A gallery page asks for 48 thumbnails
 * at once, so each check must stay cheap: the facts are read in one query and then kept, per image and person, for as
 * long as the assignment's stamp holds. Every change that can alter them (a hand-in reviewed, an image held or
 * released, a student joining or leaving, the approval mode) is announced by a database trigger and moves the stamp
 * ({@link GalleryVersions}), and the facts are read again.
 */
@ApplicationScoped
public class ImageAccess {

    private record Asked(long imageId, String subject) {
    }

    private final Cache<Asked, GalleryVersions.Stamped<ImageFacts>> known = Caffeine.newBuilder()
            .maximumSize(200_000).build();

    @Inject
    EntityManager em;

    @Inject
    GalleryVersions versions;

    /** The image's facts if the viewer may see it; empty when it does not exist or is not theirs to see. */
    public Optional<ImageFacts> visibleTo(SignedInIdentity viewer, long imageId) {
        if (viewer == null) {
            return Optional.empty();
        }
        return versions.read(known, new Asked(imageId, viewer.subject()), () -> Optional
                .ofNullable(query(viewer.subject(), imageId))
                .map(row -> GalleryVersions.Stamped.of(facts(row), row.get(10, Long.class))))
                .map(GalleryVersions.Stamped::value)
                .filter(facts -> facts.visibleTo(viewer));
    }

    private Tuple query(String subject, long imageId) {
        return em.createQuery("select i.id, i.sha256, i.mediaType, i.thumbnailState, i.safetyStatus, o.subject,"
                + " t.subject, a.approvalRequired, h.reviewStatus, case when exists (select 1 from Enrollment e"
                + " where e.schoolClass = c and e.student.subject = :subject) then true else false end, a.id"
                + " from StoredImage i join i.owner o join i.request r join r.assignment a join a.schoolClass c"
                + " join c.teacher t left join HandIn h on h.image = i where i.id = :id", Tuple.class)
                .setParameter("id", imageId).setParameter("subject", subject)
                .getResultList().stream().findFirst().orElse(null);
    }

    private static ImageFacts facts(Tuple row) {
        return new ImageFacts(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class),
                row.get(3, ThumbnailState.class), row.get(4, SafetyStatus.class), row.get(5, String.class),
                row.get(6, String.class), row.get(7, Boolean.class), row.get(8, ReviewStatus.class),
                row.get(9, Boolean.class));
    }
}
