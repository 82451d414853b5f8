package io.jnear.sdk.spi;

/** Turns a method's raw JSON result into its Java value; empty bytes mean "no value". */
@FunctionalInterface
public interface ResultDecoder<T> {
    T decode(byte[] json);

    /** The decoder for methods that return nothing. */
    static ResultDecoder<Void> none() {
        return bytes -> null;
    }

    /** The decoder of results {@code codec} reads; empty bytes (no result) decode to null. */
    static <T> ResultDecoder<T> json(io.jnear.sdk.json.JsonCodec<T> codec) {
        return bytes -> {
            if (bytes == null || bytes.length == 0) {
                return null;
            }
            try {
                return codec.decode(bytes);
            } catch (io.jnear.sdk.json.JsonException e) {
                throw new IllegalArgumentException("Cannot decode the result: " + e.getMessage(), e);
            }
        };
    }
}
