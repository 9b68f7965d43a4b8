package org.edu4all.studio.generation;

/** Fired when a request has been committed as QUEUED, so that an idle worker picks it up at once. */
public record RequestQueued(long requestId) {
}
