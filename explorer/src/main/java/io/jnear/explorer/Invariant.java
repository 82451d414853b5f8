package io.jnear.explorer;

import io.jnear.runtime.Sandbox;
import java.util.Objects;
import java.util.Optional;

/**
 * A property every explored schedule must keep: checked after every block ({@link #always}), or only
 * once nothing is left in flight ({@link #atRest}), when books that are legitimately behind while a
 * callback is pending must balance again.
 *
 * <p>The condition reads the sandbox (views, balances, storage) and must not send transactions or
 * produce blocks. It fails by returning false or by throwing an {@link AssertionError} (JUnit's
 * {@code assertEquals} inside the lambda works, and its message is reported).
 */
public final class Invariant {
    /** What the invariant reads. */
    @FunctionalInterface
    public interface Condition {
        boolean holds(Sandbox sandbox);
    }

    private final String name;
    private final Condition condition;
    private final boolean everyBlock;

    private Invariant(String name, Condition condition, boolean everyBlock) {
        this.name = Objects.requireNonNull(name, "name");
        this.condition = Objects.requireNonNull(condition, "condition");
        this.everyBlock = everyBlock;
    }

    /** Checked after every block of every schedule, and at the end. */
    public static Invariant always(String name, Condition condition) {
        return new Invariant(name, condition, true);
    }

    /** Checked when a schedule has run out: every transaction done, no receipt in flight. */
    public static Invariant atRest(String name, Condition condition) {
        return new Invariant(name, condition, false);
    }

    public String name() {
        return name;
    }

    /** True for {@link #always}, false for {@link #atRest}. */
    public boolean everyBlock() {
        return everyBlock;
    }

    /** Why the invariant does not hold in {@code sandbox}, or empty if it does. */
    Optional<String> violation(Sandbox sandbox) {
        try {
            return condition.holds(sandbox) ? Optional.empty() : Optional.of("does not hold");
        } catch (AssertionError | RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
