package dev.rubric.collect.secrets;

import dev.rubric.evidence.RecordShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every string a record holds, at any depth (nested records, lists, map values), through the
 * {@link TextRedactor}. It walks record components rather than naming fields, so a field added
 * later is covered without anyone remembering to. Ids and locations are left alone: they are
 * paths the rest of the evidence joins on, and redacting one would only break the join; so are
 * fields that cannot hold a string (numbers, flags), which also keeps the walk cheap. Map keys
 * stay too: they are names, and the value under a secret name is what a carrier redacts.
 */
public final class RecordRedactor {
    /** Paths the evidence joins on, and hashes and dates git or the walker computed: never text from a file. */
    private static final Set<String> NOT_TEXT = Set.of("id", "location", "path", "referencedBy", "sha256", "contentHash",
            "headCommit", "headCommitDate", "firstCommit", "firstCommitDate", "lastCommit", "lastCommitDate");

    /** Which components of a record type may hold text from an input (not ids, hashes, numbers or flags). */
    private static final ClassValue<boolean[]> REDACTED = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected boolean[] computeValue(Class<?> type) {
            RecordShape shape = RecordShape.of((Class<? extends Record>) type);
            boolean[] redacted = new boolean[shape.size()];
            for (int i = 0; i < shape.size(); i++) {
                redacted[i] = !NOT_TEXT.contains(shape.name(i)) && mayHoldText(shape.type(i));
            }
            return redacted;
        }
    };

    private RecordRedactor() {
    }

    /** The record itself when nothing in it needed redacting. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T redact(T record) {
        if (record == null) {
            return null;
        }
        boolean[] redacted = REDACTED.get(record.getClass());
        RecordShape shape = RecordShape.of(record.getClass());
        Object[] values = null;
        for (int i = 0; i < redacted.length; i++) {
            if (!redacted[i]) {
                continue;
            }
            Object before = shape.get(record, i);
            Object after = value(before);
            if (after != before) {
                if (values == null) {
                    values = shape.values(record);
                }
                values[i] = after;
            }
        }
        return values == null ? record : (T) shape.build(values);
    }

    private static Object value(Object value) {
        if (value instanceof String text) {
            return TextRedactor.redact(text);
        }
        if (value instanceof Record record) {
            return redact(record);
        }
        if (value instanceof List<?> list) {
            return list(list);
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        return value;
    }

    private static List<?> list(List<?> list) {
        List<Object> out = null;
        for (int i = 0; i < list.size(); i++) {
            Object before = list.get(i);
            Object after = value(before);
            if (after != before && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(after);
            }
        }
        return out == null ? list : Collections.unmodifiableList(out);
    }

    private static Map<?, ?> map(Map<?, ?> map) {
        Map<Object, Object> out = null;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object after = value(entry.getValue());
            if (after != entry.getValue() && out == null) {
                out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> earlier : map.entrySet()) {
                    if (earlier == entry) {
                        break;
                    }
                    out.put(earlier.getKey(), earlier.getValue());
                }
            }
            if (out != null) {
                out.put(entry.getKey(), after);
            }
        }
        return out == null ? map : Collections.unmodifiableMap(out);
    }

    private static boolean mayHoldText(Class<?> type) {
        return type == String.class || type == Object.class || type.isRecord()
                || List.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }
}
