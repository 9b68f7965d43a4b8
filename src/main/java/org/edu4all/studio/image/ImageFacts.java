package org.edu4all.studio.image;

import org.edu4all.studio.gallery.HandIn;
import org.edu4all.studio.gallery.ReviewStatus;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.security.SignedInIdentity;

/**
 * What decides who may see one image, read in one query ({@link ImageAccess}), with the rule itself in plain Java.
 *
 * @param handInReview   the review of its hand-in, or {@code null} when it was not handed in
 * @param viewerEnrolled whether the person asking is a student of the image's class
 */
public record ImageFacts(long imageId, String sha256, String mediaType, ThumbnailState thumbnailState,
        SafetyStatus safetyStatus, String ownerSubject, String teacherSubject, boolean approvalRequired, ReviewStatus handInReview,
        boolean viewerEnrolled) {

    /**
     * The teacher of its class, an admin, the student who made it, or a classmate once it is handed in and visible
     * in the class gallery (not hidden; approved, in approval mode). Students never see an image the safety check
     * holds or the teacher keeps hidden.
     */
    public boolean visibleTo(SignedInIdentity viewer) {
        if (viewer == null || viewer.role() == null) {
            return false;
        }
        if (viewer.role() == Role.ADMIN) {
            return true;
        }
        if (viewer.role() == Role.TEACHER) {
            return teacherSubject.equals(viewer.subject());
        }
        if (!safetyStatus.shownToStudents()) {
            return false; // held by the safety check, or kept hidden by the teacher: not even its maker sees it
        }
        if (ownerSubject.equals(viewer.subject())) {
            return true;
        }
        return viewer.isStudent() && viewerEnrolled && handInReview != null
                && HandIn.visibleToClassmates(handInReview, approvalRequired);
    }
}
