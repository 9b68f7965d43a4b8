package org.edu4all.studio.generation;

import java.util.UUID;

/**
 * A claimed request, with what the worker needs to call the provider outside any transaction.
 *
 * @param kind        an EDIT also needs its source image and mask, loaded when the worker starts on it
 * @param moreWaiting whether other requests were waiting when this one was claimed: only then does the worker wake
 *                    another thread to claim (see {@link GenerationWorker})
 */
public record Job(long requestId, int attempt, String finalPrompt, String prompt, Aspect aspect, int count, long seed,
        UUID studentPseudonym, long studentId, RequestKind kind, boolean moreWaiting) {
}
