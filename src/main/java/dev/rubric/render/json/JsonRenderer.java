package dev.rubric.render.json;

import dev.rubric.evidence.Json;
import dev.rubric.render.Renderer;
import dev.rubric.report.Report;

/** rubric-report.json: the Report itself, the record CI scripts and other renderers read. */
public final class JsonRenderer implements Renderer {
    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "rubric-report.json";
    }

    @Override
    public String render(Report report) {
        return Json.pretty(report);
    }
}
