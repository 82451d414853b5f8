package test.util;

public class Ticker extends Wheel {
    public long tick() {
        return turn() + 1;
    }

    static final class Worker {
        Thread thread; //- //! ERROR jnear/non-deterministic "java.lang.Thread is not allowed in contract code: contracts run on one thread"
    }
}
