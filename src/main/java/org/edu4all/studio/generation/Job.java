package org.edu4all.studio.generation;

import java.util.UUID;

/** A claimed request, with what the worker needs to call the provider outside any transaction. */
public record Job(long requestId, int attempt, String finalPrompt, String prompt, Aspect aspect, int count, long seed,
        UUID studentPseudonym, long studentId) {
}
