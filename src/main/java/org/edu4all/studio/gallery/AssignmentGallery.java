package org.edu4all.studio.gallery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.image.StoredImage;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every image of an assignment for its teacher, filtered and paginated. Metadata only: image bytes live in another
 * table and are fetched by the browser, thumbnail by thumbnail.
 */
@ApplicationScoped
public class AssignmentGallery {

    /** One thumbnail of the page, with its hand-in when it was handed in. */
    public record Tile(StoredImage image, HandIn handIn) {
    }

    /** One page of tiles, and where the other pages are. */
    public record Page(List<Tile> tiles, long total, int number, int pages) {

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < pages;
        }
    }

    public Page page(Assignment assignment, GalleryFilter filter) {
        StringBuilder where = new StringBuilder(" where r.assignment.id = :assignment");
        Parameters params = Parameters.with("assignment", assignment.id);
        if (filter.studentId() != null) {
            where.append(" and r.student.id = :student");
            params.and("student", filter.studentId());
        }
        if (filter.handedInOnly() != null) {
            where.append(filter.handedInOnly() ? " and exists" : " and not exists")
                    .append(" (from HandIn h where h.image = i)");
        }
        if (filter.reviewStatus() != null) {
            where.append(" and exists (from HandIn h where h.image = i and h.reviewStatus = :review)");
            params.and("review", filter.reviewStatus());
        }
        long total = StoredImage.count("from StoredImage i join i.request r" + where, params);
        int pages = (int) Math.max(1, (total + GalleryFilter.PAGE_SIZE - 1) / GalleryFilter.PAGE_SIZE);
        int index = Math.min(filter.pageIndex(), pages - 1);
        List<StoredImage> images = StoredImage.<StoredImage> find("from StoredImage i join fetch i.request r"
                + " join fetch r.student" + where + " order by i.createdAt desc, i.id desc", params)
                .page(index, GalleryFilter.PAGE_SIZE).list();
        Map<Long, HandIn> handIns = new HashMap<>();
        if (!images.isEmpty()) {
            HandIn.<HandIn> list("image in ?1", images).forEach(h -> handIns.put(h.image.id, h));
        }
        List<Tile> tiles = images.stream().map(image -> new Tile(image, handIns.get(image.id))).toList();
        return new Page(tiles, total, index + 1, pages);
    }
}
