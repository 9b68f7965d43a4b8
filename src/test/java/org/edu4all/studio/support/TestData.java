package org.edu4all.studio.support;

import java.time.Instant;
import java.util.UUID;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.Enrollment;
import org.edu4all.studio.classroom.JoinCodes;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.gallery.HandIn;
import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.image.ImageData;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Builds data straight in the database for tests that are about something else. Users are keyed by the subject
 * {@code @TestSecurity(user = ...)} gives them, so a request made "as" that user finds them.
 */
public final class TestData {

    private TestData() {
    }

    /**
     * Runs {@code body} in a transaction that is always rolled back: rows made in it are never committed, so the
     * queue's workers never see them and no other test finds them.
     */
    public static void inRolledBackTransaction(Runnable body) {
        QuarkusTransaction.begin();
        try {
            body.run();
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    public static AppUser user(String subject, Role role) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findBySubject(subject).orElseGet(() -> {
            AppUser user = new AppUser();
            user.subject = subject;
            user.displayName = subject;
            user.role = role;
            user.pseudonym = UUID.randomUUID();
            user.createdAt = Instant.now();
            user.lastSeenAt = Instant.now();
            user.persist();
            return user;
        }));
    }

    public static SchoolClass schoolClass(AppUser teacher, String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SchoolClass schoolClass = new SchoolClass();
            schoolClass.name = name;
            schoolClass.teacher = AppUser.findById(teacher.id);
            schoolClass.joinCode = JoinCodes.next();
            schoolClass.createdAt = Instant.now();
            schoolClass.persist();
            return schoolClass;
        });
    }

    public static void enroll(SchoolClass schoolClass, AppUser student) {
        QuarkusTransaction.requiringNew().run(() -> {
            Enrollment enrollment = new Enrollment();
            enrollment.schoolClass = SchoolClass.findById(schoolClass.id);
            enrollment.student = AppUser.findById(student.id);
            enrollment.joinedAt = Instant.now();
            enrollment.persist();
        });
    }

    public static Assignment assignment(SchoolClass schoolClass, String title, int imagesPerStudent) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assignment assignment = new Assignment();
            assignment.schoolClass = SchoolClass.findById(schoolClass.id);
            assignment.title = title;
            assignment.brief = "Monumentos en nuevos contextos";
            assignment.imagesPerStudent = imagesPerStudent;
            assignment.createdAt = Instant.now();
            assignment.persist();
            return assignment;
        });
    }

    /** A request saved QUEUED, as if submitted: the worker generates it. Returns its id. */
    public static long queuedRequest(Assignment assignment, AppUser student, String prompt) {
        return QuarkusTransaction.requiringNew().call(() -> request(Assignment.findById(assignment.id),
                AppUser.findById(student.id), prompt, RequestStatus.QUEUED).id);
    }

    /** Saves a request of one square image; call it inside a transaction, with entities of that transaction. */
    public static GenerationRequest request(Assignment assignment, AppUser student, String prompt, RequestStatus status) {
        GenerationRequest request = new GenerationRequest();
        request.assignment = assignment;
        request.student = student;
        request.prompt = prompt;
        request.finalPrompt = prompt;
        request.aspect = Aspect.SQUARE;
        request.imageCount = 1;
        request.seed = 3;
        request.status = status;
        request.idempotencyKey = UUID.randomUUID();
        request.createdAt = Instant.now();
        request.persist();
        return request;
    }

    /**
     * Saves one image of a request, with the same bytes as original and thumbnail; call it inside a transaction,
     * with entities of that transaction. Dimensions are 1x1 whatever the bytes: pages only show them.
     */
    public static StoredImage storedImage(GenerationRequest request, int position, byte[] bytes) {
        StoredImage image = new StoredImage();
        image.request = request;
        image.position = position;
        image.owner = request.student;
        image.mediaType = "image/png";
        image.width = 1;
        image.height = 1;
        image.byteSize = bytes.length;
        image.thumbWidth = 1;
        image.thumbHeight = 1;
        image.sha256 = UUID.randomUUID().toString().replace("-", "");
        image.createdAt = Instant.now();
        image.persist();
        image.flush();
        ImageData data = new ImageData();
        data.imageId = image.id;
        data.bytes = bytes;
        data.thumbnail = bytes;
        data.thumbnailMediaType = "image/png";
        data.persist();
        return image;
    }

    /** Hands in a saved image for its maker, not yet reviewed; call it inside a transaction, with its entities. */
    public static HandIn handIn(StoredImage image, String title, String altText) {
        HandIn handIn = new HandIn();
        handIn.assignment = image.request.assignment;
        handIn.student = image.owner;
        handIn.image = image;
        handIn.title = title;
        handIn.altText = altText;
        handIn.handedInAt = Instant.now();
        handIn.persist();
        return handIn;
    }
}
