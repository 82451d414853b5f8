package io.jnear.processor.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** How Java names become NEAR names. */
public final class NearNames {
    private static final Pattern VALID_METHOD_NAME = Pattern.compile("[A-Za-z0-9_]{1,256}");

    private NearNames() {
    }

    /**
     * snake_case of a Java name, reading runs of capitals as one word: {@code getGreeting} →
     * {@code get_greeting}, {@code getURL} → {@code get_url}, {@code parseHTTPResponse} →
     * {@code parse_http_response}. Used for exported method names and argument keys.
     */
    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char prev = javaName.charAt(i - 1);
                boolean nextIsLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                boolean wordStart = Character.isLowerCase(prev) || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && nextIsLower);
                if (wordStart && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /**
     * The property name Jackson's SNAKE_CASE strategy gives a field or record component: the generated
     * JSON codecs use it too, so a record has the same JSON names in arguments as in (Jackson) state: an
     * underscore before each capital that does not follow a capital, so {@code parseHTTPResponse} →
     * {@code parse_httpresponse}.
     */
    public static String jacksonSnakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean previousWasUpper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (!previousWasUpper && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
                previousWasUpper = true;
            } else {
                out.append(c);
                previousWasUpper = false;
            }
        }
        return out.toString();
    }

    public static boolean isValidMethodName(String name) {
        return VALID_METHOD_NAME.matcher(name).matches();
    }

    /** {@code get_greeting} → {@code GetGreeting}: a Java identifier part for generated members. */
    public static String upperCamel(String nearName) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : nearName.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code get_greeting} → {@code GET_GREETING}. */
    public static String constantCase(String nearName) {
        return nearName.toUpperCase(Locale.ROOT);
    }
}
