package org.edu4all.studio.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What counts against a student's allowance for an assignment: the images of every request in any status but FAILED
 * and BLOCKED, and only that student's in that assignment.
 */
@QuarkusTest
class ImagesUsedTest {

    @Test
    void everyStatusButFailedAndBlockedCountsImagesOfThisStudentInThisAssignment() {
        AppUser student = TestData.user("images-used-student", Role.STUDENT);
        AppUser classmate = TestData.user("images-used-classmate", Role.STUDENT);
        SchoolClass schoolClass = TestData.schoolClass(TestData.user("images-used-teacher", Role.TEACHER), "5ºB");
        Assignment assignment = TestData.assignment(schoolClass, "Faros", 100);
        Assignment other = TestData.assignment(schoolClass, "Puentes", 100);

        // Rolled back, so the queue's workers never pick these requests up and change their status meanwhile.
        TestData.inRolledBackTransaction(() -> {
            Assignment here = Assignment.findById(assignment.id);
            AppUser me = AppUser.findById(student.id);
            // A different count for each status that counts (1 to 4, the schema's range), so that leaving any one
            // out changes the sum; 4 for each that does not, so that counting either shows too.
            Map<RequestStatus, Integer> counts = Map.of(RequestStatus.QUEUED, 1, RequestStatus.RUNNING, 2,
                    RequestStatus.WAITING_RETRY, 3, RequestStatus.SUCCEEDED, 4, RequestStatus.FAILED, 4,
                    RequestStatus.BLOCKED, 4);
            for (RequestStatus status : RequestStatus.values()) {
                TestData.request(here, me, "Un faro " + status, status).imageCount = counts.get(status);
            }
            TestData.request(here, AppUser.findById(classmate.id), "El faro de mi compañera", RequestStatus.QUEUED);
            TestData.request(Assignment.findById(other.id), me, "Un puente", RequestStatus.SUCCEEDED);

            assertThat(GenerationRequest.imagesUsed(here, me)).isEqualTo(1 + 2 + 3 + 4);
            assertThat(GenerationRequest.imagesUsed(Assignment.findById(other.id), me)).isEqualTo(1);
        });
    }
}
