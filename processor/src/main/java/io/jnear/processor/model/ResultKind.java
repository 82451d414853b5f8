package io.jnear.processor.model;

/** What an exported method hands back. */
public enum ResultKind {
    VOID,
    VALUE,
    /** A {@code Promise<T>}: the call resolves to what the promise resolves to. */
    PROMISE
}
