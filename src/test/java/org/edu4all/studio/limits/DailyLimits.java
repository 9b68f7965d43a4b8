package org.edu4all.studio.limits;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Sets the school's daily limits straight in the database, for tests about what they do. */
final class DailyLimits {

    private DailyLimits() {
    }

    static void set(int perStudent, int perClass) {
        QuarkusTransaction.requiringNew().run(() -> UsageLimits.update(
                "imagesPerStudentPerDay = ?1, imagesPerClassPerDay = ?2 where id = ?3", perStudent, perClass,
                UsageLimits.ID));
    }
}
