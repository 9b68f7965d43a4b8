package org.edu4all.studio.generation.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** Field-by-field checks of a multipart request WireMock received. */
public final class Multipart {

    private Multipart() {
    }

    public static List<String> names(LoggedRequest request) {
        return request.getParts().stream().map(Request.Part::getName).toList();
    }

    public static void assertField(LoggedRequest request, String name, String value) {
        assertThat(part(request, name).getBody().asString()).as("multipart field %s", name).isEqualTo(value);
    }

    public static void assertFile(LoggedRequest request, String name, String fileName, String mediaType,
            byte[] bytes) {
        Request.Part part = part(request, name);
        assertThat(part.getHeader("Content-Disposition").firstValue()).as("disposition of %s", name)
                .contains("name=\"" + name + "\"").contains("filename=\"" + fileName + "\"");
        assertThat(part.getHeader("Content-Type").firstValue()).as("type of %s", name).startsWith(mediaType);
        assertThat(part.getBody().asBytes()).as("bytes of %s", name).isEqualTo(bytes);
    }

    private static Request.Part part(LoggedRequest request, String name) {
        List<Request.Part> parts = request.getParts().stream().filter(p -> name.equals(p.getName())).toList();
        assertThat(parts).as("multipart parts named %s", name).hasSize(1);
        return parts.get(0);
    }
}
