package dev.rubric.engine;

import dev.rubric.render.Renderer;
import dev.rubric.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes each selected format of a report into the output directory, each file atomically. */
public final class ReportWriter {
    private static final String BASE_NAME = "rubric-report";

    private final Path directory;

    public ReportWriter(Path directory) {
        this.directory = directory;
    }

    /** Returns the files written, resolved against the directory as given, so they read as the user typed it. */
    public List<Path> write(Report report, List<Renderer> renderers) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Renderer renderer : renderers) {
                Path file = directory.resolve(BASE_NAME + "." + renderer.extension());
                AtomicFile.write(file, out -> renderer.render(report, out));
                written.add(file);
            }
        } catch (IOException e) {
            throw new UserError("cannot write the report to '" + directory + "': " + e.getMessage());
        }
        return written;
    }
}
