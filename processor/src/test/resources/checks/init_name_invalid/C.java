package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String owner;

    C() {
    }

    @Init
    @Name("new-default") //- //! ERROR jnear/invalid-name
    @Name("new_default") //+
    public C(String owner) {
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }
}
