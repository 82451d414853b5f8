package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C { //- //! ERROR jnear/no-state-constructor
public class C { //+
    String owner;

    C() { //+
    } //+

    @Init
    public C(String owner) {
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }
}
