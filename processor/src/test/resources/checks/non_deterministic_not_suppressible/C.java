package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

// What the sandbox refuses to deploy is an error, which @SuppressWarnings cannot hide.
@Contract
@SuppressWarnings("jnear:non-deterministic")
public class C {
    long last;

    public void touch() {
        last = System.nanoTime(); //- //! ERROR jnear/non-deterministic "System.nanoTime is not allowed in contract code: clocks differ between nodes"
        last = Env.blockTimestamp(); //+
    }
}
