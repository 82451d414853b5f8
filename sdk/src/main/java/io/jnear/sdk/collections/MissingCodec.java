package io.jnear.sdk.collections;

import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshReader;
import io.jnear.sdk.borsh.BorshWriter;

/**
 * The codec of a collection created without codecs outside the creation of a contract: there is no
 * field whose type arguments could give it one, so every use fails and says how to fix it.
 */
final class MissingCodec<T> implements BorshCodec<T> {
    private final String collection;

    // the text is built only when it is needed: a contract's field initialisers make these at every state load
    MissingCodec(String collection) {
        this.collection = collection;
    }

    private String message() {
        return "This " + collection + " was created without codecs outside the creation of a contract, "
                + "so it cannot read or write entries; declare it as a field of the contract, or pass Borsh "
                + "codecs";
    }

    @Override
    public T read(BorshReader in) {
        throw new IllegalStateException(message());
    }

    @Override
    public void write(BorshWriter out, T value) {
        throw new IllegalStateException(message());
    }
}
