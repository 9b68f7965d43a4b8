package org.edu4all.studio.image;

import java.util.Optional;

import org.edu4all.studio.security.SignedInIdentity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Decides whether someone may see an image before any of its bytes are read. One query, from the signed-in
 * identity's subject: a gallery page asks for 48 thumbnails at once, so each check must stay cheap.
 */
@ApplicationScoped
public class ImageAccess {

    @Inject
    EntityManager em;

    /** The image's facts if the viewer may see it; empty when it does not exist or is not theirs to see. */
    public Optional<ImageFacts> visibleTo(SignedInIdentity viewer, long imageId) {
        if (viewer == null) {
            return Optional.empty();
        }
        return em.createQuery("select new org.edu4all.studio.image.ImageFacts(i.id, i.sha256, i.mediaType,"
                + " i.safetyStatus, o.subject, t.subject, a.approvalRequired, h.reviewStatus,"
                + " case when exists (select 1 from Enrollment e where e.schoolClass = c"
                + " and e.student.subject = :subject) then true else false end)"
                + " from StoredImage i join i.owner o join i.request r join r.assignment a join a.schoolClass c"
                + " join c.teacher t left join HandIn h on h.image = i where i.id = :id", ImageFacts.class)
                .setParameter("id", imageId).setParameter("subject", viewer.subject())
                .getResultStream().findFirst().filter(facts -> facts.visibleTo(viewer));
    }
}
