package org.edu4all.studio.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.edu4all.studio.gallery.ReviewStatus;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.security.SignedInIdentity;
import org.junit.jupiter.api.Test;

/** Who may see an image, rule by rule (plain Java: the one query that feeds it is tested through the routes). */
class ImageFactsTest {

    private static final SignedInIdentity MAKER = new SignedInIdentity("maker", "Lucía", Role.STUDENT);
    private static final SignedInIdentity CLASSMATE = new SignedInIdentity("classmate", "Hugo", Role.STUDENT);
    private static final SignedInIdentity TEACHER = new SignedInIdentity("teacher", "Teo", Role.TEACHER);
    private static final SignedInIdentity OTHER_TEACHER = new SignedInIdentity("other", "Olga", Role.TEACHER);
    private static final SignedInIdentity ADMIN = new SignedInIdentity("admin", "Ada", Role.ADMIN);
    private static final SignedInIdentity NO_ROLE = new SignedInIdentity("guest", "Guest", null);

    @Test
    void theClassTeacherAndAdminsSeeEverythingEvenWhatIsHeld() {
        ImageFacts held = facts(SafetyStatus.HELD, null, false, false);
        assertThat(held.visibleTo(TEACHER)).isTrue();
        assertThat(held.visibleTo(ADMIN)).isTrue();
        assertThat(held.visibleTo(OTHER_TEACHER)).isFalse();
        assertThat(held.visibleTo(NO_ROLE)).isFalse();
        assertThat(held.visibleTo(null)).isFalse();
    }

    @Test
    void itsMakerSeesItUnlessTheSafetyCheckHoldsItOrTheTeacherHidesIt() {
        assertThat(facts(SafetyStatus.CLEAR, null, false, true).visibleTo(MAKER)).isTrue();
        assertThat(facts(SafetyStatus.RELEASED, null, false, true).visibleTo(MAKER)).isTrue();
        assertThat(facts(SafetyStatus.HELD, null, false, true).visibleTo(MAKER)).isFalse();
        assertThat(facts(SafetyStatus.HIDDEN, null, false, true).visibleTo(MAKER)).isFalse();
    }

    @Test
    void classmatesSeeOnlyWhatWasHandedInAndIsVisibleInTheClassGallery() {
        assertThat(facts(SafetyStatus.CLEAR, null, false, true).visibleTo(CLASSMATE)).as("not handed in").isFalse();
        assertThat(facts(SafetyStatus.CLEAR, ReviewStatus.PENDING, false, true).visibleTo(CLASSMATE)).isTrue();
        assertThat(facts(SafetyStatus.CLEAR, ReviewStatus.PENDING, true, true).visibleTo(CLASSMATE))
                .as("approval mode, not approved yet").isFalse();
        assertThat(facts(SafetyStatus.CLEAR, ReviewStatus.APPROVED, true, true).visibleTo(CLASSMATE)).isTrue();
        assertThat(facts(SafetyStatus.CLEAR, ReviewStatus.HIDDEN, false, true).visibleTo(CLASSMATE)).isFalse();
        assertThat(facts(SafetyStatus.HELD, ReviewStatus.APPROVED, false, true).visibleTo(CLASSMATE)).isFalse();
        assertThat(facts(SafetyStatus.CLEAR, ReviewStatus.APPROVED, false, false).visibleTo(CLASSMATE))
                .as("a student of another class").isFalse();
    }

    private static ImageFacts facts(SafetyStatus safety, ReviewStatus review, boolean approvalMode,
            boolean viewerEnrolled) {
        return new ImageFacts(7, "abc", "image/png", ThumbnailState.READY, safety, "maker", "teacher", approvalMode, review, viewerEnrolled);
    }
}
