package dev.rubric.evidence;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * A record type taken apart into its components and built again from them, for code that
 * treats every record of the evidence alike (redaction, relocation): it goes through the
 * components rather than a method per type, so a type or a field added later is covered
 * without anyone remembering to.
 */
public final class RecordShape {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private final RecordComponent[] components;
    private final Method[] accessors;
    private final Constructor<?> canonical;

    private RecordShape(Class<?> type) {
        components = type.getRecordComponents();
        accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            // an accessible Method skips the caller check of every call: a tenth of reading a large cluster
            accessors[i].setAccessible(true);
            types[i] = components[i].getType();
        }
        try {
            canonical = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record without its canonical constructor: " + type, e);
        }
        canonical.setAccessible(true);
    }

    public static RecordShape of(Class<? extends Record> type) {
        return SHAPES.get(type);
    }

    public int size() {
        return components.length;
    }

    public String name(int component) {
        return components[component].getName();
    }

    public Class<?> type(int component) {
        return components[component].getType();
    }

    /** The declared type with its type arguments ({@code List<Container>}, not {@code List}). */
    public java.lang.reflect.Type genericType(int component) {
        return components[component].getGenericType();
    }

    public Object get(Record record, int component) {
        try {
            return accessors[component].invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name(component) + " of " + record.getClass(), e);
        }
    }

    /** Every component's value, in declaration order. */
    public Object[] values(Record record) {
        Object[] values = new Object[accessors.length];
        for (int i = 0; i < accessors.length; i++) {
            values[i] = get(record, i);
        }
        return values;
    }

    /** A new record of this type from component values in declaration order. */
    public Record build(Object[] values) {
        try {
            return (Record) canonical.newInstance(values);
        } catch (IllegalAccessException | InstantiationException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + canonical.getDeclaringClass(), e);
        }
    }
}
