package org.edu4all.studio.gallery;

import java.time.Instant;

import org.edu4all.studio.security.AppUser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/** The teacher's review actions on hand-ins of their own classes. */
@ApplicationScoped
public class ReviewService {

    /** The hand-in, if this user runs its class (its teacher, or an admin); otherwise "not found". */
    public HandIn reviewableBy(AppUser user, long handInId) {
        HandIn handIn = HandIn.findById(handInId);
        if (handIn == null || !(user.isAdmin() || handIn.assignment.schoolClass.isTaughtBy(user))) {
            throw new NotFoundException();
        }
        return handIn;
    }

    @Transactional
    public void approve(AppUser reviewer, HandIn reviewable) {
        HandIn handIn = review(reviewer, reviewable, ReviewStatus.APPROVED);
        handIn.hiddenReason = null;
    }

    @Transactional
    public void hide(AppUser reviewer, HandIn reviewable, String reason) {
        HandIn handIn = review(reviewer, reviewable, ReviewStatus.HIDDEN);
        handIn.hiddenReason = reason.strip();
    }

    @Transactional
    public void giveFeedback(AppUser reviewer, HandIn reviewable, String feedback) {
        HandIn handIn = HandIn.findById(reviewable.id);
        handIn.feedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
        handIn.reviewedAt = Instant.now();
        handIn.reviewedBy = AppUser.findById(reviewer.id);
    }

    private static HandIn review(AppUser reviewer, HandIn reviewable, ReviewStatus status) {
        HandIn handIn = HandIn.findById(reviewable.id);
        handIn.reviewStatus = status;
        handIn.reviewedAt = Instant.now();
        handIn.reviewedBy = AppUser.findById(reviewer.id);
        return handIn;
    }
}
