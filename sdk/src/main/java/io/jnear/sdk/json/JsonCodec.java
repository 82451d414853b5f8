package io.jnear.sdk.json;

/**
 * Reads and writes values of one Java type as JSON. The processor generates one for every record, class
 * and enum that crosses a contract boundary, composed from the codecs in {@link JsonCodecs}; none uses
 * reflection.
 *
 * @param <T> the Java type
 */
public interface JsonCodec<T> {
    /** Reads the next value of {@code in}; throws {@link JsonException} if it is not a {@code T}. */
    T read(JsonReader in);

    /** Writes {@code value}; a null value is written as {@code null}. */
    void write(JsonWriter out, T value);

    /** The value the whole of {@code json} holds; trailing content is an error. */
    default T decode(byte[] json) {
        JsonReader in = JsonReader.of(json);
        T value = read(in);
        in.end();
        return value;
    }

    /** {@code value} as one JSON document. */
    default byte[] encode(T value) {
        JsonWriter out = new JsonWriter();
        write(out, value);
        return out.toBytes();
    }
}
