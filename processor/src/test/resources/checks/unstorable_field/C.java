package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    Thread worker; //- //! ERROR jnear/unstorable-field
    transient Thread worker; //+
    String name;

    public String name() {
        return name + worker;
    }
}
