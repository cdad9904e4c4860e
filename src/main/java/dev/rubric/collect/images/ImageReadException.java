package dev.rubric.collect.images;

/**
 * Why one image could not be read (unreachable engine, 401, 404, 429, a broken archive): the
 * message is the one-line reason the evidence records, and the audit goes on without the image.
 */
public final class ImageReadException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageReadException(String reason) {
        super(reason);
    }

    public ImageReadException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
