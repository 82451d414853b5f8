package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

/** Borsh state: loading runs the no-argument constructor, so the transient initialiser runs on every call. */
@Contract
public class B {
    long total;
    transient long factor = 10;

    public long add(long amount) {
        total += amount * factor;
        return total;
    }
}
