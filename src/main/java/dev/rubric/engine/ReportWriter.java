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

    /** Refuses a directory that cannot be one before anything is scanned, instead of after. */
    public void checkDirectory() {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UserError("cannot write the report to '" + directory + "': it is a file, not a folder");
        }
    }

    /** The files {@link #write} writes for these renderers: the auditors must not read them back. */
    public List<Path> files(List<Renderer> renderers) {
        return renderers.stream().map(this::file).toList();
    }

    private Path file(Renderer renderer) {
        return directory.resolve(BASE_NAME + "." + renderer.extension());
    }

    /** Returns the files written, resolved against the directory as given, so they read as the user typed it. */
    public List<Path> write(Report report, List<Renderer> renderers) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Renderer renderer : renderers) {
                Path file = file(renderer);
                AtomicFile.write(file, out -> renderer.render(report, out));
                written.add(file);
            }
        } catch (IOException e) {
            throw new UserError("cannot write the report to '" + directory + "': " + IoProblems.describe(e));
        }
        return written;
    }
}
