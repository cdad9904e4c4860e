package dev.rubric.render;

/** A renderer whose {@code -f} name and file extension are fixed when it is made. */
public abstract class FixedFormatRenderer implements Renderer {
    private final String format;
    private final String extension;

    protected FixedFormatRenderer(String format, String extension) {
        this.format = format;
        this.extension = extension;
    }

    @Override
    public final String format() {
        return format;
    }

    @Override
    public final String extension() {
        return extension;
    }
}
