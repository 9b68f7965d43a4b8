package org.edu4all.studio.gallery;

/** Where a hand-in stands with the teacher. */
public enum ReviewStatus {
    /** Not reviewed yet: classmates see it, unless the assignment is in approval mode. */
    PENDING,
    /** Approved: classmates see it. */
    APPROVED,
    /** Hidden by the teacher, with a reason the student sees; classmates never see it. */
    HIDDEN;

    /** The message-bundle key of the status, for example {@code review_approved}. */
    public String messageKey() {
        return "review_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
