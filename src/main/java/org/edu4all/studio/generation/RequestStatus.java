package org.edu4all.studio.generation;

/** Where a generation request is in its life. The last three are final. */
public enum RequestStatus {
    QUEUED,
    RUNNING,
    WAITING_RETRY,
    SUCCEEDED,
    BLOCKED,
    FAILED;

    /** The message-bundle key of the status, for example {@code status_queued}. */
    public String messageKey() {
        return "status_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isFinal() {
        return this == SUCCEEDED || this == BLOCKED || this == FAILED;
    }
}
