package dev.rubric.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.render.Branding;
import dev.rubric.render.TestReports;
import dev.rubric.report.Report;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static String html(Report report, Branding branding) throws Exception {
        return TestReports.render(new HtmlRenderer().branded(branding), report);
    }

    @Test
    void hostile_text_is_escaped_never_markup_and_never_a_template() throws Exception {
        String html = html(Hostile.report(), new Branding("<i>Audit</i> {{title}}", "ACME \"& Sons\" <script>", null));
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("<b>bold")
                .doesNotContain("<i>audit");
        assertThat(html).contains("&lt;script&gt;document.title&#61;&#39;pwned&#39;&lt;/script&gt;")
                .contains("{{title}} {{{css}}} {{#logo}}x{{/logo}}")
                .contains("it&#39;s &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;")
                .contains("ACME &quot;&amp; Sons&quot; &lt;script&gt;")
                .contains(Hostile.LONG_LINE);
    }

    @Test
    void the_only_style_is_the_one_the_policy_hashes_and_nothing_is_fetched() throws Exception {
        String html = html(TestReports.huge(50), Branding.NONE);
        Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").matcher(html);
        assertThat(csp.find()).isTrue();
        String policy = csp.group(1).replace("&#39;", "'").replace("&#61;", "=");
        assertThat(policy).startsWith("default-src 'none';").contains("img-src data:").doesNotContain("unsafe-inline");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertThat(style.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).contains("style-src 'sha256-" + hash + "'");
        assertThat(style.find()).as("a second style element").isFalse();
        assertThat(html).doesNotContain(" style=").doesNotContain("<link").doesNotContain("url(")
                .doesNotContain("src=\"http").doesNotContain("@import");
    }

    @Test
    void the_cover_shows_title_client_and_the_logo_as_a_data_uri() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        String html = html(TestReports.huge(10), new Branding("Traceability review", "ACME Bank",
                new Branding.Logo("image/png", png)));
        assertThat(html).contains("<title>Traceability review — ACME Bank</title>").contains("Prepared for ACME Bank")
                .contains("src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png).replace("=", "&#61;") + "\"");
        String plain = html(TestReports.huge(10), Branding.NONE);
        assertThat(plain).contains("<h1>Agentic AI traceability report</h1>").doesNotContain("Prepared for").doesNotContain("<img");
    }

    @Test
    void every_section_the_issue_asks_for_is_there() throws Exception {
        String html = html(Hostile.report(), Branding.NONE);
        assertThat(html).contains("id=\"summary\"", "<svg", "id=\"gains\"", "id=\"ladder\"", "id=\"criteria\"", "id=\"findings\"",
                "id=\"links\"", "id=\"waivers\"", "id=\"sources\"", "@media print", "commit 0123456789ab");
    }

    @Test
    void tables_open_exactly_when_they_have_rows() throws Exception {
        String withFindings = html(TestReports.huge(40), Branding.NONE);
        assertThat(withFindings).contains("<table class=\"gains\">").doesNotContain("No single fix raises a score")
                .contains("<ul class=\"places\"><li>services/app/services/svc-0/src/handlers/module_0-0.py:1</li>")
                .contains("<ul class=\"needs\">").contains("No waivers: every finding counts.")
                .doesNotContain("<table class=\"waivers\">").doesNotContain("<table class=\"gates\">");
        String clean = html(TestReports.of(index -> java.util.List.of()), Branding.NONE);
        assertThat(clean).doesNotContain("<table class=\"gains\">").contains("No single fix raises a score")
                .contains("No findings: every judged subject meets every criterion.").doesNotContain("<ul class=\"places\">");
    }
}
