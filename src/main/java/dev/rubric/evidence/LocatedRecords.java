package dev.rubric.evidence;

import java.util.function.UnaryOperator;

/**
 * Any subject record with its {@code location} replaced, for every subject type through its
 * {@link RecordShape}.
 */
public final class LocatedRecords {
    /** Which component of a record type is its location; -1 when it has none. */
    private static final ClassValue<Integer> LOCATION = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            @SuppressWarnings("unchecked")
            RecordShape shape = RecordShape.of((Class<? extends Record>) type);
            for (int i = 0; i < shape.size(); i++) {
                if (shape.type(i) == Location.class && shape.name(i).equals("location")) {
                    return i;
                }
            }
            return -1;
        }
    };

    private LocatedRecords() {
    }

    /** The record itself when it has no location or the location is unchanged. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T withLocation(T record, UnaryOperator<Location> change) {
        if (record == null) {
            return null;
        }
        int index = LOCATION.get(record.getClass());
        if (index < 0) {
            return record;
        }
        RecordShape shape = RecordShape.of(record.getClass());
        Location before = (Location) shape.get(record, index);
        Location after = before == null ? null : change.apply(before);
        if (after == before) {
            return record;
        }
        Object[] values = shape.values(record);
        values[index] = after;
        return (T) shape.build(values);
    }

    /** The location of any subject record, or null. */
    public static Location location(Record record) {
        int index = LOCATION.get(record.getClass());
        return index < 0 ? null : (Location) RecordShape.of(record.getClass()).get(record, index);
    }
}
