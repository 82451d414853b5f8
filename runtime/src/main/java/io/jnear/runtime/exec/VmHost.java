package io.jnear.runtime.exec;

import io.jnear.sdk.spi.Host;

/**
 * What a code runner other than the JVM binding needs from the call's {@link VmLogic} beyond {@link Host}:
 * how much gas is left, so a Wasm engine can meter instructions in bulk between host calls.
 */
public interface VmHost extends Host {
    /** Gas that can still be burnt before the prepaid gas or the per-call maximum is crossed; never negative. */
    long gasLeft();
}
