package org.edu4all.studio.gallery;

/**
 * The assignment whose gallery is shown, as far as the page needs it.
 *
 * @param stamp how far this instance has seen the gallery change ({@link GalleryVersions}): the key of its cached
 *              pages; {@code null} while changes cannot be seen, and then nothing is cached
 */
public record GalleryHeader(long id, String title, long classId, GalleryVersions.Stamp stamp) {
}
