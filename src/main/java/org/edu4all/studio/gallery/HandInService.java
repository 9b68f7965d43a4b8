package org.edu4all.studio.gallery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.edu4all.studio.generation.GenerationService;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.policy.PolicyService;
import org.edu4all.studio.policy.Verdict;
import org.edu4all.studio.security.AppUser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/** Handing in: one image per student and assignment; handing in again replaces the earlier choice. */
@ApplicationScoped
public class HandInService {

    @Inject
    PolicyService policy;

    /**
     * Classmates and the teacher will read the title and the alt text, so the safety policy checks them like a
     * prompt. Returns field errors (bundle keys), empty when both are fine.
     */
    public Map<String, String> screen(HandInForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        blockedKey(form.title()).ifPresent(key -> errors.put("title", key));
        blockedKey(form.altText()).ifPresent(key -> errors.put("altText", key));
        return errors;
    }

    private Optional<String> blockedKey(String text) {
        return policy.check(text) instanceof Verdict.Block block
                ? Optional.of(GenerationService.policyMessageKey(block.category()))
                : Optional.empty();
    }

    @Transactional
    public HandIn handIn(AppUser student, long imageId, HandInForm form) {
        StoredImage image = ownImage(student, imageId);
        HandIn handIn = HandIn.of(image.request.assignment, student).orElseGet(HandIn::new);
        handIn.assignment = image.request.assignment;
        handIn.student = image.owner;
        handIn.image = image;
        handIn.title = form.title().strip();
        handIn.altText = form.altText().strip();
        handIn.handedInAt = Instant.now();
        // A new choice is a new image for the teacher to look at; their earlier feedback stays for the student.
        handIn.reviewStatus = ReviewStatus.PENDING;
        handIn.hiddenReason = null;
        handIn.persist();
        return handIn;
    }

    /** The image, if it is this student's own, its request succeeded and the safety check let it through. */
    public StoredImage ownImage(AppUser student, long imageId) {
        StoredImage image = StoredImage.findById(imageId);
        if (image == null || !image.owner.id.equals(student.id) || image.request.status != RequestStatus.SUCCEEDED
                || !image.shownToStudents()) {
            throw new NotFoundException();
        }
        return image;
    }
}
