package org.edu4all.studio.edit;

import static org.assertj.core.api.Assertions.assertThat;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.RequestKind;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.Journeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * The uploaded mask is checked before anything else: each bad mask gets its own message on the edit page, in the
 * student's language, with their words kept; nothing is saved and nothing is a 500.
 */
@QuarkusTest
class MaskValidationTest {

    private static final String STUDENT = "student-mask-1";
    private static final int SIDE = 1024;

    private static StoredImage source;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    @TestSecurity(user = STUDENT, roles = "student")
    void anImageToEdit() {
        if (source == null) {
            Assignment assignment = Journeys.assignmentFor(STUDENT, "teacher-mask-1", 50);
            source = Edits.imageOf(assignment);
        }
    }

    static Stream<Arguments> badMasks() {
        return Stream.of(
                Arguments.of("a JPEG", Edits.jpeg(SIDE, SIDE), "no es una imagen PNG válida"),
                Arguments.of("text, not an image", "<html>hola</html>".getBytes(StandardCharsets.UTF_8),
                        "no es una imagen PNG válida"),
                Arguments.of("over 4 MB", new byte[4 * 1024 * 1024 + 1], "ocupa demasiado (el máximo son 4 MB)"),
                Arguments.of("another size", Edits.maskWithHole(512, 512, 0, 0, 10, 10),
                        "no tiene el mismo tamaño que la imagen"),
                Arguments.of("no alpha channel", Edits.opaqueRgb(SIDE, SIDE), "no tiene transparencia"),
                Arguments.of("nothing painted", Edits.maskWithHole(SIDE, SIDE, 0, 0, 0, 0),
                        "Todavía no has pintado nada"),
                Arguments.of("no mask part at all", null, "No ha llegado la zona pintada"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMasks")
    @TestSecurity(user = STUDENT, roles = "student")
    void aBadMaskIsExplainedOnTheEditPageKeepingThePrompt(String what, byte[] mask, String message) {
        String prompt = "Ponle un sombrero al perro (" + what + ")";

        Response rejected = Edits.send(source.id, prompt, mask);

        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(rejected.getHeader("Location")).endsWith("/images/" + source.id + "/edit");
        String page = FormSession.follow(rejected).asString();
        assertThat(page).contains(message).contains(prompt);
        assertThat(GenerationRequest.count("kind = ?1 and student.subject = ?2", RequestKind.EDIT, STUDENT)).isZero();
    }

    @Test
    @TestSecurity(user = STUDENT, roles = "student")
    void anUploadBeyondTheBodyLimitGetsAPageNotAFailure() throws Exception {
        // Sent like a browser sends a form: with its Content-Length (REST Assured would stream it in chunks).
        HttpResponse<String> huge = Edits.sendWithLength(base, source.id, new byte[12 * 1024 * 1024]);

        assertThat(huge.statusCode()).isEqualTo(303);
        String location = huge.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/images/" + source.id + "/edit?upload=too-large");
        assertThat(given().get(location).asString()).contains("ocupa demasiado (el máximo son 4 MB)");
        assertThat(GenerationRequest.count("kind = ?1 and student.subject = ?2", RequestKind.EDIT, STUDENT)).isZero();
    }

    @Test
    @TestSecurity(user = STUDENT, roles = "student")
    void aFormThatIsNotMultipartGetsAPageNotAFailure() {
        Response plain = FormSession.open("/images/" + source.id + "/edit").post()
                .formParam("prompt", "Ponle un sombrero al perro").post("/images/" + source.id + "/edit");

        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(plain.asString()).contains("Algo no cuadra").doesNotContain("Exception");
    }
}
