package lib.deep;

public final class Jitter {
    private Jitter() {
    }

    public static long factor() {
        return System.nanoTime() % 2 + 1; //- //! ERROR jnear/non-deterministic "System.nanoTime is not allowed in contract code: clocks differ between nodes"
        return 1; //+
    }
}
