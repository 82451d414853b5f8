package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String last = "";

    public void work(String name) {
        last = String.format("%s!", name); //- //! ERROR jnear/non-deterministic
        last = name + "!"; //+
        Locale.setDefault(Locale.ROOT); //- //! ERROR jnear/non-deterministic
        last = last.toLowerCase(); //- //! ERROR jnear/non-deterministic
        last = last.toLowerCase(Locale.ROOT); //+
        Object lock = new Object();
        lock.notifyAll(); //- //! ERROR jnear/non-deterministic
        Env.log(lock.toString()); //+
        Map<String, Integer> ordered = new HashMap<>(Map.of("a", 1)); //+
        Env.log(last + ordered);
    }
}
