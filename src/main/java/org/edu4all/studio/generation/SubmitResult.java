package org.edu4all.studio.generation;

import java.util.Map;

/** What became of a submitted prompt form. */
public sealed interface SubmitResult {

    /** Saved (or found saved already, for a repeated form): the student goes to its page. */
    record Saved(long requestId) implements SubmitResult {
    }

    /** Not saved: the form is shown again with the student's text and these field errors (bundle keys). */
    record Rejected(Map<String, String> errors, String messageKey, String messageArg) implements SubmitResult {
    }
}
