package org.edu4all.studio.policy.admin;

/**
 * A line of an imported list that cannot be read.
 *
 * @param line      its number, from 1, as an editor shows it
 * @param reasonKey the {@code adm} bundle key that says what is wrong
 * @param text      the line itself, shortened, so the admin can find it
 */
public record LineError(int line, String reasonKey, String text) {
}
