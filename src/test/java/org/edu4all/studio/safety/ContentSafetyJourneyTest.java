package org.edu4all.studio.safety;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edu4all.studio.safety.WireMockContentSafety.DEFAULT_KEY;
import static org.edu4all.studio.safety.WireMockContentSafety.IMAGE;
import static org.edu4all.studio.safety.WireMockContentSafety.TEXT;
import static org.edu4all.studio.safety.WireMockContentSafety.analysis;
import static org.edu4all.studio.safety.WireMockContentSafety.error;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.GeneratedImage;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.GenerationSpec;
import org.edu4all.studio.generation.ImageGenerator;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.generation.provider.InjectWireMock;
import org.edu4all.studio.image.SafetyStatus;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.image.ThumbnailState;
import org.edu4all.studio.support.FormSession;
import org.edu4all.studio.support.Journeys;
import org.edu4all.studio.support.TestGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/**
 * The second safety layer in the student's journey, against WireMock serving Content Safety's documented answers:
 * the final prompt is checked before the (offline) provider, every image before the student sees it.
 */
@QuarkusTest
@WithTestResource(value = WireMockContentSafety.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ContentSafetyJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT_PROMPT = "Perro junto a la Torre Eiffel a primera hora de la mañana";

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        circuitBreakers.resetAll();
    }

    @Test
    @TestSecurity(user = "student-safety-1", roles = "student")
    void aPromptAndImagesBelowTheThresholdsPassAndTheStudentSeesThem() throws Exception {
        wireMock.stubFor(post(urlPathEqualTo(TEXT)).willReturn(analysis(0, 0, 0, 0)));
        wireMock.stubFor(post(urlPathEqualTo(IMAGE)).willReturn(analysis(0, 0, 0, 0)));

        long id = submit(Journeys.assignmentFor("student-safety-1", "teacher-safety-1", 8), "2");

        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(id).isFinal());
        assertThat(Journeys.statusOf(id)).isEqualTo(RequestStatus.SUCCEEDED);
        assertThat(Journeys.imagesOf(id)).hasSize(2).allSatisfy(image -> {
            assertThat(image.safetyStatus).isEqualTo(SafetyStatus.CLEAR);
            given().get("/images/" + image.id + "/thumb").then().statusCode(200);
        });
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(TEXT)).withQueryParam("api-version", equalTo("2024-09-01"))
                .withHeader("Ocp-Apim-Subscription-Key", equalTo(DEFAULT_KEY)));
        JsonNode text = JSON.readTree(wireMock.findAll(postRequestedFor(urlPathEqualTo(TEXT))).get(0)
                .getBodyAsString());
        assertThat(text.get("text").asText()).contains(DEFAULT_PROMPT);
        assertThat(text.get("outputType").asText()).isEqualTo("FourSeverityLevels");
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(IMAGE)));
        JsonNode image = JSON.readTree(wireMock.findAll(postRequestedFor(urlPathEqualTo(IMAGE))).get(0)
                .getBodyAsString());
        assertThat(java.util.Base64.getDecoder().decode(image.at("/image/content").asText()))
                .startsWith(0x89, 'P', 'N', 'G');
        assertThat(reload(id).providerRequest).doesNotContain(DEFAULT_KEY);
    }

    @Test
    @TestSecurity(user = "student-safety-2", roles = "student")
    void aFlaggedPromptIsBlockedOnceWithItsCategoriesAndNothingIsGenerated() {
        wireMock.stubFor(post(urlPathEqualTo(TEXT)).willReturn(analysis(0, 0, 0, 4)));

        long id = submit(Journeys.assignmentFor("student-safety-2", "teacher-safety-2", 8), "1");

        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(id).isFinal());
        GenerationRequest request = reload(id);
        assertThat(request.status).isEqualTo(RequestStatus.BLOCKED);
        assertThat(request.errorCode).isEqualTo("error_blocked_by_provider");
        assertThat(request.providerCategories).isEqualTo("Violence:4");
        assertThat(request.attempts).isEqualTo(1);
        assertThat(Journeys.imagesOf(id)).isEmpty();
        wireMock.verify(0, postRequestedFor(urlPathEqualTo(IMAGE)));
        assertThat(given().get("/requests/" + id).asString()).contains("no aceptó esta petición")
                .doesNotContain("Violence");
    }

    @Test
    @TestSecurity(user = "student-safety-3", roles = "student")
    void aFlaggedImageIsStoredButHeldAndItsMakerCannotSeeIt() {
        wireMock.stubFor(post(urlPathEqualTo(TEXT)).willReturn(analysis(0, 0, 0, 0)));
        wireMock.stubFor(post(urlPathEqualTo(IMAGE)).willReturn(analysis(0, 0, 2, 0)));

        Assignment assignment = Journeys.assignmentFor("student-safety-3", "teacher-safety-3", 8);
        long id = submit(assignment, "1");

        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(id).isFinal());
        assertThat(Journeys.statusOf(id)).isEqualTo(RequestStatus.SUCCEEDED);
        StoredImage held = Journeys.imagesOf(id).get(0);
        assertThat(held.safetyStatus).isEqualTo(SafetyStatus.HELD);
        assertThat(held.safetyCategories).isEqualTo("Sexual:2");
        String page = given().get("/requests/" + id).asString();
        assertThat(page).contains("data-withheld").contains("esperando a que tu profesor")
                .doesNotContain("/images/" + held.id + "/thumb");
        for (String path : new String[] { "", "/thumb", "/view", "/download", "/edit" }) {
            given().get("/images/" + held.id + path).then().statusCode(404);
        }
        FormSession.open("/assignments/" + assignment.id).post().formParam("title", "Mi perro")
                .formParam("altText", "Un perro junto a la torre").post("/images/" + held.id + "/hand-in")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "student-safety-4", roles = "student")
    void whenTheServiceFailsTheRequestWaitsAndRetriesNeverSkippingTheCheck() {
        wireMock.stubFor(post(urlPathEqualTo(TEXT)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(500, "InternalServerError")).willSetStateTo("up"));
        wireMock.stubFor(post(urlPathEqualTo(TEXT)).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(analysis(0, 0, 0, 0)));
        wireMock.stubFor(post(urlPathEqualTo(IMAGE)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(analysis(0, 0, 0, 0).withFixedDelay(5_000)).willSetStateTo("fast"));
        wireMock.stubFor(post(urlPathEqualTo(IMAGE)).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(analysis(0, 0, 0, 0)));

        long id = submit(Journeys.assignmentFor("student-safety-4", "teacher-safety-4", 8), "1");

        await().atMost(Duration.ofSeconds(60)).until(() -> Journeys.statusOf(id).isFinal());
        GenerationRequest request = reload(id);
        assertThat(request.status).isEqualTo(RequestStatus.SUCCEEDED);
        assertThat(request.attempts).as("a 500, then a timeout, then success").isEqualTo(3);
        assertThat(Journeys.imagesOf(id)).singleElement()
                .satisfies(image -> assertThat(image.safetyStatus).isEqualTo(SafetyStatus.CLEAR));
    }

    @Test
    @TestSecurity(user = "student-safety-5", roles = "student")
    void aRefusedKeyFailsTheRequestAsUnavailableWithoutShowingAnUncheckedImage() {
        wireMock.stubFor(post(urlPathEqualTo(TEXT)).willReturn(error(401, "401")));

        long id = submit(Journeys.assignmentFor("student-safety-5", "teacher-safety-5", 8), "1");

        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(id).isFinal());
        GenerationRequest request = reload(id);
        assertThat(request.status).isEqualTo(RequestStatus.FAILED);
        assertThat(request.errorCode).isEqualTo("error_provider_unavailable");
        assertThat(request.attempts).isEqualTo(1);
        assertThat(Journeys.imagesOf(id)).isEmpty();
    }

    @Test
    @TestSecurity(user = "student-safety-6", roles = "student")
    void anOriginalOverTheServicesLimitIsJudgedOnItsThumbnailWhichIsStoredWithIt() throws Exception {
        wireMock.stubFor(post(urlPathEqualTo(TEXT)).willReturn(analysis(0, 0, 0, 0)));
        wireMock.stubFor(post(urlPathEqualTo(IMAGE)).willReturn(analysis(0, 0, 0, 0)));
        byte[] noise = noisePng(1300, 1300);
        assertThat(noise.length).as("over the service's limit").isGreaterThan(ContentSafety.MAX_IMAGE_BYTES);
        QuarkusMock.installMockForType(new TestGenerator("big-test", "big-model", new ImageSize(1300, 1300)) {
            @Override
            public List<GeneratedImage> generate(GenerationSpec spec) {
                return List.of(new GeneratedImage(noise, "image/png", spec.size()));
            }
        }, ImageGenerator.class);

        long id = submit(Journeys.assignmentFor("student-safety-6", "teacher-safety-6", 8), "1");

        await().atMost(Duration.ofSeconds(60)).until(() -> Journeys.statusOf(id).isFinal());
        assertThat(Journeys.statusOf(id)).isEqualTo(RequestStatus.SUCCEEDED);
        StoredImage image = Journeys.imagesOf(id).get(0);
        assertThat(image.thumbnailState).as("made on the worker for the check, not again later")
                .isEqualTo(ThumbnailState.READY);
        JsonNode sent = JSON.readTree(wireMock.findAll(postRequestedFor(urlPathEqualTo(IMAGE))).get(0)
                .getBodyAsString());
        assertThat(java.util.Base64.getDecoder().decode(sent.at("/image/content").asText())).as("a JPEG thumbnail")
                .startsWith(0xFF, 0xD8, 0xFF);
    }

    /** Random pixels: a PNG cannot compress them, so it weighs about 3 bytes a pixel. */
    private static byte[] noisePng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static long submit(Assignment assignment, String count) {
        return Journeys.idFrom(Journeys.submit(assignment, DEFAULT_PROMPT, "SQUARE", count,
                UUID.randomUUID().toString()).getHeader("Location"), "/requests/");
    }

    private static GenerationRequest reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(id));
    }
}
