package org.edu4all.studio.generation;

/** What a request asks the provider for: new images from a prompt, or an edit of one of the student's images. */
public enum RequestKind {
    GENERATE,
    EDIT
}
