package org.edu4all.studio.gallery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The teacher's view of every image of an assignment: paginated by 48, filtered by student, hand-in and review. */
@QuarkusTest
class AssignmentGalleryTest {

    private static Assignment assignment;
    private static AppUser many;
    private static AppUser few;

    @BeforeEach
    void createOnce() {
        if (assignment != null) {
            return;
        }
        SchoolClass schoolClass = TestData.schoolClass(TestData.user("teacher-agallery-1", Role.TEACHER), "Galería");
        many = TestData.user("student-agallery-1", Role.STUDENT);
        few = TestData.user("student-agallery-2", Role.STUDENT);
        TestData.enroll(schoolClass, many);
        TestData.enroll(schoolClass, few);
        assignment = TestData.assignment(schoolClass, "Muchas imágenes", 100);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 50; i++) {
                image(many, i);
            }
            image(few, 0);
            StoredImage handedIn = image(few, 1);
            HandIn handIn = new HandIn();
            handIn.assignment = Assignment.findById(assignment.id);
            handIn.student = AppUser.findById(few.id);
            handIn.image = handedIn;
            handIn.title = "La elegida";
            handIn.altText = "Un faro";
            handIn.handedInAt = Instant.now();
            handIn.persist();
        });
    }

    @Test
    @TestSecurity(user = "teacher-agallery-1", roles = "teacher")
    void pagesOfFortyEightWithFilters() {
        String base = "/assignments/" + assignment.id + "/gallery";

        assertThat(tiles(given().get(base).asString())).isEqualTo(48);
        assertThat(given().get(base).asString()).contains("52 imágenes").contains("Página 1 de 2");
        assertThat(tiles(given().get(base + "?page=2").asString())).isEqualTo(4);
        assertThat(tiles(given().get(base + "?student=" + few.id).asString())).isEqualTo(2);
        assertThat(tiles(given().get(base + "?handedIn=yes").asString())).isEqualTo(1);
        assertThat(tiles(given().get(base + "?handedIn=no&student=" + few.id).asString())).isEqualTo(1);
        assertThat(tiles(given().get(base + "?review=PENDING").asString())).isEqualTo(1);
        assertThat(tiles(given().get(base + "?review=HIDDEN").asString())).isZero();
        assertThat(tiles(given().get(base + "?page=abc&student=x&review=nope").then().statusCode(200).extract()
                .asString())).isEqualTo(48);
    }

    @Test
    @TestSecurity(user = "teacher-agallery-1", roles = "teacher")
    void exportIsAZipOfTheImagesWithACsvAndAJson() throws java.io.IOException {
        byte[] zip = given().get("/assignments/" + assignment.id + "/export.zip").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")).extract().asByteArray();

        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet().stream().filter(name -> name.startsWith("images/"))).hasSize(52);
        String csv = new String(entries.get("images.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(53);
        assertThat(csv).contains("\"student-agallery-2\"").contains("\"La elegida\"").contains("\"Un faro\"");
        assertThat(new String(entries.get("images.json"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"final_prompt\"").contains("\"handed_in\" : true");
    }

    @Test
    void spreadsheetFormulasInPromptsAreNeutralised() {
        assertThat(GalleryExport.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(GalleryExport.csvCell("Un perro")).isEqualTo("\"Un perro\"");
    }

    @Test
    @TestSecurity(user = "teacher-agallery-2", roles = "teacher")
    void anotherTeacherGetsNotFound() {
        TestData.user("teacher-agallery-2", Role.TEACHER);
        given().get("/assignments/" + assignment.id + "/gallery").then().statusCode(404);
        given().get("/assignments/" + assignment.id + "/export.zip").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "student-agallery-1", roles = "student")
    void studentsCannotSeeEveryImage() {
        given().get("/assignments/" + assignment.id + "/gallery").then().statusCode(403);
    }

    private static int tiles(String page) {
        return page.split("class=\"gallery-item\"", -1).length - 1;
    }

    private static StoredImage image(AppUser student, int position) {
        GenerationRequest request = TestData.request(Assignment.findById(assignment.id), AppUser.findById(student.id),
                "Faro " + position, RequestStatus.SUCCEEDED);
        return TestData.storedImage(request, 0, new byte[] { 1 });
    }
}
