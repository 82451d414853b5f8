package io.jnear.sdk.json;

import java.nio.charset.StandardCharsets;

/**
 * Writes one JSON document as serde_json's {@code to_vec} does: compact, object fields in the order
 * written, strings with only {@code "}, {@code \} and control characters escaped (other characters as
 * UTF-8), floating-point numbers in the shortest form that reads back exactly, non-finite ones as
 * {@code null}.
 */
public final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    // a plain array: ByteArrayOutputStream synchronizes every byte
    private byte[] out = new byte[128];
    private int size;
    // per nesting level: whether a member was written, so the next one needs a comma
    private boolean[] needsComma = new boolean[16];
    private int depth;
    private boolean afterName;

    public JsonWriter beginObject() {
        return open('{');
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        return open('[');
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** The name of the next field; its value follows. */
    public JsonWriter name(String name) {
        separate();
        string(name);
        write(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        separate();
        string(value);
        return this;
    }

    public JsonWriter value(boolean value) {
        return raw(value ? "true" : "false");
    }

    public JsonWriter value(long value) {
        return raw(Long.toString(value));
    }

    /** An unsigned 64-bit integer held in a long. */
    public JsonWriter unsignedValue(long value) {
        return raw(Long.toUnsignedString(value));
    }

    public JsonWriter value(double value) {
        return Double.isFinite(value) ? raw(FloatText.of(value)) : nullValue();
    }

    public JsonWriter value(float value) {
        return Float.isFinite(value) ? raw(FloatText.of(value)) : nullValue();
    }

    /** A number written exactly as {@code literal}, which must be valid JSON number text. */
    public JsonWriter number(String literal) {
        return raw(literal);
    }

    public JsonWriter nullValue() {
        return raw("null");
    }

    /** The document written so far, as UTF-8. */
    public byte[] toBytes() {
        return java.util.Arrays.copyOf(out, size);
    }

    @Override
    public String toString() {
        return new String(out, 0, size, StandardCharsets.UTF_8);
    }

    /** Makes room for {@code extra} more bytes, at least doubling the buffer when it grows. */
    private void reserve(int extra) {
        if (size + extra > out.length) {
            out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, size + extra));
        }
    }

    private void write(int b) {
        reserve(1);
        out[size++] = (byte) b;
    }

    private void write(byte[] bytes) {
        reserve(bytes.length);
        System.arraycopy(bytes, 0, out, size, bytes.length);
        size += bytes.length;
    }

    private JsonWriter open(char bracket) {
        separate();
        write(bracket);
        if (++depth == needsComma.length) {
            needsComma = java.util.Arrays.copyOf(needsComma, depth * 2);
        }
        needsComma[depth] = false;
        return this;
    }

    private JsonWriter close(char bracket) {
        write(bracket);
        depth--;
        return this;
    }

    private JsonWriter raw(String text) {
        separate();
        for (int i = 0; i < text.length(); i++) {
            write(text.charAt(i));
        }
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (needsComma[depth]) {
            write(',');
        }
        needsComma[depth] = true;
    }

    /**
     * {@code s} as a JSON string: its UTF-8 (unpaired surrogates as {@code ?}, as the JDK encodes them), with
     * the bytes JSON escapes escaped. Those are ASCII, and in UTF-8 an ASCII byte is always its own
     * character, so the encoded bytes are scanned once: no per-character {@code charAt} call, which is a
     * function call per character in a contract compiled to Wasm. Runs between escapes (usually the whole
     * string) are copied in one go.
     */
    private void string(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        reserve(bytes.length + 2);
        out[size++] = '"';
        int run = 0; // start of the bytes not yet copied
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if ((b >= 0x20 || b < 0) && b != '"' && b != '\\') {
                continue;
            }
            copy(bytes, run, i);
            run = i + 1;
            escape(b);
        }
        copy(bytes, run, bytes.length);
        write('"');
    }

    private void copy(byte[] bytes, int from, int to) {
        int length = to - from;
        reserve(length);
        System.arraycopy(bytes, from, out, size, length);
        size += length;
    }

    private void escape(byte b) {
        write('\\');
        switch (b) {
            case '"' -> write('"');
            case '\\' -> write('\\');
            case '\b' -> write('b');
            case '\f' -> write('f');
            case '\n' -> write('n');
            case '\r' -> write('r');
            case '\t' -> write('t');
            default -> {
                write('u');
                write('0');
                write('0');
                write(HEX[b >> 4]);
                write(HEX[b & 0xF]);
            }
        }
    }
}
