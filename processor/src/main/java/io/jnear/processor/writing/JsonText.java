package io.jnear.processor.writing;

import java.util.List;
import java.util.Map;

/**
 * Prints maps, lists, strings, numbers and booleans as JSON, two-space indented, keys in insertion order:
 * the same input always prints the same bytes. The processor has no JSON library on its path.
 */
final class JsonText {
    private JsonText() {
    }

    static String print(Object value) {
        StringBuilder out = new StringBuilder();
        print(value, out, 0);
        return out.append('\n').toString();
    }

    private static void print(Object value, StringBuilder out, int depth) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                indent(out, depth + 1);
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                print(e.getValue(), out, depth + 1);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                indent(out, depth + 1);
                print(list.get(i), out, depth + 1);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append(']');
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("not JSON: " + value.getClass());
        }
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
