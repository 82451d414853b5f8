package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    StringBuilder worker; //- //! ERROR jnear/unstorable-field "State field worker has type java.lang.StringBuilder"
    transient StringBuilder worker; //+
    String name;

    public String name() {
        return name + worker;
    }
}
