package dev.rubric.collect;

/**
 * The target names something it does not hold (an unknown {@code --ref}): a usage error the user
 * must fix, so it stops the run instead of becoming a failed source.
 */
public class TargetException extends RuntimeException {
    public TargetException(String message) {
        super(message);
    }
}
