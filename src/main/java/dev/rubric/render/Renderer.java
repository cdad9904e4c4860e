package dev.rubric.render;

import dev.rubric.report.Report;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a Report, and nothing else, into one output. It streams, so a large report is never held
 * in memory twice, and it neither opens nor closes {@code out}: where the bytes go is the caller's
 * business.
 */
public interface Renderer {
    /** The format name used with -f. */
    String format();

    /** The file is written as {@code rubric-report.<extension>}. */
    String extension();

    void render(Report report, OutputStream out) throws IOException;

    /** This renderer with a consultant's title, client and logo; formats that show none ignore it. */
    default Renderer branded(Branding branding) {
        return this;
    }
}
