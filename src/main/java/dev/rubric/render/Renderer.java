package dev.rubric.render;

import dev.rubric.report.Report;

/** Turns a Report, and nothing else, into one output file's content. */
public interface Renderer {
    /** The format name used with -f. */
    String format();

    /** The file name written into the output directory. */
    String fileName();

    String render(Report report);
}
