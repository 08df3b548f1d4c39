package gongkai.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Typed access to one JSON object of {@link JsonTree}, with databind's conventions: an absent member is
 * {@code null} (0 or false for primitives), unknown members are ignored, a member of the wrong type is an
 * error naming it.
 */
final class JsonFields {
    private final Map<?, ?> object;
    private final String where;

    JsonFields(Object object, String where) {
        if (!(object instanceof Map<?, ?> map)) {
            throw new IllegalStateException(where + ": expected a JSON object");
        }
        this.object = map;
        this.where = where;
    }

    String string(String name) {
        return typed(name, String.class);
    }

    int integer(String name) {
        Long value = typed(name, Long.class);
        return value == null ? 0 : Math.toIntExact(value);
    }

    boolean bool(String name) {
        Boolean value = typed(name, Boolean.class);
        return value != null && value;
    }

    List<String> strings(String name) {
        return list(name, Element.STRING);
    }

    /** A member that is an array of arrays of strings; null when absent. */
    List<List<String>> stringLists(String name) {
        return list(name, (item, at) -> new JsonFields(Map.of("items", item), at).strings("items"));
    }

    /** A member that is an array of {@code element}s; null when absent. */
    <T> List<T> list(String name, Element<T> element) {
        List<?> items = typed(name, List.class);
        if (items == null) {
            return null;
        }
        String at = where + "." + name;
        List<T> mapped = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            mapped.add(element.of(items.get(i), at + "[" + i + "]"));
        }
        return mapped;
    }

    /** A member that is an object, mapped; null when absent. */
    <T> T object(String name, Function<JsonFields, T> mapper) {
        Object value = object.get(name);
        return value == null ? null : mapper.apply(new JsonFields(value, where + "." + name));
    }

    /** This object's own members, each mapped (names kept in order). */
    <T> Map<String, T> entries(Element<T> element) {
        Map<String, T> mapped = new LinkedHashMap<>();
        object.forEach((key, item) -> mapped.put((String) key, element.of(item, where + "." + key)));
        return mapped;
    }

    private <T> T typed(String name, Class<T> type) {
        Object value = object.get(name);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException(where + "." + name + ": expected " + type.getSimpleName().toLowerCase()
                    + ", found " + value);
        }
        return type.cast(value);
    }

    /** Maps one array element (or map value) found at {@code at}. */
    interface Element<T> {
        Element<String> STRING = (item, at) -> {
            if (!(item instanceof String s)) {
                throw new IllegalStateException(at + ": expected a string, found " + item);
            }
            return s;
        };

        T of(Object item, String at);

        static <T> Element<T> objects(Function<JsonFields, T> mapper) {
            return (item, at) -> mapper.apply(new JsonFields(item, at));
        }
    }
}
