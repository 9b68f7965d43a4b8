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
                .post("/classes/" + schoolClass.id + "/assignments");

        assertThat(created.statusCode()).isEqualTo(303);
        Assignment assignment = Assignment.find("schoolClass.id", schoolClass.id).firstResult();
        assertThat(created.getHeader("Location")).endsWith("/assignments/" + assignment.id);
        assertThat(assignment.dueDate).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(assignment.imagesPerStudent).isEqualTo(6);
        assertThat(FormSession.follow(created).asString()).contains("Tarea creada.").contains("Entrega: 2026-12-18");
    }

    @Test
    @TestSecurity(user = "teacher-assignment-2", roles = "teacher")
    void invalidFieldsAreMarkedAndWhatWasTypedIsKept() {
        SchoolClass schoolClass = TestData.schoolClass(TestData.user("teacher-assignment-2", Role.TEACHER), "5º D");

        Response rejected = FormSession.open("/classes/" + schoolClass.id + "/assignments/new").post()
                .formParam("title", "").formParam("brief", "Una consigna que no quiero perder")
                .formParam("dueDate", "31/02/2026").formParam("imagesPerStudent", "mil")
                .post("/classes/" + schoolClass.id + "/assignments");

        assertThat(rejected.getHeader("Location")).endsWith("/classes/" + schoolClass.id + "/assignments/new");
        String page = FormSession.follow(rejected).asString();
        assertThat(page).contains("Escribe un título.").contains("La fecha no es válida.")
                .contains("Escribe un número entre 1 y 100.").contains("Una consigna que no quiero perder")
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
}
