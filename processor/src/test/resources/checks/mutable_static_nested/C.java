package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public record Entry(String name) {
        static final List<String> SEEN = new ArrayList<>(); //- //! ERROR jnear/mutable-static "Static field Entry.SEEN is mutable"
        static final List<String> SEEN = List.of(); //+
    }

    static class Cache {
        static Map<String, String> entries = new HashMap<>(); //- //! ERROR jnear/mutable-static "Cache.entries is mutable (it is not final)"
        static final Map<String, String> entries = Map.of(); //+
    }

    public int size() {
        return Entry.SEEN.size() + Cache.entries.size();
    }
}
