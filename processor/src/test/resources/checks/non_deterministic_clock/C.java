package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    long last;

    public void touch() {
        last = System.currentTimeMillis(); //- //! ERROR jnear/non-deterministic
        last = Env.blockTimestamp(); //+
    }
}
