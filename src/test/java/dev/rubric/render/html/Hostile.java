package dev.rubric.render.html;

import static dev.rubric.render.TestReports.file;

import dev.rubric.render.TestReports;
import dev.rubric.report.Finding;
import dev.rubric.report.Report;
import java.util.List;

/** Text an audited repository controls (a prompt's excerpt, a path) written to break a report that does not escape it. */
public final class Hostile {
    public static final String SCRIPT = "<script>document.title='pwned'</script><img src=x onerror=alert(1)>";
    public static final String MUSTACHE = "{{title}} {{{css}}} {{#logo}}x{{/logo}}";
    public static final String QUOTES = "it's \"quoted\" & <b>bold</b> `code` | pipe [link](https://example.com) @here";
    public static final String LONG_LINE = "A".repeat(5000);

    private Hostile() {
    }

    public static Report report() throws Exception {
        return TestReports.of(index -> index != 0 ? List.of() : List.of(
                new Finding("p1", file("prompts/" + SCRIPT + ".prompt", 1), 0, "prompt " + SCRIPT + " has no version"),
                new Finding("p2", file("prompts/b.prompt", 2), 0, "prompt " + MUSTACHE + " has no version"),
                new Finding("p3", file("prompts/c.prompt", 3), 0, "prompt " + QUOTES + " has no version"),
                new Finding("p4", file("prompts/" + LONG_LINE + ".prompt", 4), 0, "prompt " + LONG_LINE + " has no version")));
    }
}
