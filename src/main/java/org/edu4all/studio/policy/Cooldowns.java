package org.edu4all.studio.policy;

import java.time.Instant;
import java.util.Optional;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.security.AppUser;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Repeated blocked attempts (by default 5 within 10 minutes) put a student on a short cool-down and flag them to the
 * teacher. The point is a pause and a conversation, not a punishment, and it also protects the school's provider
 * account from abuse monitoring.
 */
@ApplicationScoped
public class Cooldowns {

    @Inject
    PolicyConfig config;

    /** When the student's current cool-down ends, if they are on one. */
    public Optional<Instant> activeUntil(AppUser student) {
        ModerationFlag latest = ModerationFlag.find("student.id = ?1 and cooldownUntil > ?2 order by cooldownUntil desc",
                student.id, Instant.now()).firstResult();
        return Optional.ofNullable(latest).map(flag -> flag.cooldownUntil);
    }

    /** Called in the transaction that saved a blocked request: flags the student once they cross the threshold. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBlocked(AppUser student, Assignment assignment) {
        Instant now = Instant.now();
        long recent = GenerationRequest.count("student.id = ?1 and status = ?2 and verdictCategory is not null"
                + " and createdAt > ?3", student.id, RequestStatus.BLOCKED, now.minus(config.cooldownWindow()));
        if (recent < config.cooldownAfter() || activeUntil(student).isPresent()) {
            return;
        }
        ModerationFlag flag = new ModerationFlag();
        flag.student = AppUser.findById(student.id);
        flag.assignment = assignment;
        flag.blockedCount = (int) recent;
        flag.cooldownUntil = now.plus(config.cooldownDuration());
        flag.createdAt = now;
        flag.persist();
        Log.infof("Student %d flagged after %d blocked prompts; cool-down until %s", student.id, recent,
                flag.cooldownUntil);
    }
}
