package io.jnear.processor.model;

/** What an exported method hands back. */
public enum ResultKind {
    VOID,
    VALUE,
    /** A {@code Promise<T>}: the call resolves to what the promise resolves to. */
    PROMISE,
    /** A {@code PromiseOrValue<T>}: a value now, or what a promise resolves to. */
    PROMISE_OR_VALUE
}
