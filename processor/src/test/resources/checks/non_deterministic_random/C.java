package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    long last;

    public void roll() {
        last = new Random().nextLong(); //- //! ERROR jnear/non-deterministic
        last = new Random(Env.randomSeed()[0]).nextLong(); //+
        double d = Math.random(); //- //! ERROR jnear/non-deterministic
        double d = 0.5; //+
        String id = UUID.randomUUID().toString(); //- //! ERROR jnear/non-deterministic
        String id = "id"; //+
        Env.log(id + d);
    }
}
