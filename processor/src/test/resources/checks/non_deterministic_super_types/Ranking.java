package lib;

import java.util.TreeMap;

public final class Ranking extends TreeMap<String, Long> { //- //! ERROR jnear/non-deterministic "extending java.util.TreeMap is not allowed in contract code: its inherited methods are priced"
public final class Ranking { //+
    private Ranking() {
    }

    public static long top(String word) {
        return word.isEmpty() ? 0 : 1;
    }
}
