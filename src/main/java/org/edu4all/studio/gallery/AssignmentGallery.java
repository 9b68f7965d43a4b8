package org.edu4all.studio.gallery;

import java.util.List;
import java.util.Optional;

import org.edu4all.studio.security.Role;
import org.edu4all.studio.security.SignedInIdentity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;

/**
 * Every image of an assignment for its teacher, filtered and paginated. Metadata only, read as records: image bytes
 * live in another table and are fetched by the browser, thumbnail by thumbnail.
 */
@ApplicationScoped
public class AssignmentGallery {

    private static final String TILE = "select new org.edu4all.studio.gallery.GalleryTile(i.id, i.position,"
            + " r.prompt, s.displayName, i.thumbWidth, i.thumbHeight, i.createdAt, i.safetyStatus, h.altText,"
            + " h.reviewStatus)";
    private static final String FROM = " from StoredImage i join i.request r join r.student s"
            + " left join HandIn h on h.image = i where r.assignment.id = :assignment";

    /** One page of tiles, and where the other pages are. */
    public record Page(List<GalleryTile> tiles, long total, int number, int pages) {

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < pages;
        }
    }

    /** What one query reads of an assignment, kept under the stamp it was read at. */
    private record Known(String title, long classId, String teacherSubject) {
    }

    private final Cache<Long, GalleryVersions.Stamped<Known>> known = Caffeine.newBuilder().maximumSize(100_000)
            .build();

    @Inject
    EntityManager em;

    @Inject
    GalleryVersions versions;

    /**
     * The assignment, if this person manages it: its class's teacher, or an admin. While the assignment's stamp holds
     * ({@link GalleryVersions}), this asks the database nothing, so a page served from the cache costs no query.
     */
    public Optional<GalleryHeader> managedBy(SignedInIdentity viewer, long assignmentId) {
        Optional<GalleryVersions.Stamped<Known>> read = versions.read(known, assignmentId, () -> em.createQuery(
                "select a.title, c.id, t.subject from Assignment a join a.schoolClass c join c.teacher t"
                        + " where a.id = :id", Tuple.class)
                .setParameter("id", assignmentId).getResultList().stream().findFirst()
                .map(row -> GalleryVersions.Stamped.of(new Known(row.get(0, String.class), row.get(1, Long.class),
                        row.get(2, String.class)), assignmentId)));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Known assignment = read.get().value();
        if (viewer.role() != Role.ADMIN && !assignment.teacherSubject().equals(viewer.subject())) {
            return Optional.empty();
        }
        return Optional.of(new GalleryHeader(assignmentId, assignment.title(), assignment.classId(),
                read.get().stamp()));
    }

    public Page page(GalleryHeader assignment, GalleryFilter filter) {
        String where = where(filter);
        long total = bind(em.createQuery("select count(i)" + FROM + where, Long.class), assignment, filter)
                .getSingleResult();
        int pages = (int) Math.max(1, (total + GalleryFilter.PAGE_SIZE - 1) / GalleryFilter.PAGE_SIZE);
        int index = Math.min(filter.pageIndex(), pages - 1);
        List<GalleryTile> tiles = bind(em.createQuery(TILE + FROM + where + " order by i.createdAt desc, i.id desc",
                GalleryTile.class), assignment, filter)
                .setFirstResult(index * GalleryFilter.PAGE_SIZE).setMaxResults(GalleryFilter.PAGE_SIZE)
                .getResultList();
        return new Page(tiles, total, index + 1, pages);
    }

    /** The class's students, by name. */
    public List<RosterEntry> roster(GalleryHeader assignment) {
        return em.createQuery("select new org.edu4all.studio.gallery.RosterEntry(s.id, s.displayName)"
                + " from Enrollment e join e.student s where e.schoolClass.id = :class order by s.displayName, s.id",
                RosterEntry.class).setParameter("class", assignment.classId()).getResultList();
    }

    private static String where(GalleryFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.studentId() != null) {
            where.append(" and s.id = :student");
        }
        if (filter.handedInOnly() != null) {
            where.append(filter.handedInOnly() ? " and h.id is not null" : " and h.id is null");
        }
        if (filter.reviewStatus() != null) {
            where.append(" and h.reviewStatus = :review");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, GalleryHeader assignment, GalleryFilter filter) {
        query.setParameter("assignment", assignment.id());
        if (filter.studentId() != null) {
            query.setParameter("student", filter.studentId());
        }
        if (filter.reviewStatus() != null) {
            query.setParameter("review", filter.reviewStatus());
        }
        return query;
    }
}
