package io.jnear.sdk.borsh;

/**
 * Reads and writes values of one Java type as Borsh.
 *
 * @param <T> the Java type
 */
public interface BorshCodec<T> {
    T read(BorshReader in);

    void write(BorshWriter out, T value);

    /** The value the whole of {@code bytes} holds. */
    default T decode(byte[] bytes) {
        BorshReader in = BorshReader.of(bytes);
        T value = read(in);
        in.end();
        return value;
    }

    default byte[] encode(T value) {
        BorshWriter out = new BorshWriter(64); // a contract state of a few fields grows a smaller buffer
        write(out, value);
        return out.toBytes();
    }
}
