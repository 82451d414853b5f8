package io.jnear.sdk.spi;

/** Turns a method's raw JSON result into its Java value; empty bytes mean "no value". */
@FunctionalInterface
public interface ResultDecoder<T> {
    T decode(byte[] json);

    /** The decoder for methods that return nothing. */
    static ResultDecoder<Void> none() {
        return bytes -> null;
    }
}
