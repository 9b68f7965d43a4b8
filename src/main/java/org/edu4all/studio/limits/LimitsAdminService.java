package org.edu4all.studio.limits;

import java.time.Instant;

import org.edu4all.studio.security.AppUser;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Saves the daily quotas; the change and its audit entry commit together. */
@ApplicationScoped
public class LimitsAdminService {

    /** @return false when nothing changed (then nothing is audited) */
    @Transactional
    public boolean save(long actorId, int perStudent, int perClass) {
        UsageLimits limits = UsageLimits.findById(UsageLimits.ID, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (limits.imagesPerStudentPerDay == perStudent && limits.imagesPerClassPerDay == perClass) {
            return false;
        }
        String before = limits.auditText();
        AppUser actor = AppUser.findById(actorId);
        limits.imagesPerStudentPerDay = perStudent;
        limits.imagesPerClassPerDay = perClass;
        limits.updatedAt = Instant.now();
        limits.updatedBy = actor;
        UsageLimitsChange change = new UsageLimitsChange();
        change.actor = actor;
        change.at = limits.updatedAt;
        change.beforeText = before;
        change.afterText = limits.auditText();
        change.persist();
        Log.infof("Daily limits changed by user %d: %d per student, %d per class", actorId, perStudent, perClass);
        return true;
    }
}
