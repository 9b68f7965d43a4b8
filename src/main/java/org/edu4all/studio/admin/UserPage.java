package org.edu4all.studio.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.web.PageSpan;

/**
 * One page of the people who have signed in, by name, with their role, when they were last seen and their classes
 * (the ones they teach, or the ones they attend).
 */
public record UserPage(List<Row> rows, PageSpan span, long total) {

    public record Row(String name, Role role, Instant lastSeenAt, List<String> classes) {
    }

    /** @param requested the {@code ?page=} parameter as typed (see {@link PageSpan#of}) */
    static UserPage load(String requested, int size) {
        long total = AppUser.count();
        PageSpan span = PageSpan.of(requested, total, size);
        List<AppUser> users = AppUser.<AppUser>find("order by lower(displayName), id").page(span.index(), size).list();
        List<Long> ids = users.stream().map(user -> user.id).toList();
        Map<Long, TreeSet<String>> classes = classesOf(ids);
        List<Row> rows = users.stream().map(user -> new Row(user.displayName, user.role, user.lastSeenAt,
                List.copyOf(classes.getOrDefault(user.id, new TreeSet<>())))).toList();
        return new UserPage(rows, span, total);
    }

    /** Two queries for the whole page, whatever its size: the classes taught and the classes attended. */
    private static Map<Long, TreeSet<String>> classesOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> taught = AppUser.getEntityManager().createQuery(
                "select c.teacher.id, c.name from SchoolClass c where c.teacher.id in ?1", Object[].class)
                .setParameter(1, ids).getResultList();
        List<Object[]> attended = AppUser.getEntityManager().createQuery(
                "select e.student.id, e.schoolClass.name from Enrollment e where e.student.id in ?1", Object[].class)
                .setParameter(1, ids).getResultList();
        return java.util.stream.Stream.concat(taught.stream(), attended.stream())
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.toCollection(TreeSet::new))));
    }
}
