package dev.rubric.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads JSON into the same located trees as {@link SafeYaml}, with Jackson's streaming parser:
 * an API server's list responses and {@code kubectl -o json} dumps run to many megabytes, and
 * JSON parses about ten times faster this way than as YAML (feasibility.md §2.4). Scalars get
 * the value types YAML would give the same text, so a reader sees one tree whichever format
 * the object came in; duplicate keys are errors, as in {@link SafeYaml}.
 */
public final class JsonTrees {
    private static final int MAX_DEPTH = 200;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonTrees() {
    }

    public static Node read(String text) throws YamlException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return readDocument(parser);
        } catch (IOException e) {
            throw problem(e);
        }
    }

    public static Node read(InputStream in) throws YamlException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return readDocument(parser);
        } catch (IOException e) {
            throw problem(e);
        }
    }

    /**
     * A JSON object whose field {@code streamed} holds a long array, such as an API server's list
     * answer: each element goes to {@code each} as soon as it is read, so the caller can work on
     * the first ones while the rest are still arriving. The object is returned with that field
     * as an empty list; its other fields are read as {@link #read} reads them.
     */
    public static MapNode readObject(InputStream in, String streamed, Consumer<Node> each) throws YamlException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new Problem(new Mark(line(parser), column(parser)),
                        first == null ? "empty JSON document" : "a JSON object was expected, not " + first);
            }
            MapNode object = new MapNode(new Mark(line(parser), column(parser)));
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String key = parser.currentName();
                Mark keyMark = new Mark(line(parser), column(parser));
                JsonToken value = parser.nextToken();
                if (key.equals(streamed) && value == JsonToken.START_ARRAY) {
                    Mark listMark = new Mark(line(parser), column(parser));
                    for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                        each.accept(value(parser, item, 2));
                    }
                    object.put(key, keyMark, new ListNode(List.of(), listMark));
                } else {
                    object.put(key, keyMark, value(parser, value, 1));
                }
            }
            if (parser.nextToken() != null) {
                throw new Problem(new Mark(line(parser), column(parser)), "unexpected content after the JSON document");
            }
            return object;
        } catch (IOException e) {
            throw problem(e);
        }
    }

    private static Node readDocument(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new Problem(new Mark(1, 1), "empty JSON document");
        }
        Node root = value(parser, first, 0);
        if (parser.nextToken() != null) {
            throw new Problem(new Mark(line(parser), column(parser)), "unexpected content after the JSON document");
        }
        return root;
    }

    private static Node value(JsonParser parser, JsonToken token, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new Problem(new Mark(line(parser), column(parser)), "JSON nested deeper than " + MAX_DEPTH + " levels");
        }
        Mark mark = new Mark(line(parser), column(parser));
        switch (token) {
            case START_OBJECT -> {
                MapNode map = new MapNode(mark);
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    Mark keyMark = new Mark(line(parser), column(parser));
                    map.put(key, keyMark, value(parser, parser.nextToken(), depth + 1));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(parser, t, depth + 1));
                }
                return new ListNode(List.copyOf(items), mark);
            }
            case VALUE_STRING -> {
                String text = parser.getText();
                return new ScalarNode(text, text, ScalarNode.Style.DOUBLE_QUOTED, mark);
            }
            case VALUE_NUMBER_INT -> {
                String text = parser.getText();
                Object number = parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) text : parser.getLongValue();
                return new ScalarNode(number, text, ScalarNode.Style.PLAIN, mark);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(parser.getDoubleValue(), parser.getText(), ScalarNode.Style.PLAIN, mark);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ScalarNode(token == JsonToken.VALUE_TRUE, parser.getText(), ScalarNode.Style.PLAIN, mark);
            }
            case VALUE_NULL -> {
                return new ScalarNode(null, "null", ScalarNode.Style.PLAIN, mark);
            }
            default -> throw new Problem(mark, "unexpected JSON token " + token);
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static int column(JsonParser parser) {
        return parser.currentTokenLocation().getColumnNr();
    }

    private static YamlException problem(IOException e) {
        if (e instanceof Problem located) {
            return new YamlException(located.getMessage(), located.mark);
        }
        if (e instanceof JsonParseException parse) {
            JsonLocation at = parse.getLocation();
            return new YamlException(parse.getOriginalMessage(),
                    at == null ? Mark.NONE : new Mark(at.getLineNr(), at.getColumnNr()));
        }
        return new YamlException(String.valueOf(e.getMessage()), Mark.NONE);
    }

    /** A problem found while reading, carried out of the parser's I/O signature. */
    private static final class Problem extends IOException {
        private final transient Mark mark;

        Problem(Mark mark, String message) {
            super(message);
            this.mark = mark;
        }
    }
}
