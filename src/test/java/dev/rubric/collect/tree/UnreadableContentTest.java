package dev.rubric.collect.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.formats.Formats;
import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.EvidenceBuilder;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content that is not plain UTF-8 text (issue 10): other encodings a text file can honestly be
 * in are read, LFS pointers are named as such, and what cannot be read is located to the line
 * and column where it breaks.
 */
class UnreadableContentTest {
    private static final String PROMPT = "---\nname: café\nmodel:\n  api: chat\n---\nsystem:\nHello\n";

    @TempDir
    Path root;

    private void write(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static byte[] withMark(byte[] mark, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    private Evidence collect() {
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.source(new TreeCollector(Formats.all(), FileLimits.defaults(), Set.of())
                .collect(new PathTarget("t", "t", root), new EvidenceSink(builder)));
        return builder.build("test");
    }

    private static CollectionError errorFor(Evidence evidence, String path) {
        return evidence.errors().stream().filter(e -> path.equals(e.location().path())).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + path + " in " + evidence.errors()));
    }

    private static ArtifactFile fileAt(Evidence evidence, String path) {
        return evidence.files().stream().filter(f -> path.equals(f.path())).findFirst()
                .orElseThrow(() -> new AssertionError("no file " + path + " in " + evidence.files()));
    }

    @Test
    void utf16_with_either_byte_order_and_utf8_with_a_mark_are_read_as_text() throws IOException {
        write("le/a.prompty", withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, PROMPT, StandardCharsets.UTF_16LE));
        write("be/a.prompty", withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, PROMPT, StandardCharsets.UTF_16BE));
        write("bom/a.prompty", withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PROMPT, StandardCharsets.UTF_8));
        Evidence evidence = collect();
        assertThat(evidence.errors()).isEmpty();
        for (String path : new String[] {"le/a.prompty", "be/a.prompty", "bom/a.prompty"}) {
            assertThat(fileAt(evidence, path).parseStatus()).as(path).isEqualTo("parsed");
        }
        assertThat(evidence.prompts()).hasSize(3).allSatisfy(p -> assertThat(p.name()).isEqualTo("café"));
    }

    @Test
    void a_nul_byte_and_invalid_utf8_are_located_to_their_line_and_column() throws IOException {
        write("nul.prompty", "---\nname: x\n---\nsystem:\nab\0cd\n".getBytes(StandardCharsets.ISO_8859_1));
        write("latin1.prompty", "---\nname: x\n---\nsystem:\ncafé \u00ff\n".getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("latin1.prompty"), patchLastNonNewline(Files.readAllBytes(root.resolve("latin1.prompty"))));
        Evidence evidence = collect();
        CollectionError nul = errorFor(evidence, "nul.prompty");
        assertThat(nul.message()).contains("binary content");
        assertThat(nul.location().line()).isEqualTo(5);
        assertThat(nul.location().column()).isEqualTo(3);
        CollectionError invalid = errorFor(evidence, "latin1.prompty");
        assertThat(invalid.message()).startsWith("not read: invalid UTF-8");
        assertThat(invalid.location().line()).isEqualTo(5);
        assertThat(invalid.location().column()).as("counted in characters: é is one").isEqualTo(6);
    }

    /** The last character before the newline becomes a lone 0xFF byte. */
    private static byte[] patchLastNonNewline(byte[] utf8) {
        byte[] out = java.util.Arrays.copyOf(utf8, utf8.length - 1);
        out[out.length - 2] = (byte) 0xFF;
        out[out.length - 1] = '\n';
        return out;
    }

    @Test
    void nesting_too_deep_is_located_where_it_goes_past_the_limit() throws IOException {
        write("k8s/deep.yaml", ("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: "
                + "[".repeat(300) + "]".repeat(300) + "\n").getBytes(StandardCharsets.UTF_8));
        write("web/package.json", ("{\"name\": \"x\",\n \"dependencies\": " + "[".repeat(1200) + "]".repeat(1200) + "}\n")
                .getBytes(StandardCharsets.UTF_8));
        Evidence evidence = collect();
        CollectionError yaml = errorFor(evidence, "k8s/deep.yaml");
        assertThat(yaml.message()).contains("Nesting Depth");
        assertThat(yaml.location().line()).isEqualTo(5);
        assertThat(yaml.location().column()).as("the 199th '[' is the 201st level").isEqualTo(6 + 198);
        CollectionError json = errorFor(evidence, "web/package.json");
        assertThat(json.message()).contains("nesting depth");
        assertThat(json.location().line()).isEqualTo(2);
        assertThat(json.location().column()).isPositive();
    }

    @Test
    void a_git_lfs_pointer_is_recorded_as_such_with_its_object() throws IOException {
        String oid = "4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393";
        write("prompts/big.prompty", ("version https://git-lfs.github.com/spec/v1\noid sha256:" + oid + "\nsize 12345\n")
                .getBytes(StandardCharsets.US_ASCII));
        Evidence evidence = collect();
        ArtifactFile pointer = fileAt(evidence, "prompts/big.prompty");
        assertThat(pointer.parseStatus()).isEqualTo("lfs-pointer");
        assertThat(pointer.kind()).isEqualTo("lfs-pointer");
        assertThat(pointer.hint()).isEqualTo("prompty");
        assertThat(pointer.facts()).containsEntry("lfsOid", "sha256:" + oid).containsEntry("lfsSize", 12345L);
    }
}
