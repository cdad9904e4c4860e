package dev.rubric.engine;

import dev.rubric.render.Renderer;
import dev.rubric.render.cyclonedx.CycloneDxRenderer;
import dev.rubric.render.html.HtmlRenderer;
import dev.rubric.render.json.JsonRenderer;
import dev.rubric.render.junit.JUnitRenderer;
import dev.rubric.render.markdown.MarkdownRenderer;
import dev.rubric.render.sarif.SarifRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report formats this build can write, chosen with {@code -f}. The registry sits in the engine,
 * not in render/, because it names every renderer: in render/ it would make the package of the
 * interface depend on the packages of its implementations, a cycle.
 */
public final class Renderers {
    private static final Map<String, Renderer> BY_FORMAT = new LinkedHashMap<>();

    static {
        for (Renderer renderer : List.<Renderer>of(new JsonRenderer(), new HtmlRenderer(), new MarkdownRenderer(),
                new SarifRenderer(), new JUnitRenderer(), new CycloneDxRenderer())) {
            BY_FORMAT.put(renderer.format(), renderer);
        }
    }

    private Renderers() {
    }

    public static List<String> formats() {
        return List.copyOf(BY_FORMAT.keySet());
    }

    /** The renderers for a comma-separated list; unknown names are returned in {@code unknown}. */
    public static List<Renderer> select(List<String> formats, List<String> unknown) {
        List<Renderer> out = new ArrayList<>();
        for (String format : formats) {
            Renderer renderer = BY_FORMAT.get(format.trim().toLowerCase(java.util.Locale.ROOT));
            if (renderer == null) {
                unknown.add(format);
            } else if (!out.contains(renderer)) {
                out.add(renderer);
            }
        }
        return out;
    }
}
