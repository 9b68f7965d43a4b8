package org.edu4all.studio.gallery;

import java.util.Locale;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The teacher's filters on an assignment's images, from the query string. Anything unreadable means "any", so a
 * tampered link still shows a page.
 */
public record GalleryFilter(@RestQuery String student, @RestQuery String handedIn, @RestQuery String review,
        @RestQuery String page) {

    public static final int PAGE_SIZE = 48;

    public Long studentId() {
        try {
            return student == null || student.isBlank() ? null : Long.valueOf(student.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code TRUE}: handed in only; {@code FALSE}: not handed in; {@code null}: any. */
    public Boolean handedInOnly() {
        return "yes".equals(handedIn) ? Boolean.TRUE : "no".equals(handedIn) ? Boolean.FALSE : null;
    }

    public ReviewStatus reviewStatus() {
        try {
            return review == null || review.isBlank() ? null : ReviewStatus.valueOf(review.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** 0-based page index. */
    public int pageIndex() {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The query string for another page with the same filters. */
    public String queryFor(int pageNumber) {
        StringBuilder query = new StringBuilder("?page=").append(pageNumber);
        if (studentId() != null) {
            query.append("&student=").append(studentId());
        }
        if (handedInOnly() != null) {
            query.append("&handedIn=").append(handedInOnly() ? "yes" : "no");
        }
        if (reviewStatus() != null) {
            query.append("&review=").append(reviewStatus().name());
        }
        return query.toString();
    }
}
