package org.edu4all.studio.generation;

/**
 * One image as a provider returned it. The bytes are kept exactly as received (never re-encoded) so that
 * provenance metadata such as C2PA content credentials survives.
 */
public record GeneratedImage(byte[] bytes, String mediaType, ImageSize size) {
}
