package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String last = "";

    public void work(String name) {
        last = String.format("%s!", name); //- //! WARNING jnear/non-deterministic
        last = name + "!"; //+
        Locale.setDefault(Locale.ROOT); //- //! WARNING jnear/non-deterministic
        last = last.toLowerCase(); //- //! WARNING jnear/non-deterministic
        last = last.toLowerCase(Locale.ROOT); //+
        Object lock = new Object();
        lock.notifyAll(); //- //! WARNING jnear/non-deterministic
        Env.log(lock.toString()); //+
        Map<String, Integer> ordered = new HashMap<>(Map.of("a", 1)); //+
        Env.log(last + ordered);
    }
}
