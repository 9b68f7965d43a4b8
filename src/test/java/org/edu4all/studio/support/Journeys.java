package org.edu4all.studio.support;

import java.util.List;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/** Steps of the student journey that many tests share: a class to work in, a prompt sent like the browser does. */
public final class Journeys {

    private Journeys() {
    }

    /** A class of {@code teacher} with {@code student} enrolled, and an assignment allowing {@code images}. */
    public static Assignment assignmentFor(String student, String teacher, int images) {
        AppUser studentUser = TestData.user(student, Role.STUDENT);
        SchoolClass schoolClass = TestData.schoolClass(TestData.user(teacher, Role.TEACHER), "Clase " + teacher);
        TestData.enroll(schoolClass, studentUser);
        return TestData.assignment(schoolClass, "Monumentos en nuevos contextos", images);
    }

    /** Sends the prompt form of the assignment page; the response is the 303 of Post/Redirect/Get. */
    public static Response submit(Assignment assignment, String prompt, String aspect, String count, String key) {
        return FormSession.open("/assignments/" + assignment.id).post()
                .formParam("prompt", prompt).formParam("aspect", aspect).formParam("count", count)
                .formParam("requestKey", key)
                .post("/assignments/" + assignment.id + "/requests");
    }

    public static long idFrom(String location, String prefix) {
        return Long.parseLong(location.substring(location.indexOf(prefix) + prefix.length()));
    }

    public static RequestStatus statusOf(long requestId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> GenerationRequest.<GenerationRequest> findById(requestId).status);
    }

    public static List<StoredImage> imagesOf(long requestId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> StoredImage.list("request.id = ?1 order by position", requestId));
    }
}
