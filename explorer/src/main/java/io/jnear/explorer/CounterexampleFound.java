package io.jnear.explorer;

/**
 * The assertion failure a test gets when exploring found a schedule that breaks an invariant: its
 * message is the counterexample's whole report (what happened block by block, the receipt trees, a
 * snippet that replays it), and the counterexample itself stays at hand for tools that draw or save it.
 */
public final class CounterexampleFound extends AssertionError {
    private static final long serialVersionUID = 1L;

    /** Not serialised: a report travels as its message. */
    private final transient Counterexample counterexample;

    public CounterexampleFound(Counterexample counterexample) {
        super(counterexample.report());
        this.counterexample = counterexample;
    }

    /** The minimised counterexample; null after deserialisation. */
    public Counterexample counterexample() {
        return counterexample;
    }
}
