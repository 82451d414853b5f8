package lib;

import lib.deep.Jitter;

public final class Amounts {
    private Amounts() {
    }

    public static long scaled(long amount) {
        long noise = new java.util.Random().nextLong(); //- //! ERROR jnear/non-deterministic "new Random is not allowed in contract code: randomness differs between nodes"
        long noise = 0; //+
        return amount * Jitter.factor() + noise;
    }
}
