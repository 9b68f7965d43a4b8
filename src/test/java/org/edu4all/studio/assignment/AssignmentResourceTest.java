package org.edu4all.studio.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
class AssignmentResourceTest {

    @Test
    @TestSecurity(user = "teacher-assignment-1", roles = "teacher")
    void teacherCreatesAnAssignment() {
        SchoolClass schoolClass = TestData.schoolClass(TestData.user("teacher-assignment-1", Role.TEACHER), "5º C");
        String form = "/classes/" + schoolClass.id + "/assignments/new";

        Response created = FormSession.open(form).post()
                .formParam("title", "Monumentos en nuevos contextos")
                .formParam("brief", "Imagina un monumento famoso en otro lugar.")
                .formParam("dueDate", "2026-12-18").formParam("imagesPerStudent", "6")
                .formParam("aspects", "LANDSCAPE").formParam("aspects", "PORTRAIT")
                .formParam("approvalRequired", "on")
                .post("/classes/" + schoolClass.id + "/assignments");

        assertThat(created.statusCode()).isEqualTo(303);
        Assignment assignment = Assignment.find("schoolClass.id", schoolClass.id).firstResult();
        assertThat(created.getHeader("Location")).endsWith("/assignments/" + assignment.id);
        assertThat(assignment.dueDate).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(assignment.imagesPerStudent).isEqualTo(6);
        assertThat(assignment.aspects()).containsExactly(org.edu4all.studio.generation.Aspect.LANDSCAPE,
                org.edu4all.studio.generation.Aspect.PORTRAIT);
        assertThat(assignment.approvalRequired).isTrue();
        assertThat(FormSession.follow(created).asString()).contains("Tarea creada.").contains("Entrega: 2026-12-18");
    }

    @Test
    @TestSecurity(user = "teacher-assignment-2", roles = "teacher")
    void invalidFieldsAreMarkedAndWhatWasTypedIsKept() {
        SchoolClass schoolClass = TestData.schoolClass(TestData.user("teacher-assignment-2", Role.TEACHER), "5º D");

        Response rejected = FormSession.open("/classes/" + schoolClass.id + "/assignments/new").post()
                .formParam("title", "").formParam("brief", "Una consigna que no quiero perder")
                .formParam("dueDate", "31/02/2026").formParam("imagesPerStudent", "mil")
                .formParam("aspects", "PANORAMIC")
                .post("/classes/" + schoolClass.id + "/assignments");

        assertThat(rejected.getHeader("Location")).endsWith("/classes/" + schoolClass.id + "/assignments/new");
        String page = FormSession.follow(rejected).asString();
        assertThat(page).contains("Escribe un título.").contains("La fecha no es válida.")
                .contains("Escribe un número entre 1 y 100.").contains("Una consigna que no quiero perder")
                .contains("Elige al menos una forma de imagen.")
                .contains("value=\"31/02/2026\"").contains("value=\"mil\"");
        assertThat(Assignment.count("schoolClass.id", schoolClass.id)).isZero();
    }

    @Test
    @TestSecurity(user = "teacher-assignment-3", roles = "teacher")
    void teacherCannotAddAssignmentsToAnotherTeachersClass() {
        TestData.user("teacher-assignment-3", Role.TEACHER);
        SchoolClass other = TestData.schoolClass(TestData.user("teacher-assignment-4", Role.TEACHER), "Ajena");
        SchoolClass own = TestData.schoolClass(TestData.user("teacher-assignment-3", Role.TEACHER), "Propia");

        given().get("/classes/" + other.id + "/assignments/new").then().statusCode(404);
        FormSession.open("/classes/" + own.id + "/assignments/new").post()
                .formParam("title", "Intruso").formParam("brief", "x").formParam("imagesPerStudent", "4")
                .post("/classes/" + other.id + "/assignments")
                .then().statusCode(404);
        assertThat(Assignment.count("title", "Intruso")).isZero();
    }

    @Test
    @TestSecurity(user = "student-assignment-1", roles = "student")
    void studentsCannotCreateAssignments() {
        SchoolClass schoolClass = TestData.schoolClass(TestData.user("teacher-assignment-5", Role.TEACHER), "5º E");
        given().get("/classes/" + schoolClass.id + "/assignments/new").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "teacher-assignment-6", roles = "teacher")
    void teacherEditsAndClosesAnAssignment() {
        SchoolClass schoolClass = TestData.schoolClass(TestData.user("teacher-assignment-6", Role.TEACHER), "6º A");
        Assignment assignment = TestData.assignment(schoolClass, "Primer título", 4);

        String form = given().get("/assignments/" + assignment.id + "/edit").then().statusCode(200).extract()
                .asString();
        assertThat(form).contains("value=\"Primer título\"").contains("value=\"4\"");
        Response saved = FormSession.open("/assignments/" + assignment.id + "/edit").post()
                .formParam("title", "Título nuevo").formParam("brief", "Consigna nueva")
                .formParam("imagesPerStudent", "5").formParam("aspects", "SQUARE")
                .post("/assignments/" + assignment.id);
        assertThat(FormSession.follow(saved).asString()).contains("Tarea guardada.").contains("Título nuevo");

        Response closed = FormSession.open("/assignments/" + assignment.id).post()
                .post("/assignments/" + assignment.id + "/close");
        assertThat(FormSession.follow(closed).asString()).contains("Tarea cerrada");
        Assignment reloaded = Assignment.findById(assignment.id);
        assertThat(reloaded.isClosed()).isTrue();
        assertThat(reloaded.allowedAspects).isEqualTo("SQUARE");
    }

    @Test
    @TestSecurity(user = "teacher-assignment-7", roles = "teacher")
    void anotherTeacherCannotEditOrClose() {
        TestData.user("teacher-assignment-7", Role.TEACHER);
        SchoolClass other = TestData.schoolClass(TestData.user("teacher-assignment-8", Role.TEACHER), "Ajena 2");
        Assignment assignment = TestData.assignment(other, "No es mía", 4);
        SchoolClass own = TestData.schoolClass(TestData.user("teacher-assignment-7", Role.TEACHER), "Propia 2");

        given().get("/assignments/" + assignment.id + "/edit").then().statusCode(404);
        FormSession session = FormSession.open("/classes/" + own.id + "/assignments/new");
        session.post().post("/assignments/" + assignment.id + "/close").then().statusCode(404);
        session.post().formParam("title", "Hackeada").formParam("brief", "x").formParam("imagesPerStudent", "4")
                .formParam("aspects", "SQUARE").post("/assignments/" + assignment.id).then().statusCode(404);
        Assignment reloaded = Assignment.findById(assignment.id);
        assertThat(reloaded.title).isEqualTo("No es mía");
        assertThat(reloaded.isClosed()).isFalse();
    }
}
