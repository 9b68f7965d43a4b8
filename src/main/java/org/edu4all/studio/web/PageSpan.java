package org.edu4all.studio.web;

/**
 * Where a paginated list is: the page shown, from 1, and how many pages there are (at least 1, so an empty list still
 * has its page 1).
 */
public record PageSpan(int page, int pages) {

    /**
     * The page to show for a {@code ?page=} parameter. It arrives as text: "abc" from a hand-edited URL shows page 1
     * rather than an error, and a number out of range shows the nearest page that exists.
     */
    public static PageSpan of(String requested, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int page;
        try {
            page = requested == null ? 1 : Integer.parseInt(requested.strip());
        } catch (NumberFormatException e) {
            page = 1;
        }
        return new PageSpan(Math.min(Math.max(1, page), pages), pages);
    }

    /** The zero-based page index, as Panache's {@code page(index, size)} takes it. */
    public int index() {
        return page - 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }
}
