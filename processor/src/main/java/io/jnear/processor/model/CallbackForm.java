package io.jnear.processor.model;

/** How a @CallbackResult parameter takes its promise's result. */
public enum CallbackForm {
    /** {@code PromiseResult<T>}: sees failures. */
    WRAPPED,
    /** {@code T}: the dispatcher panics if the promise failed. */
    BARE,
    /** {@code List<PromiseResult<T>>}: every result of a join, in order. */
    LIST
}
