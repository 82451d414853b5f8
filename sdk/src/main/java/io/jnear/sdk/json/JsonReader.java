package io.jnear.sdk.json;

import io.jnear.sdk.spi.StrictUtf8;
import java.nio.charset.StandardCharsets;

/**
 * A strict pull reader of one JSON document in UTF-8, as serde_json's {@code from_slice} reads it: the
 * grammar of RFC 8259 and nothing more (no comments, no trailing commas, no single quotes, no NaN),
 * strings checked for valid UTF-8 and paired surrogates, values nested at most 127 levels deep (serde_json's
 * recursion limit of 128 counts the level that fails), and after the value only whitespace ({@link #end}).
 * A skipped value ({@link #skipValue}) is read as serde_json ignores one: its grammar checked, its strings
 * not decoded, its nesting not limited.
 *
 * <p>Objects are read with {@link #beginObject}, then {@link #hasNext}/{@link #nextName} and a value per
 * field, then {@link #endObject}; arrays the same way without names.
 */
public final class JsonReader {
    /** serde_json's recursion limit: the 128th nested level is refused. */
    private static final int MAX_DEPTH = 127;

    /** What the next value is. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final byte[] in;
    private int pos;
    private int depth;
    // grown as documents nest: most are one or two levels deep, and a reader is made for every call's arguments
    private boolean[] afterElement = new boolean[8];
    private boolean lastNumberIntegral;

    private JsonReader(byte[] in) {
        this.in = in;
    }

    /** A reader of {@code json}, which it does not copy. */
    public static JsonReader of(byte[] json) {
        return new JsonReader(json);
    }

    /** What the next value is, without reading it. */
    public Kind peek() {
        skipWhitespace();
        if (pos >= in.length) {
            throw error("EOF while parsing a value");
        }
        return switch (in[pos]) {
            case '{' -> Kind.OBJECT;
            case '[' -> Kind.ARRAY;
            case '"' -> Kind.STRING;
            case 't', 'f' -> Kind.BOOLEAN;
            case 'n' -> Kind.NULL;
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> Kind.NUMBER;
            default -> throw error("expected value");
        };
    }

    public void beginObject() {
        open('{', Kind.OBJECT);
    }

    public void beginArray() {
        open('[', Kind.ARRAY);
    }

    private void open(char bracket, Kind kind) {
        Kind actual = peek();
        if (actual != kind) {
            throw typeError(actual, kind == Kind.OBJECT ? "a map or struct" : "a sequence");
        }
        if (depth == MAX_DEPTH) {
            throw error("recursion limit exceeded");
        }
        pos++;
        if (++depth == afterElement.length) {
            afterElement = java.util.Arrays.copyOf(afterElement, Math.min(depth * 2, MAX_DEPTH + 1));
        }
        afterElement[depth] = false;
    }

    /**
     * True if the object or array being read has another member (consuming the comma before it); false
     * at its closing bracket, which {@link #endObject}/{@link #endArray} then reads.
     */
    public boolean hasNext() {
        skipWhitespace();
        if (pos >= in.length) {
            throw error("EOF while parsing a list or object");
        }
        byte c = in[pos];
        if (c == '}' || c == ']') {
            return false;
        }
        if (afterElement[depth]) {
            if (c != ',') {
                throw error("expected `,` or closing bracket");
            }
            pos++;
            skipWhitespace();
            if (pos < in.length && (in[pos] == '}' || in[pos] == ']')) {
                throw error("trailing comma");
            }
        }
        afterElement[depth] = true;
        return true;
    }

    /** The name of the next field of an object, after which its value is read. */
    public String nextName() {
        if (peek() != Kind.STRING) {
            throw error("key must be a string");
        }
        String name = readString();
        colon();
        return name;
    }

    /** What {@link #nextPlainName} answers when the name is not plain ASCII: nothing is read. */
    static final int NOT_PLAIN = -2;

    /**
     * For {@link JsonStruct}: if the next field's name is plain (ASCII without escapes, as nearly every
     * name is), reads it and returns its index among {@code names} (ASCII, compared byte by byte; null
     * entries match nothing), or -1 for none of them, without making a string of it; otherwise reads
     * nothing and returns {@link #NOT_PLAIN}, and {@link #nextName} reads the name.
     */
    int nextPlainName(byte[][] names) {
        if (peek() != Kind.STRING) {
            throw error("key must be a string");
        }
        int start = pos + 1;
        int end = start;
        while (end < in.length && in[end] != '"') {
            byte b = in[end];
            if (b < 0x20 || b == '\\') {
                return NOT_PLAIN; // non-ASCII, an escape or a control character: nextName reads, or refuses, it
            }
            end++;
        }
        if (end == in.length) {
            return NOT_PLAIN; // unterminated: nextName reports it
        }
        pos = end + 1;
        colon();
        // from the last, as a struct's map from names keeps the last of a repeated name
        for (int i = names.length - 1; i >= 0; i--) {
            if (names[i] != null && equalsInput(names[i], start, end)) {
                return i;
            }
        }
        return -1;
    }

