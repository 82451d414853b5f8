package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract //- //! ERROR jnear/no-constructor "Contract class test.C has no usable constructor"
@Contract //+
public class C {
    String owner;

    C() { //+
    } //+

    @Init //+
    public C(String owner) {
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }
}
