package dev.rubric.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Saved evidence: written by {@code rubric collect}, read back by {@code rubric score}, which refuses
 * anything that is not evidence it understands.
 */
public final class EvidenceFile {
    private EvidenceFile() {
    }

    /** Writes the evidence to a file, creating its directory; the file is replaced whole or not at all. */
    public static void write(Evidence evidence, Path path) {
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            AtomicFile.write(path, out -> Json.write(evidence, out));
        } catch (IOException e) {
            throw new UserError("cannot write evidence to '" + path + "': " + IoProblems.describe(e));
        }
    }

    /** The same bytes as {@link #write}, for standard output. */
    public static void print(Evidence evidence, PrintWriter out) {
        out.print(Json.pretty(evidence));
    }

    /**
     * Streams the file, refusing more than {@code maxBytes}: an endless device or a huge file ends
     * in a one-line error, not in an out-of-memory crash. Only regular files are read, since a pipe
     * nobody writes into would keep the run waiting forever.
     */
    public static JsonNode read(Path path, long maxBytes) {
        JsonNode root;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new UserError("evidence file '" + path + "' is not a regular file (save the evidence to a file first)");
            }
            if (attributes.size() > maxBytes) {
                throw tooLarge(path, maxBytes);
            }
            try (InputStream in = new LimitedInput(Files.newInputStream(path), maxBytes)) {
                root = Json.mapper().readTree(in);
            }
        } catch (NoSuchFileException e) {
            throw new UserError("evidence file '" + path + "' does not exist");
        } catch (LimitedInput.LimitReached e) {
            throw tooLarge(path, maxBytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new UserError(path + where + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserError("cannot read evidence file '" + path + "': " + IoProblems.describe(e));
        }
        if (root == null || !root.isObject()) {
            throw new UserError(path + ": not an evidence document (expected a JSON object)");
        }
        String version = root.path("schemaVersion").asText("");
        if (!version.startsWith(major(Evidence.SCHEMA_VERSION) + ".")) {
            throw new UserError(path + ": evidence schemaVersion '" + version + "' is not supported (this rubric reads "
                    + major(Evidence.SCHEMA_VERSION) + ".x)");
        }
        if (version.equals("1.0") && root.has("links")) {
            // 1.0 links named a dimension, and prompts read model variables as reads-model: the link
            // stage, which runs again on this evidence, writes them as this version does
            ((com.fasterxml.jackson.databind.node.ObjectNode) root).putArray("links");
        }
        List<String> problems = Schemas.validate("evidence", root);
        if (!problems.isEmpty()) {
            throw new UserError(path + ": not valid evidence:\n  " + String.join("\n  ", problems.subList(0, Math.min(10, problems.size())))
                    + (problems.size() > 10 ? "\n  … and " + (problems.size() - 10) + " more" : ""));
        }
        return root;
    }

    private static UserError tooLarge(Path path, long maxBytes) {
        return new UserError("evidence file '" + path + "' is larger than the " + ByteSize.format(maxBytes)
                + " limit (--max-evidence-size)");
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }
}
