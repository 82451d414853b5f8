package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    private long total;
    private transient long factor = 10; //- //! WARNING jnear/transient-initializer "from the second call on it starts as 0"
    private static final long FACTOR = 10; //+

    public long add(long amount) {
        total += amount * factor; //-
        total += amount * FACTOR; //+
        return total;
    }
}
