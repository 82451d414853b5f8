package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
@SuppressWarnings("jnear:non-deterministic") //+
public class C {
    long last;

    public void touch() {
        last = System.nanoTime(); //- //! WARNING jnear/non-deterministic
        last = System.nanoTime(); //+
    }
}
