package org.edu4all.studio.classroom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
class ClassroomResourceTest {

    @Test
    @TestSecurity(user = "teacher-classroom-1", roles = "teacher")
    void teacherCreatesClassAndSeesItsJoinCode() {
        Response created = FormSession.open("/classes").post().formParam("name", "4º B Plástica").post("/classes");

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.getHeader("Location")).matches(".*/classes/\\d+");
        String page = FormSession.follow(created).asString();
        SchoolClass schoolClass = SchoolClass.find("name", "4º B Plástica").firstResult();
        assertThat(schoolClass.joinCode).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(page).contains("4º B Plástica").contains(schoolClass.joinCode)
                .contains("Clase creada. Su código para unirse es " + schoolClass.joinCode);
    }

    @Test
    @TestSecurity(user = "teacher-classroom-2", roles = "teacher")
    void emptyClassNameIsRejectedAndTheFormShowsTheError() {
        Response rejected = FormSession.open("/classes").post().formParam("name", "   ").post("/classes");

        assertThat(rejected.statusCode()).isEqualTo(303);
        String page = FormSession.follow(rejected).asString();
        assertThat(page).contains("Escribe un nombre para la clase.").contains("aria-invalid=\"true\"");
    }

    @Test
    @TestSecurity(user = "student-classroom-1", roles = "student")
    void studentJoinsWithACodeTypedCasually() {
        AppUser teacher = TestData.user("teacher-classroom-3", Role.TEACHER);
        SchoolClass schoolClass = TestData.schoolClass(teacher, "Clase de Ana");
        String typed = " " + schoolClass.joinCode.toLowerCase().replace("-", " ") + " ";

        Response joined = FormSession.open("/classes").post().formParam("code", typed).post("/classes/join");

        assertThat(joined.getHeader("Location")).endsWith("/classes/" + schoolClass.id);
        assertThat(FormSession.follow(joined).asString()).contains("¡Ya estás en la clase Clase de Ana!");
        assertThat(Enrollment.count("schoolClass.id = ?1 and student.subject = ?2", schoolClass.id,
                "student-classroom-1")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "student-classroom-2", roles = "student")
    void wrongJoinCodeKeepsWhatWasTypedAndExplains() {
        Response rejected = FormSession.open("/classes").post().formParam("code", "ZZZZ-0000").post("/classes/join");

        String page = FormSession.follow(rejected).asString();
        assertThat(page).contains("No encontramos ninguna clase con ese código").contains("value=\"ZZZZ-0000\"");
    }

    @Test
    @TestSecurity(user = "student-classroom-3", roles = "student")
    void studentCannotSeeAClassTheyDidNotJoin() {
        AppUser teacher = TestData.user("teacher-classroom-4", Role.TEACHER);
        SchoolClass other = TestData.schoolClass(teacher, "Otra clase");

        given().get("/classes/" + other.id).then().statusCode(404);
        given().get("/classes/" + other.id + "/gallery").then().statusCode(404);
        given().get("/classes/not-a-number").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "teacher-classroom-5", roles = "teacher")
    void teacherCannotSeeAnotherTeachersClass() {
        AppUser otherTeacher = TestData.user("teacher-classroom-6", Role.TEACHER);
        SchoolClass other = TestData.schoolClass(otherTeacher, "Clase ajena");

        given().get("/classes/" + other.id).then().statusCode(404);
        given().get("/classes/" + other.id + "/gallery").then().statusCode(404);
        given().get("/classes/" + other.id + "/assignments/new").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "student-classroom-4", roles = "student")
    void studentCannotCreateClasses() {
        FormSession.open("/classes").post().formParam("name", "Mi clase").post("/classes").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "teacher-classroom-7", roles = "teacher")
    void formWithoutCsrfTokenIsRefused() {
        String page = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("name", "Sin token").post("/classes")
                .then().statusCode(400).contentType("text/html").extract().asString();
        assertThat(page).contains("Este formulario ha caducado");
        assertThat(SchoolClass.count("name", "Sin token")).isZero();
    }

    @Test
    void anonymousVisitorIsSentToSignIn() {
        Response response = given().redirects().follow(false).get("/classes");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.getHeader("Location")).contains("/authorize");
    }

    @Test
    @TestSecurity(user = "teacher-classroom-8", roles = "teacher")
    void teacherRegeneratesTheJoinCodeAndRemovesAStudentKeepingTheirWork() {
        SchoolClass schoolClass = TestData.schoolClass(TestData.user("teacher-classroom-8", Role.TEACHER), "Roster");
        AppUser student = TestData.user("student-classroom-8", Role.STUDENT);
        TestData.enroll(schoolClass, student);
        String page = "/classes/" + schoolClass.id;

        Response changed = FormSession.open(page).post().post(page + "/join-code");
        String newCode = SchoolClass.<SchoolClass> findById(schoolClass.id).joinCode;
        assertThat(newCode).isNotEqualTo(schoolClass.joinCode);
        assertThat(FormSession.follow(changed).asString()).contains("Nuevo código para unirse: " + newCode);

        Enrollment enrollment = Enrollment.find("student.id", student.id).firstResult();
        Response removed = FormSession.open(page).post().post(page + "/roster/" + enrollment.id + "/remove");
        assertThat(FormSession.follow(removed).asString()).contains("student-classroom-8 ya no está en la clase");
        assertThat(Enrollment.count("student.id", student.id)).isZero();
        assertThat(AppUser.count("id", student.id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "teacher-classroom-9", roles = "teacher")
    void rosterActionsOnAnotherTeachersClassAreRefused() {
        SchoolClass own = TestData.schoolClass(TestData.user("teacher-classroom-9", Role.TEACHER), "Mía");
        SchoolClass other = TestData.schoolClass(TestData.user("teacher-classroom-10", Role.TEACHER), "Suya");
        AppUser student = TestData.user("student-classroom-10", Role.STUDENT);
        TestData.enroll(other, student);
        Enrollment enrollment = Enrollment.find("student.id", student.id).firstResult();
        FormSession session = FormSession.open("/classes/" + own.id);

        session.post().post("/classes/" + other.id + "/join-code").then().statusCode(404);
        session.post().post("/classes/" + other.id + "/roster/" + enrollment.id + "/remove").then().statusCode(404);
        session.post().post("/classes/" + own.id + "/roster/" + enrollment.id + "/remove").then().statusCode(404);
        assertThat(Enrollment.count("student.id", student.id)).isEqualTo(1);
        assertThat(SchoolClass.<SchoolClass> findById(other.id).joinCode).isEqualTo(other.joinCode);
    }
}
