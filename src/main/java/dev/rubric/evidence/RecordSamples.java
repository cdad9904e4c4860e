package dev.rubric.evidence;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One instance of a record type with every component filled, recursively (a word for a string, a
 * one-item list, a one-entry map, a sample of each nested record), made from the components
 * themselves so that it follows the schema without being kept in step with it. Serialising one
 * ahead of time lets the JSON library build its serializer for every record type off the
 * critical path. A record whose constructor rejects the made-up values, and a type met again
 * inside itself, get null instead.
 */
final class RecordSamples {
    private RecordSamples() {
    }

    static Object of(Class<? extends Record> type) {
        return sample(type, new HashSet<>());
    }

    @SuppressWarnings("unchecked")
    private static Object sample(Type type, Set<Class<?>> open) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                Object item = sample(arguments[0], open);
                return item == null ? List.of() : List.of(item);
            }
            if (Map.class.isAssignableFrom(raw)) {
                Object value = sample(arguments[1], open);
                return value == null ? Map.of() : Map.of("sample", value);
            }
            return null;
        }
        if (!(type instanceof Class<?> plain)) {
            return null;
        }
        if (plain == String.class || plain == Object.class) {
            return "sample";
        }
        if (plain == Integer.class || plain == int.class) {
            return 1;
        }
        if (plain == Long.class || plain == long.class) {
            return 1L;
        }
        if (plain == Double.class || plain == double.class) {
            return 1.0;
        }
        if (plain == Boolean.class || plain == boolean.class) {
            return Boolean.TRUE;
        }
        if (plain.isEnum()) {
            return plain.getEnumConstants()[0];
        }
        if (!plain.isRecord() || !open.add(plain)) {
            return null;
        }
        try {
            RecordShape shape = RecordShape.of((Class<? extends Record>) plain);
            Object[] values = new Object[shape.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = sample(shape.genericType(i), open);
                if (values[i] == null && shape.type(i).isPrimitive()) {
                    return null;
                }
            }
            return shape.build(values);
        } catch (RuntimeException rejected) {
            return null;
        } finally {
            open.remove(plain);
        }
    }
}
