package org.edu4all.studio.gallery;

import java.time.Instant;

import org.edu4all.studio.image.SafetyStatus;

/**
 * One thumbnail of a teacher's assignment gallery: just what the tile shows, read in one query (no entities, so
 * nothing to track or to load lazily while the page renders).
 *
 * @param altText      the hand-in's alt text, or {@code null} when the image was not handed in
 * @param reviewStatus the hand-in's review, or {@code null} when the image was not handed in
 */
public record GalleryTile(long imageId, int position, String prompt, String studentName, int thumbWidth,
        int thumbHeight, Instant createdAt, SafetyStatus safetyStatus, String altText, ReviewStatus reviewStatus) {

    /** 1-based, as the student saw it on their request's page. */
    public int number() {
        return position + 1;
    }

    public boolean handedIn() {
        return reviewStatus != null;
    }

    public boolean shownToStudents() {
        return safetyStatus.shownToStudents();
    }
}