    private boolean equalsInput(byte[] name, int start, int end) {
        if (name.length != end - start) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (name[i] != in[start + i]) {
                return false;
            }
        }
        return true;
    }

    private void colon() {
        skipWhitespace();
        if (pos >= in.length || in[pos] != ':') {
            throw error("expected `:`");
        }
        pos++;
    }

    public void endObject() {
        close('}');
    }

    public void endArray() {
        close(']');
    }

    private void close(char bracket) {
        skipWhitespace();
        if (pos >= in.length || in[pos] != bracket) {
            throw error(bracket == '}' ? "expected `}`" : "expected `]`");
        }
        pos++;
        depth--;
    }

    public String nextString() {
        Kind kind = peek();
        if (kind != Kind.STRING) {
            throw typeError(kind, "a string");
        }
        return readString();
    }

    public boolean nextBoolean() {
        Kind kind = peek();
        if (kind != Kind.BOOLEAN) {
            throw typeError(kind, "a boolean");
        }
        if (in[pos] == 't') {
            literal("true");
            return true;
        }
        literal("false");
        return false;
    }

    public void nextNull() {
        Kind kind = peek();
        if (kind != Kind.NULL) {
            throw typeError(kind, "null");
        }
        literal("null");
    }

    /** True, and the null consumed, if the next value is {@code null}. */
    public boolean nextIfNull() {
        if (peek() == Kind.NULL) {
            literal("null");
            return true;
        }
        return false;
    }

    /**
     * The text of the next value, which must be a number, exactly as written; {@link #lastNumberIntegral}
     * says whether it had neither a fraction nor an exponent.
     */
    public String nextNumber(String expected) {
        Kind kind = peek();
        if (kind != Kind.NUMBER) {
            throw typeError(kind, expected);
        }
        int start = pos;
        boolean integral = true;
        if (in[pos] == '-') {
            pos++;
        }
        if (pos < in.length && in[pos] == '0') {
            pos++;
            if (pos < in.length && isDigit(in[pos])) {
                throw error("invalid number");
            }
        } else if (!digits()) {
            throw error("invalid number");
        }
        if (pos < in.length && in[pos] == '.') {
            integral = false;
            pos++;
            if (!digits()) {
                throw error("invalid number");
            }
        }
        if (pos < in.length && (in[pos] == 'e' || in[pos] == 'E')) {
            integral = false;
            pos++;
            if (pos < in.length && (in[pos] == '+' || in[pos] == '-')) {
                pos++;
            }
            if (!digits()) {
                throw error("invalid number");
            }
        }
        lastNumberIntegral = integral;
        return new String(in, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    /** Whether the number {@link #nextNumber} read last was an integer literal. */
    public boolean lastNumberIntegral() {
        return lastNumberIntegral;
    }

    /**
     * Reads over the next value, whatever it is (the value of a field the codec does not know), as
     * serde_json's {@code IgnoredAny} does: without a nesting limit (so without recursion), and with its
     * strings' escapes checked but not decoded, so neither a lone surrogate escape nor invalid UTF-8 in them
     * is an error.
     */
    public void skipValue() {
        // one bit per open container, set for an object; grown past 64 levels only by unusual input
        long[] objects = new long[1];
        int open = 0;
        while (true) {
            switch (peek()) {
                case OBJECT, ARRAY -> {
                    boolean object = in[pos] == '{';
                    pos++;
                    skipWhitespace();
                    if (pos < in.length && in[pos] == (object ? '}' : ']')) {
                        pos++;
                        break; // an empty container is one whole value
                    }
                    if (open == objects.length * 64) {
                        objects = java.util.Arrays.copyOf(objects, objects.length * 2);
                    }
                    if (object) {
                        objects[open >> 6] |= 1L << open;
                        skippedName();
                    } else {
                        objects[open >> 6] &= ~(1L << open);
                    }
                    open++;
                    continue; // on to the first member's value
                }
                case STRING -> skipString();
                case NUMBER -> nextNumber("a number");
                case BOOLEAN -> nextBoolean();
                case NULL -> nextNull();
            }
            // a whole value is read: close the containers it ends, or move on to the next member
            while (true) {
                if (open == 0) {
                    return;
                }
                boolean object = (objects[(open - 1) >> 6] & (1L << (open - 1))) != 0;
                skipWhitespace();
                if (pos >= in.length) {
                    throw error("EOF while parsing a list or object");
                }
                if (in[pos] == ',') {
                    pos++;
                    if (object) {
                        skippedName();
                    }
                    break;
                }
                if (in[pos] != (object ? '}' : ']')) {
                    throw error("expected `,` or " + (object ? "`}`" : "`]`"));
                }
                pos++;
                open--;
            }
        }
    }

    /** Reads over a skipped object's member name and its colon. */
    private void skippedName() {
        skipWhitespace();
        if (pos >= in.length || in[pos] != '"') {
            throw error("key must be a string");
        }
        skipString();
        colon();
    }

    // at the opening quote: reads over the string, checking its escapes but neither decoding nor validating it
    private void skipString() {
        pos++;
        while (true) {
            if (pos >= in.length) {
                throw error("EOF while parsing a string");
            }
            byte b = in[pos++];
            if (b == '"') {
                return;
            }
            if (b >= 0 && b < 0x20) {
                throw error("control character (\\u0000-\\u001F) found while parsing a string");
            }
            if (b == '\\') {
                if (pos >= in.length) {
                    throw error("EOF while parsing a string");
                }
                byte e = in[pos++];
                if (e == 'u') {
                    hex4(pos, in.length);
                    pos += 4;
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw error("invalid escape");
                }
            }
        }
    }

    /**
     * The name of the next field of an object whose keys are integers, read as serde_json reads such a
     * key: the number itself between the quotes (no whitespace, no escapes), an integer literal in
     * {@code min..max}.
     */
    long nextIntegerName(String type, long min, long max) {
        if (peek() != Kind.STRING) {
            throw error("key must be a string");
        }
        pos++;
        if (pos >= in.length || !(isDigit(in[pos]) || in[pos] == '-')) {
            throw error("invalid value: expected key to be a number in quotes");
        }
        long value = JsonCodecs.readInteger(this, type, min, max);
        if (pos >= in.length || in[pos] != '"') {
            throw error("expected `\"`");
        }
        pos++;
        colon();
        return value;
    }

    /** Checks that nothing but whitespace follows the value read. */
    public void end() {
        skipWhitespace();
        if (pos < in.length) {
            throw error("trailing characters");
        }
    }

    /** An error "invalid type: {@code <what the input has>}, expected {@code expected}", at the next value. */
    public JsonException typeError(Kind actual, String expected) {
        String found = switch (actual) {
            case OBJECT -> "map";
            case ARRAY -> "sequence";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
        };
        return error("invalid type: " + found + ", expected " + expected);
    }

    /** An error with {@code message} and the position it was found at. */
    public JsonException error(String message) {
        return new JsonException(message + " at byte " + pos);
    }

    private boolean digits() {
        int start = pos;
        while (pos < in.length && isDigit(in[pos])) {
            pos++;
        }
        return pos > start;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= in.length || in[pos] != word.charAt(i)) {
                throw error("expected ident");
            }
            pos++;
        }
    }

    private void skipWhitespace() {
        while (pos < in.length) {
            byte b = in[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            pos++;
        }
    }

    // at the opening quote
    private String readString() {
        int start = ++pos;
        boolean plain = true; // ASCII without escapes: decoded without a CharsetDecoder
        while (true) {
            if (pos >= in.length) {
                throw error("EOF while parsing a string");
            }
            byte b = in[pos];
            if (b == '"') {
                break;
            }
            if (b == '\\') {
                plain = false;
                pos += 2;
                continue;
            }
            if (b >= 0 && b < 0x20) {
                throw error("control character (\\u0000-\\u001F) found while parsing a string");
            }
            if (b < 0) {
                plain = false;
            }
            pos++;
        }
        int end = pos++;
        if (plain) {
            return new String(in, start, end - start, StandardCharsets.ISO_8859_1);
        }
        return unescape(start, end);
    }

    private String unescape(int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            int run = i;
            while (i < end && in[i] != '\\') {
                i++;
            }
            if (i > run) {
                out.append(utf8(run, i));
            }
            if (i >= end) {
                break;
            }
            if (i + 1 >= end) {
                throw error("EOF while parsing a string");
            }
            byte e = in[i + 1];
            i += 2;
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    char c = hex4(i, end);
                    i += 4;
                    if (Character.isHighSurrogate(c)) {
                        if (i + 6 > end || in[i] != '\\' || in[i + 1] != 'u') {
                            throw error("unexpected end of hex escape");
                        }
                        char low = hex4(i + 2, end);
                        if (!Character.isLowSurrogate(low)) {
                            throw error("lone leading surrogate in hex escape");
                        }
                        i += 6;
                        out.append(c).append(low);
                    } else if (Character.isLowSurrogate(c)) {
                        throw error("lone leading surrogate in hex escape");
                    } else {
                        out.append(c);
                    }
                }
                default -> throw error("invalid escape");
            }
        }
        return out.toString();
    }

    private char hex4(int at, int end) {
        if (at + 4 > end) {
            throw error("unexpected end of hex escape");
        }
        int value = 0;
        for (int k = at; k < at + 4; k++) {
            int digit = Character.digit(in[k], 16);
            if (digit < 0) {
                throw error("invalid escape");
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private String utf8(int from, int to) {
        String text = StrictUtf8.decode(in, from, to - from);
        if (text == null) {
            throw error("invalid unicode code point");
        }
        return text;
    }
}
