package dev.rubric.cli;

import dev.rubric.engine.LogoFile;
import dev.rubric.engine.UserError;
import dev.rubric.render.Branding;
import dev.rubric.render.Renderer;
import dev.rubric.render.terminal.TerminalRenderer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** How the human-readable reports look: a consultant's title, client and logo, and how many findings the summary lists. */
final class PresentationOptions {
    @Option(names = "--title", paramLabel = "TEXT",
            description = "Title of the HTML and Markdown reports (default: the rubric's title).")
    String title;

    @Option(names = "--client", paramLabel = "NAME", description = "Who the HTML and Markdown reports are for, shown under the title.")
    String client;

    @Option(names = "--logo", paramLabel = "FILE",
            description = "PNG, JPEG, GIF, WebP or SVG image (at most 256 KB) embedded at the top of the HTML report.")
    Path logo;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + TerminalRenderer.TOP_FINDINGS,
            description = "How many findings the summary lists, biggest gain first (default: ${DEFAULT-VALUE}; 0: none).")
    int top;

    /** The renderers with the cover applied; the logo is read here, so a bad one stops the run before any scan. */
    List<Renderer> brand(List<Renderer> renderers) {
        if (top < 0) {
            throw new UserError("--top takes a number of findings, 0 or more, not " + top);
        }
        Branding branding = new Branding(blankToNull(title), blankToNull(client), logo == null ? null : LogoFile.read(logo));
        return renderers.stream().map(r -> r.branded(branding)).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
