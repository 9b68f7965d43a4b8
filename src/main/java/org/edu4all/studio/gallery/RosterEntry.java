package org.edu4all.studio.gallery;

/** A student of the class, for the gallery's "student" filter. */
public record RosterEntry(long id, String displayName) {
}
