package test.util;

public class Wheel {
    protected long turn() {
        return (long) (Math.random() * 10); //- //! ERROR jnear/non-deterministic "Math.random is not allowed in contract code: randomness differs between nodes"
        return 4; //+
    }
}
