package org.edu4all.studio.safety;

import java.time.Instant;

import org.edu4all.studio.image.SafetyStatus;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/** The teacher's decision on images the safety check flagged: release to the student, or keep hidden. */
@ApplicationScoped
public class HeldImages {

    /**
     * The flagged image, if this user runs its class (its teacher, or an admin); an image nobody flagged, another
     * class's image, or a missing one is "not found" alike.
     */
    @Transactional
    public StoredImage decidableBy(AppUser user, long imageId) {
        StoredImage image = StoredImage.find("from StoredImage i join fetch i.request r join fetch r.assignment a"
                + " join fetch a.schoolClass where i.id = ?1", imageId).firstResult();
        if (image == null || image.safetyStatus == SafetyStatus.CLEAR
                || !(user.isAdmin() || image.request.assignment.schoolClass.isTaughtBy(user))) {
            throw new NotFoundException();
        }
        return image;
    }

    @Transactional
    public void release(AppUser teacher, StoredImage image) {
        decide(teacher, image, SafetyStatus.RELEASED);
    }

    @Transactional
    public void keepHidden(AppUser teacher, StoredImage image) {
        decide(teacher, image, SafetyStatus.HIDDEN);
    }

    private static void decide(AppUser teacher, StoredImage decidable, SafetyStatus status) {
        StoredImage image = StoredImage.findById(decidable.id);
        image.safetyStatus = status;
        image.safetyReviewedBy = AppUser.findById(teacher.id);
        image.safetyReviewedAt = Instant.now();
    }
}
