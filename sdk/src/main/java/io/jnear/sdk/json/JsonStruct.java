package io.jnear.sdk.json;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a struct (a record, a class's fields, a method's arguments) is read, as serde's derived
 * {@code Deserialize} reads one: from an object keyed by field name, where unknown fields are skipped,
 * a field given twice is an error, and a missing field is an error unless its type is {@code Optional};
 * or from the array of its fields in declaration order, exactly as many as it has.
 *
 * <p>Generated codecs hold one per struct type and turn the values it reads into the struct.
 */
public final class JsonStruct {
    private final String name;
    private final Field<?>[] fields;
    private final Map<String, Integer> indexByName = new HashMap<>();
    /** Each field's name as bytes if it is ASCII (null if not), to match plain names in the input as they are. */
    private final byte[][] asciiNames;

    private JsonStruct(String name, Field<?>[] fields) {
        this.name = name;
        this.fields = fields.clone();
        this.asciiNames = new byte[fields.length][];
        for (int i = 0; i < fields.length; i++) {
            indexByName.put(fields[i].name, i);
            asciiNames[i] = ascii(fields[i].name);
        }
    }

    private static byte[] ascii(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            if (b < 0) {
                return null;
            }
        }
        return bytes;
    }

    /** A struct called {@code name} (for messages) with {@code fields} in declaration order. */
    public static JsonStruct of(String name, Field<?>... fields) {
        return new JsonStruct(name, fields);
    }

    /** A field that must be present. */
    public static <T> Field<T> required(String name, JsonCodec<T> codec) {
        return new Field<>(name, codec, false);
    }

    /** A field of type {@code Optional}: absent reads as {@link Optional#empty()}. */
    public static <T> Field<Optional<T>> optional(String name, JsonCodec<Optional<T>> codec) {
        return new Field<>(name, codec, true);
    }

    /** One field: its JSON name, its codec and whether it may be absent. */
    public static final class Field<T> {
        private final String name;
        private final JsonCodec<T> codec;
        private final boolean optional;

        private Field(String name, JsonCodec<T> codec, boolean optional) {
            this.name = name;
            this.codec = codec;
            this.optional = optional;
        }

        /** Writes this field's name and {@code value} as a member of the object being written. */
        public void write(JsonWriter out, T value) {
            codec.write(out.name(name), value);
        }

        /** Writes {@code value} alone, as an element of the tuple being written. */
        public void writeElement(JsonWriter out, T value) {
            codec.write(out, value);
        }
    }

    /**
     * The values of a tuple's elements, in order, read from an array of exactly that many elements (a
     * {@code @Tuple} type, as serde reads a Rust tuple).
     */
    public Object[] readTuple(JsonReader in) {
        JsonReader.Kind kind = in.peek();
        if (kind != JsonReader.Kind.ARRAY) {
            throw in.typeError(kind, "a tuple of size " + fields.length);
        }
        Object[] values = new Object[fields.length];
        in.beginArray();
        for (int i = 0; i < fields.length; i++) {
            if (!in.hasNext()) {
                throw in.error("invalid length " + i + ", expected a tuple of size " + fields.length);
            }
            values[i] = fields[i].codec.read(in);
        }
        if (in.hasNext()) {
            throw in.error("trailing characters");
        }
        in.endArray();
        return values;
    }

    /** The values of the fields, in declaration order, read from an object or a positional array. */
    public Object[] read(JsonReader in) {
        Object[] values = new Object[fields.length];
        JsonReader.Kind kind = in.peek();
        if (kind == JsonReader.Kind.ARRAY) {
            in.beginArray();
            for (int i = 0; i < fields.length; i++) {
                if (!in.hasNext()) {
                    throw in.error("invalid length " + i + ", expected struct " + name + " with "
                            + fields.length + " elements");
                }
                values[i] = fields[i].codec.read(in);
            }
            if (in.hasNext()) {
                throw in.error("trailing characters");
            }
            in.endArray();
            return values;
        }
        if (kind != JsonReader.Kind.OBJECT) {
            throw in.typeError(kind, "struct " + name);
        }
        boolean[] seen = new boolean[fields.length];
        in.beginObject();
        while (in.hasNext()) {
            int index = in.nextPlainName(asciiNames);
            if (index == JsonReader.NOT_PLAIN) {
                index = indexOf(in.nextName());
            }
            if (index < 0) {
                in.skipValue();
                continue;
            }
            if (seen[index]) {
                throw in.error("duplicate field `" + fields[index].name + "`");
            }
            seen[index] = true;
            values[index] = fields[index].codec.read(in);
        }
        in.endObject();
        for (int i = 0; i < fields.length; i++) {
            if (!seen[i]) {
                if (!fields[i].optional) {
                    throw in.error("missing field `" + fields[i].name + "`");
                }
                values[i] = Optional.empty();
            }
        }
        return values;
    }

    /** The index of the field named {@code name}, or -1. */
    private int indexOf(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }
}
