package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String owner;

    C() {
    }

    @Init //-
    C(String owner) { //- //! ERROR jnear/init-not-public "@Init constructor of test.C is not public"
    @Init //+
    public C(String owner) { //+
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }
}
