package org.edu4all.studio.generation.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * One WireMock scenario per request: the provider answers that request's calls with its faults, in order, and then
 * with a success. Requests are told apart by a token in their prompt, so the calls made for each request can be
 * counted afterwards (a request processed twice would show one call too many).
 */
final class FaultScenarios {

    static final String GENERATIONS = "/v1/images/generations";

    private final WireMockServer wireMock;
    private final int timeoutMillis;

    FaultScenarios(WireMockServer wireMock, int timeoutMillis) {
        this.wireMock = wireMock;
        this.timeoutMillis = timeoutMillis;
    }

    /** A prompt carrying the token that the stubs match; the token reads as a word, not as leetspeak. */
    static String prompt(int request) {
        return "Un faro en la luna, dibujo numero " + token(request);
    }

    static String token(int request) {
        return "faro" + toLetters(request) + "q";
    }

    void stub(int request, List<ProviderFault> faults) {
        String scenario = token(request);
        String state = Scenario.STARTED;
        for (int i = 0; i < faults.size(); i++) {
            String next = "after-fault-" + (i + 1);
            wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).withRequestBody(containing(scenario))
                    .inScenario(scenario).whenScenarioStateIs(state).willSetStateTo(next)
                    .willReturn(faults.get(i).answer(timeoutMillis)));
            state = next;
        }
        wireMock.stubFor(post(urlPathEqualTo(GENERATIONS)).withRequestBody(containing(scenario))
                .inScenario(scenario).whenScenarioStateIs(state).willReturn(ProviderFault.success()));
    }

    /** How many calls the provider received for this request. */
    int callsFor(int request) {
        return wireMock.countRequestsMatching(postRequestedFor(urlPathEqualTo(GENERATIONS))
                .withRequestBody(containing(token(request))).build()).getCount();
    }

    /**
     * The number in the letters a to p (0 → "a", 16 → "ba"). The token ends with "q", which no number uses, so no
     * token can appear inside another one.
     */
    private static String toLetters(int number) {
        StringBuilder letters = new StringBuilder();
        int rest = number;
        do {
            letters.insert(0, (char) ('a' + rest % 16));
            rest /= 16;
        } while (rest > 0);
        return letters.toString();
    }
}
