package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String owner;

    C() {
    }

    @Init //- //! ERROR jnear/init-not-public
    C(String owner) { //-
    @Init //+
    public C(String owner) { //+
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }
}
