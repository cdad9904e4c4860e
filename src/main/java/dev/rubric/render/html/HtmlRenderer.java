package dev.rubric.render.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.rubric.render.Branding;
import dev.rubric.render.Renderer;
import dev.rubric.report.Report;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report as one self-contained HTML file for people: a client deliverable that prints to a clean
 * PDF. It needs no JavaScript and makes no request: the stylesheet is inline, allowed by its SHA-256
 * in a Content-Security-Policy that forbids everything else (no script at all, images only as data:
 * URIs), so even text that escaped escaping could neither run nor load anything. Mustache escapes
 * every value; only the stylesheet, made here, is inserted raw.
 */
public final class HtmlRenderer implements Renderer {
    private static final String TEMPLATES = "render/html/";
    private static final Mustache TEMPLATE = new DefaultMustacheFactory(TEMPLATES).compile("report.mustache");
    private static final String CSS = resource(TEMPLATES + "report.css");
    /**
     * default-src 'none' forbids scripts, fonts, frames, connections and every other fetch; the one
     * stylesheet is allowed by its hash rather than 'unsafe-inline', which would also let a style
     * attribute or element smuggled into the page restyle it; img-src data: admits the embedded logo.
     */
    static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private final Branding branding;

    public HtmlRenderer() {
        this(Branding.NONE);
    }

    private HtmlRenderer(Branding branding) {
        this.branding = branding;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public Renderer branded(Branding branding) {
        return new HtmlRenderer(branding);
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        TEMPLATE.execute(writer, HtmlView.of(report, branding, CSP, CSS));
        writer.flush();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
