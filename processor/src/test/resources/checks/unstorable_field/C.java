package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    private Thread worker; //- //! ERROR jnear/unstorable-field
    private transient Thread worker; //+
    private String name;

    public String name() {
        return name + worker;
    }
}
