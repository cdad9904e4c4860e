package dev.rubric.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.evidence.Json;
import dev.rubric.score.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON report written earlier (a baseline, either side of {@code rubric diff}) into what
 * reports are compared on. Only the fields a comparison needs are read, so a report from an older
 * build that has them compares; a file that is not a report is a usage error naming the file.
 */
public final class ReportSnapshots {
    /** A report is a few megabytes even for a large organisation; this bounds a wrong file given by mistake. */
    private static final long MAX_BYTES = 256L << 20;

    private ReportSnapshots() {
    }

    public static Snapshot read(Path path, String display) {
        JsonNode root;
        try (InputStream in = new LimitedInput(Files.newInputStream(path), MAX_BYTES)) {
            root = Json.mapper().readTree(in);
        } catch (NoSuchFileException e) {
            throw new UserError(display + ": no such report file");
        } catch (LimitedInput.LimitReached e) {
            throw new UserError(display + ": larger than 256MB, not a rubric report");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new UserError(display + where + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserError(display + ": cannot read: " + IoProblems.describe(e));
        }
        if (root == null || !root.isObject() || !root.path("rubric").isObject() || !root.path("dimensions").isArray()
                || !root.path("criteria").isArray()) {
            throw new UserError(display + ": not a rubric JSON report (expected rubric, dimensions and criteria; "
                    + "write one with 'rubric audit -f json')");
        }
        Map<String, Snapshot.Measure> dimensions = new LinkedHashMap<>();
        for (JsonNode d : root.path("dimensions")) {
            dimensions.put(d.path("id").asText(), new Snapshot.Measure(number(d.get("score")), whole(d.get("level")),
                    d.path("status").asText(null)));
        }
        Map<String, Snapshot.Measure> criteria = new LinkedHashMap<>();
        for (JsonNode c : root.path("criteria")) {
            criteria.put(c.path("id").asText(), new Snapshot.Measure(number(c.get("score")), null, c.path("status").asText(null)));
        }
        return new Snapshot(display, root.path("rubric").path("id").asText(null), root.path("rubric").path("version").asText(null),
                number(root.get("score")), whole(root.get("level")), dimensions, criteria);
    }

    private static Double number(JsonNode node) {
        return node != null && node.isNumber() ? node.asDouble() : null;
    }

    private static Integer whole(JsonNode node) {
        return node != null && node.isIntegralNumber() ? node.asInt() : null;
    }
}
