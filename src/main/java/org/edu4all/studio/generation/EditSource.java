package org.edu4all.studio.generation;

/**
 * What makes a request an edit: the student's own image it starts from and the mask they painted, already checked
 * (see {@code edit.MaskCheck}).
 */
public record EditSource(long imageId, byte[] mask) {
}
