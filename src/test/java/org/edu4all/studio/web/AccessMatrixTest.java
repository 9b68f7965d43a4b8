package org.edu4all.studio.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.gallery.HandIn;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.image.SafetyStatus;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * Every route that takes an id, against the five kinds of caller: its owner (the student who made the thing, or the
 * teacher of the class, or for the policy lists an admin), a student of another class, a teacher of another class,
 * an admin and an anonymous visitor. Strangers get "not found" (or "forbidden" where their role may never use the
 * route), so ids reveal nothing; visitors are sent to sign in. POSTs carry a valid CSRF token, so what answers is the
 * ownership check and not the CSRF filter. Admins watch over the whole school and may open everything a teacher may,
 * but never act as a student (generate, hand in). {@link #everyRouteWithAnIdIsInTheMatrix} fails when a route with a
 * path parameter is added without a row here.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** Whose the thing behind the id is, so who must get through. */
    enum Owner {
        STUDENT, TEACHER, ADMIN
    }

    /**
     * @param admin  whether an admin gets through (they do wherever the owner is a teacher, and on their own routes)
     * @param path   the concrete path, from the fixture
     * @param form   form fields a POST sends (none are needed to reach the ownership check)
     */
    record Route(String method, String template, Owner owner, boolean admin, java.util.function.Function<Ids, String> path,
            Map<String, String> form) {

        String key() {
            return method + " " + template;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** The owner's things, made once for the whole matrix. */
    record Ids(long classId, long assignmentId, long closableId, long requestId, long imageId, long handInId,
            long heldImageId) {
    }

    private static Ids ids;

    /** Routes whose form carries a file, so they only take multipart bodies. */
    private static final Set<String> MULTIPART = Set.of("POST /images/{id}/edit");

    static final List<Route> ROUTES = List.of(
            // Classes
            get("/classes/{id}", Owner.STUDENT, true, i -> "/classes/" + i.classId()),
            get("/classes/{id}/gallery", Owner.STUDENT, true, i -> "/classes/" + i.classId() + "/gallery"),
            get("/classes/{id}/queue", Owner.TEACHER, true, i -> "/classes/" + i.classId() + "/queue"),
            get("/classes/{id}/moderation", Owner.TEACHER, true, i -> "/classes/" + i.classId() + "/moderation"),
            get("/classes/{classId}/assignments/new", Owner.TEACHER, true,
                    i -> "/classes/" + i.classId() + "/assignments/new"),
            get("/classes/{classId}/assignments", Owner.TEACHER, true, i -> "/classes/" + i.classId() + "/assignments"),
            post("/classes/{id}/join-code", Owner.TEACHER, true, i -> "/classes/" + i.classId() + "/join-code"),
            post("/classes/{id}/roster/{enrollmentId}/remove", Owner.TEACHER, true,
                    i -> "/classes/" + i.classId() + "/roster/" + freshEnrollment(i.classId()) + "/remove"),
            post("/classes/{classId}/assignments", Owner.TEACHER, true, i -> "/classes/" + i.classId() + "/assignments"),
            // Assignments
            get("/assignments/{id}", Owner.STUDENT, true, i -> "/assignments/" + i.assignmentId()),
            get("/assignments/{id}/edit", Owner.TEACHER, true, i -> "/assignments/" + i.assignmentId() + "/edit"),
            get("/assignments/{id}/gallery", Owner.TEACHER, true, i -> "/assignments/" + i.assignmentId() + "/gallery"),
            get("/assignments/{id}/export.zip", Owner.TEACHER, true,
                    i -> "/assignments/" + i.assignmentId() + "/export.zip"),
            get("/assignments/{id}/requests", Owner.STUDENT, true, i -> "/assignments/" + i.assignmentId() + "/requests"),
            post("/assignments/{id}", Owner.TEACHER, true, i -> "/assignments/" + i.assignmentId()),
            post("/assignments/{id}/close", Owner.TEACHER, true, i -> "/assignments/" + i.closableId() + "/close"),
            post("/assignments/{id}/reopen", Owner.TEACHER, true, i -> "/assignments/" + i.closableId() + "/reopen"),
            post("/assignments/{id}/requests", Owner.STUDENT, false, i -> "/assignments/" + i.assignmentId() + "/requests"),
            // Requests
            get("/requests/{id}", Owner.STUDENT, true, i -> "/requests/" + i.requestId()),
            get("/requests/{id}/status", Owner.STUDENT, true, i -> "/requests/" + i.requestId() + "/status"),
            new Route("POST", "/requests/{id}/more", Owner.STUDENT, false, i -> "/requests/" + i.requestId() + "/more",
                    Map.of("requestKey", UUID.randomUUID().toString())),
            // Images and hand-ins
            get("/images/{id}", Owner.STUDENT, true, i -> "/images/" + i.imageId()),
            get("/images/{id}/thumb", Owner.STUDENT, true, i -> "/images/" + i.imageId() + "/thumb"),
            get("/images/{id}/view", Owner.STUDENT, true, i -> "/images/" + i.imageId() + "/view"),
            get("/images/{id}/download", Owner.STUDENT, true, i -> "/images/" + i.imageId() + "/download"),
            get("/images/{id}/hand-in", Owner.STUDENT, false, i -> "/images/" + i.imageId() + "/hand-in"),
            get("/images/{id}/edit", Owner.STUDENT, false, i -> "/images/" + i.imageId() + "/edit"),
            post("/images/{id}/edit", Owner.STUDENT, false, i -> "/images/" + i.imageId() + "/edit"),
            // Images the second safety layer held for the teacher
            post("/images/{id}/safety/release", Owner.TEACHER, true, i -> "/images/" + i.heldImageId() + "/safety/release"),
            post("/images/{id}/safety/hide", Owner.TEACHER, true, i -> "/images/" + i.heldImageId() + "/safety/hide"),
            post("/images/{id}/hand-in", Owner.STUDENT, false, i -> "/images/" + i.imageId() + "/hand-in"),
            // Reviews
            post("/hand-ins/{id}/approve", Owner.TEACHER, true, i -> "/hand-ins/" + i.handInId() + "/approve"),
            post("/hand-ins/{id}/hide", Owner.TEACHER, true, i -> "/hand-ins/" + i.handInId() + "/hide"),
            post("/hand-ins/{id}/feedback", Owner.TEACHER, true, i -> "/hand-ins/" + i.handInId() + "/feedback"),
            // The safety policy's lists: admins only (an unknown id answers "already gone", nothing is removed)
            post("/admin/policy/terms/{id}/remove", Owner.ADMIN, true, i -> "/admin/policy/terms/0/remove"),
            post("/admin/policy/allowlist/{id}/remove", Owner.ADMIN, true, i -> "/admin/policy/allowlist/0/remove"));

    private static Route get(String template, Owner owner, boolean admin, java.util.function.Function<Ids, String> path) {
        return new Route("GET", template, owner, admin, path, Map.of());
    }

    private static Route post(String template, Owner owner, boolean admin, java.util.function.Function<Ids, String> path) {
        return new Route("POST", template, owner, admin, path, Map.of());
    }

    static List<Route> studentRoutes() {
        return ROUTES.stream().filter(route -> route.owner() == Owner.STUDENT).toList();
    }

    static List<Route> teacherRoutes() {
        return ROUTES.stream().filter(route -> route.owner() == Owner.TEACHER).toList();
    }

    static List<Route> routes() {
        return ROUTES;
    }

    @BeforeAll
    void createTheOwnersThings() {
        AppUser owner = TestData.user("matrix-owner", Role.STUDENT);
        SchoolClass schoolClass = TestData.schoolClass(TestData.user("matrix-teacher", Role.TEACHER), "Matriz");
        TestData.enroll(schoolClass, owner);
        Assignment assignment = TestData.assignment(schoolClass, "Matriz", 40);
        Assignment closable = TestData.assignment(schoolClass, "Matriz, la que se cierra", 4);
        long requestId = QuarkusTransaction.requiringNew().call(() -> TestData.request(
                Assignment.findById(assignment.id), AppUser.findById(owner.id), "Un faro en la nieve",
                RequestStatus.QUEUED).id);
        await().atMost(Duration.ofSeconds(30)).until(() -> !images(requestId).isEmpty());
        long imageId = images(requestId).get(0).id;
        long handInId = QuarkusTransaction.requiringNew().call(() -> {
            HandIn handIn = new HandIn();
            handIn.assignment = Assignment.findById(assignment.id);
            handIn.student = AppUser.findById(owner.id);
            handIn.image = StoredImage.findById(imageId);
            handIn.title = "Faro";
            handIn.altText = "Un faro en la nieve";
            handIn.handedInAt = Instant.now();
            handIn.persist();
            return handIn.id;
        });
        long heldRequestId = QuarkusTransaction.requiringNew().call(() -> TestData.request(
                Assignment.findById(assignment.id), AppUser.findById(owner.id), "Un faro en la niebla",
                RequestStatus.QUEUED).id);
        await().atMost(Duration.ofSeconds(30)).until(() -> !images(heldRequestId).isEmpty());
        long heldImageId = images(heldRequestId).get(0).id;
        // As if the second safety layer had flagged it: only then may a teacher release or hide it.
        QuarkusTransaction.requiringNew().run(() -> StoredImage.update("safetyStatus = ?1 where id = ?2",
                SafetyStatus.HELD, heldImageId));
        ids = new Ids(schoolClass.id, assignment.id, closable.id, requestId, imageId, handInId, heldImageId);

        SchoolClass otherClass = TestData.schoolClass(TestData.user("matrix-other-teacher", Role.TEACHER), "Otra");
        TestData.enroll(otherClass, TestData.user("matrix-other-student", Role.STUDENT));
    }

    @ParameterizedTest(name = "the student who owns it: {0}")
    @MethodSource("studentRoutes")
    @TestSecurity(user = "matrix-owner", roles = "student")
    void theOwningStudentGetsThrough(Route route) {
        assertGetsThrough(route, call(route, true));
    }

    @ParameterizedTest(name = "the teacher of the class: {0}")
    @MethodSource("teacherRoutes")
    @TestSecurity(user = "matrix-teacher", roles = "teacher")
    void theTeacherOfTheClassGetsThrough(Route route) {
        assertGetsThrough(route, call(route, true));
    }

    @ParameterizedTest(name = "a student of another class: {0}")
    @MethodSource("routes")
    @TestSecurity(user = "matrix-other-student", roles = "student")
    void aStudentOfAnotherClassGetsNothing(Route route) {
        assertRefused(route, call(route, true));
    }

    @ParameterizedTest(name = "a teacher of another class: {0}")
    @MethodSource("routes")
    @TestSecurity(user = "matrix-other-teacher", roles = "teacher")
    void aTeacherOfAnotherClassGetsNothing(Route route) {
        assertRefused(route, call(route, true));
    }

    @ParameterizedTest(name = "an admin: {0}")
    @MethodSource("routes")
    @TestSecurity(user = "matrix-admin", roles = "admin")
    void anAdminGetsWhatAdminsMay(Route route) {
        Response response = call(route, true);
        if (route.admin()) {
            assertGetsThrough(route, response);
        } else {
            assertRefused(route, response);
        }
    }

    @ParameterizedTest(name = "an anonymous visitor: {0}")
    @MethodSource("routes")
    void anAnonymousVisitorIsSentToSignIn(Route route) {
        Response response = call(route, false);
        assertThat(response.statusCode()).as(route.key()).isEqualTo(302);
        assertThat(response.getHeader("Location")).as(route.key()).contains("/authorize");
    }

    /**
     * The app's own routes, read from the JAX-RS annotations of its resource classes: every one with a path parameter
     * must have a row in the matrix, and every row must still be a route.
     */
    @Test
    void everyRouteWithAnIdIsInTheMatrix() {
        Set<String> declared = Routes.declared().stream().filter(route -> route.contains("{"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inMatrix = ROUTES.stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));

        assertThat(declared).as("routes with an id that have no row in the access matrix").isSubsetOf(inMatrix);
        assertThat(inMatrix).as("rows of the access matrix that are no longer routes").isSubsetOf(declared);
    }

    private static Response call(Route route, boolean signedIn) {
        String path = route.path().apply(ids);
        if (route.method().equals("GET")) {
            return given().redirects().follow(false).get(path);
        }
        if (!signedIn) {
            // A visitor has no page with a form to take a token from; sign-in comes before the CSRF check.
            return given().redirects().follow(false).contentType("application/x-www-form-urlencoded").post(path);
        }
        if (MULTIPART.contains(route.key())) {
            return FormSession.open("/classes").multipart().post(path);
        }
        return FormSession.open("/classes").post().formParams(route.form()).post(path);
    }

    private static void assertGetsThrough(Route route, Response response) {
        assertThat(response.statusCode()).as(route.key()).isIn(200, 303);
        String location = response.getHeader("Location");
        if (location != null) {
            assertThat(location).as(route.key()).doesNotContain("/authorize");
        }
    }

    /** 404 for a stranger's id, exactly like a missing one; 403 where the caller's role may never use the route. */
    private static void assertRefused(Route route, Response response) {
        assertThat(response.statusCode()).as(route.key()).isIn(403, 404);
        assertThat(response.getHeader("Content-Disposition")).as(route.key()).isNull();
    }

    /** Removing a student from the roster deletes the enrollment: every call gets a fresh one. */
    private static long freshEnrollment(long classId) {
        AppUser spare = TestData.user("matrix-spare-" + UUID.randomUUID(), Role.STUDENT);
        TestData.enroll(QuarkusTransaction.requiringNew().call(() -> SchoolClass.findById(classId)), spare);
        return QuarkusTransaction.requiringNew().call(() -> org.edu4all.studio.classroom.Enrollment
                .<org.edu4all.studio.classroom.Enrollment>find("student.id", spare.id).firstResult().id);
    }

    private static List<StoredImage> images(long requestId) {
        return QuarkusTransaction.requiringNew().call(() -> StoredImage.list("request.id", requestId));
    }
}
