package dev.rubric.evidence;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.function.UnaryOperator;

/**
 * Any subject record with its {@code location} replaced. It goes through the record's components
 * rather than a method per type, so a subject type added later, or a field added to one, is
 * covered without anyone remembering to.
 */
public final class LocatedRecords {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private LocatedRecords() {
    }

    /** The record itself when it has no location or the location is unchanged. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T withLocation(T record, UnaryOperator<Location> change) {
        return record == null ? null : (T) SHAPES.get(record.getClass()).apply(record, change);
    }

    /** The location of any subject record, or null. */
    public static Location location(Record record) {
        Shape shape = SHAPES.get(record.getClass());
        if (shape.index < 0) {
            return null;
        }
        try {
            return (Location) shape.accessors[shape.index].invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the location of " + record.getClass(), e);
        }
    }

    private record Shape(Method[] accessors, int index, Constructor<?> canonical) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            int index = -1;
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                types[i] = components[i].getType();
                if (types[i] == Location.class && components[i].getName().equals("location")) {
                    index = i;
                }
            }
            try {
                return new Shape(accessors, index, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }

        Object apply(Object record, UnaryOperator<Location> change) {
            if (index < 0) {
                return record;
            }
            try {
                Location before = (Location) accessors[index].invoke(record);
                Location after = before == null ? null : change.apply(before);
                if (after == before) {
                    return record;
                }
                Object[] values = new Object[accessors.length];
                for (int i = 0; i < accessors.length; i++) {
                    values[i] = i == index ? after : accessors[i].invoke(record);
                }
                return canonical.newInstance(values);
            } catch (IllegalAccessException | InstantiationException | InvocationTargetException e) {
                throw new IllegalStateException("cannot relocate " + record.getClass(), e);
            }
        }
    }
}
