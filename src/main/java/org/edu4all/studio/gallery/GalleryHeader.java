package org.edu4all.studio.gallery;

/**
 * The assignment whose gallery is shown, as far as the page needs it.
 *
 * @param version changes whenever anything the gallery shows changes (database triggers, V11): the key of the
 *                cached pages
 */
public record GalleryHeader(long id, String title, long classId, long version) {
}
