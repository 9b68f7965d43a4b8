package org.edu4all.studio.image;

import java.util.Set;

/**
 * What the second safety layer decided about one image, and what the teacher decided after it. Only CLEAR and
 * RELEASED images reach their maker, classmates and exports; the class's teacher and admins see them all.
 */
public enum SafetyStatus {
    /** The check passed, or the second layer is off. */
    CLEAR,
    /** The check flagged it: waiting for the teacher. */
    HELD,
    /** The teacher looked and let it through. */
    RELEASED,
    /** The teacher looked and keeps it hidden. */
    HIDDEN;

    public static final Set<SafetyStatus> SHOWN_TO_STUDENTS = Set.of(CLEAR, RELEASED);

    public boolean shownToStudents() {
        return SHOWN_TO_STUDENTS.contains(this);
    }

    public String messageKey() {
        return "image_safety_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
