package org.edu4all.studio.generation.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import org.edu4all.studio.generation.provider.TestImages;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

/** The ways a provider call goes wrong, as WireMock answers. Every one of them is transient for the queue. */
enum ProviderFault {

    /** A 429 with {@code Retry-After} in seconds: the whole provider pauses that long. */
    RATE_LIMITED_SECONDS {
        @Override
        ResponseDefinitionBuilder answer(int timeoutMillis) {
            return json(429, TestImages.errorBody("rate_limited")).withHeader("Retry-After", "1");
        }
    },
    /** A 429 with Azure's {@code retry-after-ms}. */
    RATE_LIMITED_MILLIS {
        @Override
        ResponseDefinitionBuilder answer(int timeoutMillis) {
            return json(429, TestImages.errorBody("rate_limited")).withHeader("retry-after-ms", "400");
        }
    },
    SERVER_ERROR {
        @Override
        ResponseDefinitionBuilder answer(int timeoutMillis) {
            return json(500, TestImages.errorBody("server_error"));
        }
    },
    UNAVAILABLE {
        @Override
        ResponseDefinitionBuilder answer(int timeoutMillis) {
            return json(503, "{\"error\":{\"code\":\"unavailable\",\"message\":\"try again later\"}}");
        }
    },
    CONNECTION_RESET {
        @Override
        ResponseDefinitionBuilder answer(int timeoutMillis) {
            return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
        }
    },
    /** A success that arrives a second after the client's read timeout: the answer is dropped, the call retried. */
    HANG_PAST_TIMEOUT {
        @Override
        ResponseDefinitionBuilder answer(int timeoutMillis) {
            return json(200, TestImages.b64Answer(ProviderFault.square())).withFixedDelay(timeoutMillis + 1000);
        }
    },
    MALFORMED_JSON {
        @Override
        ResponseDefinitionBuilder answer(int timeoutMillis) {
            return json(200, "{\"created\":1698116662,\"data\":[{\"b64_json\":");
        }
    };

    private static byte[] square;

    abstract ResponseDefinitionBuilder answer(int timeoutMillis);

    /** A successful answer: one square PNG, the size every model here uses for SQUARE. */
    static ResponseDefinitionBuilder success() {
        return json(200, TestImages.b64Answer(square()));
    }

    static synchronized byte[] square() {
        if (square == null) {
            square = TestImages.png(1024, 1024);
        }
        return square;
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
