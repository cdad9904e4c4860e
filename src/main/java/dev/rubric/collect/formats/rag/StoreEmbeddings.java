package dev.rubric.collect.formats.rag;

import dev.rubric.collect.formats.rag.PySource.Call;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which embedding constructor each vector-store call of a Python file uses: the one written in its
 * arguments, or the one last assigned, before the call, to the variable it passes. A file that
 * builds several pipelines gives each store its own model; only a store whose embedding cannot be
 * read (built by a helper, imported) takes the file's.
 */
final class StoreEmbeddings {
    /** Where LangChain and LlamaIndex stores take their embedding. */
    private static final List<String> KEYWORDS = List.of("embedding_function", "embedding", "embeddings", "embed_model");
    /** {@code FAISS.from_texts(texts, embedding)}: the embedding is the second positional argument. */
    private static final Pattern FROM_DOCUMENTS = Pattern.compile("\\.from_(?:documents|texts)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final List<Call> embeddingCalls;
    private final Map<Integer, Call> embeddingAt = new HashMap<>();
    /** For each name assigned at the start of a line, where each of its values begins, in order. */
    private final Map<String, List<Integer>> assigned;

    StoreEmbeddings(List<Call> embeddingCalls, String text) {
        this.embeddingCalls = embeddingCalls;
        embeddingCalls.forEach(call -> embeddingAt.put(call.offset(), call));
        this.assigned = lineAssignments(text);
    }

    /** The embedding call {@code store} uses, or null when it cannot be read. */
    Call of(Call store) {
        Map<String, String> kw = store.keywords();
        String value = null;
        for (String key : KEYWORDS) {
            value = value != null ? value : kw.get(key);
        }
        if (value == null && FROM_DOCUMENTS.matcher(store.name()).find()) {
            value = store.argument("embedding", 1);
        }
        if (value == null) {
            return null;
        }
        String expression = value.strip();
        if (IDENTIFIER.matcher(expression).matches()) {
            int valueAt = -1;
            for (int at : assigned.getOrDefault(expression, List.of())) {
                if (at < store.offset()) {
                    valueAt = at;
                }
            }
            return embeddingAt.get(valueAt);
        }
        // written inline: the first embedding call after the store call's name with that class
        String cls = expression.replaceAll("\\s*\\(.*", "");
        for (Call call : embeddingCalls) {
            if (call.offset() > store.offset() && call.name().replaceAll("[\\s(]", "").equals(cls)) {
                return call;
            }
        }
        return null;
    }

    /** Read once per file: a pattern run per store call doubled the time of a tree of many-pipeline files. */
    private static Map<String, List<Integer>> lineAssignments(String text) {
        Map<String, List<Integer>> out = new HashMap<>();
        int length = text.length();
        for (int line = 0; line < length; ) {
            int next = text.indexOf('\n', line);
            int end = next < 0 ? length : next;
            int at = line;
            while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            int nameStart = at;
            while (at < end && isNameChar(text.charAt(at))) {
                at++;
            }
            if (at > nameStart && !Character.isDigit(text.charAt(nameStart))) {
                String name = text.substring(nameStart, at);
                while (at < end && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                if (at < end && text.charAt(at) == '=' && (at + 1 >= length || text.charAt(at + 1) != '=')) {
                    at++;
                    while (at < length && Character.isWhitespace(text.charAt(at))) {
                        at++;
                    }
                    out.computeIfAbsent(name, key -> new ArrayList<>()).add(at);
                }
            }
            line = end + 1;
        }
        return out;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
