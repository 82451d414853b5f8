package test;

import io.jnear.annotations.*;
import java.util.*;

@Contract
public class C {
    private static final List<String> SEEN = new ArrayList<>(); //- //! ERROR jnear/mutable-static "Static field SEEN is mutable"
    private static final int[] PRIMES = {2, 3, 5}; //- //! ERROR jnear/mutable-static "Static field PRIMES is mutable"
    List<String> seen = new ArrayList<>(); //+
    List<Integer> primes = List.of(2, 3, 5); //+
    private static final long LIMIT = 10;

    public int remember(String name) {
        seen(name);
        return (int) LIMIT;
    }

    private void seen(String name) { //-
        SEEN.add(name + PRIMES.length); //-
    } //-
    private void seen(String name) { //+
        seen.add(name + primes.size()); //+
    } //+
}
