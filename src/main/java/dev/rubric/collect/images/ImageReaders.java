package dev.rubric.collect.images;

/** The ways an image is read, as the evidence names them ({@code images[].reader}). */
final class ImageReaders {
    static final String ARCHIVE = "archive";
    static final String REGISTRY = "registry";
    static final String ENGINE = "engine";

    private ImageReaders() {
    }
}
