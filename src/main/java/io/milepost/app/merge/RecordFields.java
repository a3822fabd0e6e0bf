package io.milepost.app.merge;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields of the model's records, read and rebuilt by name, so that the merge compares and combines every item
 * field by field without a hand-written list per kind that could forget a field added later.
 */
final class RecordFields {

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private RecordFields() {
    }

    /** The record's fields in declaration order, by name. */
    static Map<String, Object> of(Record item) {
        RecordComponent[] components = components(item.getClass());
        Map<String, Object> values = new LinkedHashMap<>(components.length * 2);
        for (RecordComponent c : components) {
            try {
                values.put(c.getName(), c.getAccessor().invoke(item));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + item.getClass(), e);
            }
        }
        return values;
    }

    /** The field names of a record type, in declaration order. */
    static List<String> names(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : components(type)) {
            names.add(c.getName());
        }
        return names;
    }

    /** A record of {@code type} built from all its fields by name. */
    static <T extends Record> T build(Class<T> type, Map<String, Object> values) {
        RecordComponent[] components = components(type);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = values.get(components[i].getName());
        }
        Constructor<?> constructor = CONSTRUCTORS.computeIfAbsent(type, t -> {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                return t.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(t + " has no canonical constructor", e);
            }
        });
        try {
            return type.cast(constructor.newInstance(args));
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot rebuild a " + type.getSimpleName() + " from merged fields", e);
        }
    }

    private static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }
}
