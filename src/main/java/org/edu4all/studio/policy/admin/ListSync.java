package org.edu4all.studio.policy.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Brings one list table to an imported list: "add" inserts what is new and leaves the rest alone; "replace" also
 * removes what the import does not have and updates entries whose category or spelling changed. Rows are matched
 * like the engine matches text, ignoring case: "Espada" and "espada" are one entry.
 *
 * <p>Runs inside the caller's transaction. Rows that go are deleted first, with one bulk statement, because Hibernate
 * flushes inserts before deletes and the table has a unique key.
 *
 * @param <T> the list's entry type
 */
abstract class ListSync<T> {

    /** What changed, and the readable diff for the audit log. */
    record Result(int added, int updated, int removed, int unchanged, List<String> minus, List<String> plus) {
        boolean changed() {
            return added + updated + removed > 0;
        }
    }

    record Row<T>(long id, T value) {
    }

    abstract List<Row<T>> rows();

    abstract String text(T entry);

    abstract String language(T entry);

    abstract void insert(T entry);

    abstract void update(long id, T entry);

    abstract void deleteAll(List<Long> ids);

    abstract String added(T entry);

    abstract String removed(T entry);

    Result apply(List<T> imported, boolean replace) {
        Map<String, T> incoming = new LinkedHashMap<>();
        for (T entry : imported) {
            incoming.putIfAbsent(key(entry), entry);          // the first of a repeated line wins
        }
        Map<String, Row<T>> existing = new LinkedHashMap<>();
        List<Row<T>> going = new ArrayList<>();
        for (Row<T> row : rows()) {
            String key = key(row.value());
            boolean twin = existing.putIfAbsent(key, row) != null;   // "Espada" next to "espada", from older data
            if (replace && (twin || !incoming.containsKey(key))) {
                going.add(row);
            }
        }
        List<String> minus = new ArrayList<>();
        List<String> plus = new ArrayList<>();
        Set<Long> goingIds = new HashSet<>();
        going.forEach(row -> {
            goingIds.add(row.id());
            minus.add(removed(row.value()));
        });
        if (!goingIds.isEmpty()) {
            deleteAll(List.copyOf(goingIds));
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<String, T> entry : incoming.entrySet()) {
            Row<T> row = existing.get(entry.getKey());
            T value = entry.getValue();
            if (row == null) {
                insert(value);
                plus.add(added(value));
                added++;
            } else if (replace && !row.value().equals(value)) {
                update(row.id(), value);
                minus.add(removed(row.value()));
                plus.add(added(value));
                updated++;
            } else {
                unchanged++;
            }
        }
        return new Result(added, updated, going.size(), unchanged, minus, plus);
    }

    private String key(T entry) {
        return text(entry).toLowerCase(Locale.ROOT) + "\t" + language(entry);
    }
}
