package dev.rubric.render.json;

import dev.rubric.render.Renderer;
import dev.rubric.report.Report;
import java.io.IOException;
import java.io.OutputStream;

/** rubric-report.json: the Report itself, the record CI scripts and other renderers read. */
public final class JsonRenderer implements Renderer {
    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        ReportJson.writer().writeValue(out, report);
        out.write('\n');
    }
}
