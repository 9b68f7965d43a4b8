package org.edu4all.studio.policy.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The text of an uploaded list or prompt file. Only UTF-8 is accepted: a spreadsheet saved as Latin-1 would otherwise
 * arrive with "espa�a" in it and match nothing, silently. The admin is told instead.
 */
final class UploadedText {

    static final long MAX_BYTES = 2L * 1024 * 1024;

    /** Why an upload cannot be used, as an {@code adm} bundle key. */
    static final class Problem extends Exception {
        final String key;

        Problem(String key) {
            super(key, null, false, false);
            this.key = key;
        }
    }

    private UploadedText() {
    }

    /** A browser sends an empty part when no file was chosen. */
    static boolean isPresent(FileUpload file) {
        return file != null && file.size() > 0;
    }

    static String read(FileUpload file) throws Problem {
        if (file.size() > MAX_BYTES) {
            throw new Problem("error_file_too_big");
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Problem("error_file_not_utf8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded file", e);
        }
    }
}
