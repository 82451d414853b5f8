package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    private static final Set<String> ADMINS = Set.of("a.near", "b.near");
    private static final List<Integer> PRIMES = List.of(2, 3, 5);
    private static final Map<String, Integer> LIMITS = Map.of("a", 1);
    private static final List<String> SORTED = List.copyOf(new TreeSet<>(ADMINS));
    private static final Map<String, Integer> VIEW = Collections.unmodifiableMap(new TreeMap<>(LIMITS));
    private static final List<String> NONE = Collections.emptyList();
    private static final List<String> LOG = new ArrayList<>(); //- //! ERROR jnear/mutable-static "a constant collection is built with List.of, Set.of, Map.of or copyOf"
    private static final List<int[]> ROWS = List.of(new int[] {1}); //- //! ERROR jnear/mutable-static "Static field ROWS is mutable"

    public boolean isAdmin(String who) {
        return ADMINS.contains(who) && PRIMES.size() + LIMITS.size() + SORTED.size() + VIEW.size() + NONE.size() > 0;
    }
}
