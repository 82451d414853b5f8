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
    public C(String owner) {
        this.owner = owner;
    }

    @Init //- //! ERROR jnear/multiple-init "Contract class test.C has two @Init constructors exported as"
    @Init @Name("new_with_suffix") //+
    public C(String owner, int suffix) {
        this.owner = owner + suffix;
    }

    public String owner() {
        return owner;
    }
}
