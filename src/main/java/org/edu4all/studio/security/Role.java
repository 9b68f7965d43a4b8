package org.edu4all.studio.security;

import java.util.Set;

/** The three roles an OIDC identity can carry. A person with several gets the strongest one. */
public enum Role {
    STUDENT,
    TEACHER,
    ADMIN;

    public static final String STUDENT_NAME = "student";
    public static final String TEACHER_NAME = "teacher";
    public static final String ADMIN_NAME = "admin";

    /** The message-bundle key of the role's name, for example {@code role_teacher}. */
    public String messageKey() {
        return "role_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The strongest of the identity's roles, or {@code null} when it has none of ours. */
    public static Role strongestOf(Set<String> roles) {
        if (roles.contains(ADMIN_NAME)) {
            return ADMIN;
        }
        if (roles.contains(TEACHER_NAME)) {
            return TEACHER;
        }
        if (roles.contains(STUDENT_NAME)) {
            return STUDENT;
        }
        return null;
    }
}
