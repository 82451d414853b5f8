package io.jnear.runtime.outcome;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds NEAR's JSON shape for error records: {@code {"VariantName":{"snake_case_field":…}}}. */
final class ErrorJson {
    private ErrorJson() {
    }

    static Map<String, Object> variant(Record error) {
        return Map.of(error.getClass().getSimpleName(), fields(error));
    }

    static Map<String, Object> fields(Record error) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent c : error.getClass().getRecordComponents()) {
            try {
                Object value = c.getAccessor().invoke(error);
                fields.put(snakeCase(c.getName()), value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    private static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
