package org.edu4all.studio.edit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edu4all.studio.edit.Edits.DEFAULT_EDIT_PROMPT;
import static org.edu4all.studio.generation.provider.WireMockProviders.DEFAULT_AZURE_KEY;
import static org.edu4all.studio.generation.provider.WireMockProviders.DEFAULT_DEPLOYMENT;

import java.time.Duration;
import java.util.List;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.ImageGenerator;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.generation.azure.AzureOpenAiImageGenerator;
import org.edu4all.studio.generation.provider.InjectWireMock;
import org.edu4all.studio.generation.provider.Multipart;
import org.edu4all.studio.generation.provider.TestImages;
import org.edu4all.studio.generation.provider.WireMockProviders;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.support.Journeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/**
 * The worker's path for an EDIT request with Azure OpenAI as the provider (WireMock): the student's image, their
 * mask and the wrapped edit prompt go to {@code /images/edits} as multipart, checked field by field, and the answer
 * is stored as the request's image.
 */
@QuarkusTest
@WithTestResource(value = WireMockProviders.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EditWithAzureWorkerTest {

    private static final String EDITS = "/openai/deployments/" + DEFAULT_DEPLOYMENT + "/images/edits";
    private static final String STUDENT = "student-edit-azure-1";

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    AzureOpenAiImageGenerator azure;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        circuitBreakers.resetAll();
    }

    @Test
    @TestSecurity(user = STUDENT, roles = "student")
    void anEditRequestIsSentToTheEditsEndpointWithImageMaskAndPrompt() {
        Assignment assignment = Journeys.assignmentFor(STUDENT, "teacher-edit-azure-1", 8);
        StoredImage source = Edits.imageOf(assignment); // made offline, before Azure takes over
        byte[] sourceBytes = Edits.bytesOf(source.id);
        byte[] mask = Edits.maskWithHole(1024, 1024, 100, 100, 300, 200);
        byte[] edited = TestImages.png(1024, 1024);
        wireMock.stubFor(post(urlPathEqualTo(EDITS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(TestImages.b64Answer(edited))));
        QuarkusMock.installMockForType(azure, ImageGenerator.class);

        long requestId = Journeys.idFrom(Edits.send(source.id, DEFAULT_EDIT_PROMPT, mask).getHeader("Location"),
                "/requests/");

        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.statusOf(requestId).isFinal());
        GenerationRequest request = QuarkusTransaction.requiringNew().call(() -> GenerationRequest.findById(requestId));
        assertThat(request.status).isEqualTo(RequestStatus.SUCCEEDED);
        assertThat(request.provider).isEqualTo("azure-openai");
        assertThat(request.providerRequest).contains("\"mask\"").contains("image/png").doesNotContain(DEFAULT_AZURE_KEY);
        assertThat(Edits.bytesOf(Journeys.imagesOf(requestId).get(0).id)).isEqualTo(edited);

        // One call, or a few when a busy machine pushed one past the adapter's short test timeout: each the same.
        List<LoggedRequest> calls = wireMock.findAll(postRequestedFor(urlPathEqualTo(EDITS)));
        assertThat(calls).hasSize(request.attempts);
        LoggedRequest call = calls.get(calls.size() - 1);
        assertThat(call.getHeader("api-key")).isEqualTo(DEFAULT_AZURE_KEY);
        assertThat(call.getHeader("Content-Type")).startsWith("multipart/form-data");
        Multipart.assertFile(call, "image", "image.png", "image/png", sourceBytes);
        Multipart.assertFile(call, "mask", "mask.png", "image/png", mask);
        Multipart.assertField(call, "prompt", request.finalPrompt);
        assertThat(request.finalPrompt).endsWith(DEFAULT_EDIT_PROMPT);
        Multipart.assertField(call, "n", "1");
        Multipart.assertField(call, "size", "1024x1024");
        Multipart.assertField(call, "output_format", "png");
        String pseudonym = QuarkusTransaction.requiringNew()
                .call(() -> AppUser.findBySubject(STUDENT).orElseThrow().pseudonym.toString());
        Multipart.assertField(call, "user", pseudonym);
        assertThat(Multipart.names(call)).doesNotContain("temperature", "seed");
    }
}
