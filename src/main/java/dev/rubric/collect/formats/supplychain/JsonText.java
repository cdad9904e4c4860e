package dev.rubric.collect.formats.supplychain;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads a JSON artifact; malformed JSON becomes a located error instead of an exception. */
final class JsonText {
    private JsonText() {
    }

    /** The document, or null after reporting why it could not be read. */
    static JsonNode read(ParsedFile file, FileSink sink) {
        JsonParser parser = null;
        try {
            parser = Json.mapper().createParser(file.text());
            return Json.mapper().readTree(parser);
        } catch (JsonProcessingException e) {
            // a nesting limit is thrown without a location; the parser still knows where it stopped
            JsonLocation where = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
            sink.error(where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(),
                    "malformed JSON in " + file.fileName() + ": " + withoutQuotedText(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            // a parser over a String does no I/O
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Jackson quotes the offending token ("Unrecognized token 'hunter2'"), which may be a secret
     * written without quotes; single characters are kept because they say what broke.
     */
    static String withoutQuotedText(String message) {
        return message == null ? "unreadable" : message.replaceAll("'[^']{2,}'", "'…'").replaceAll("\\s+", " ").strip();
    }
}
