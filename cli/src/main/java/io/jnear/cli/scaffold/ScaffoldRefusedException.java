package io.jnear.cli.scaffold;

/** {@code jnear new} was asked for something it will not do (a bad name, a non-empty directory); nothing was written. */
public final class ScaffoldRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ScaffoldRefusedException(String message) {
        super(message);
    }
}
