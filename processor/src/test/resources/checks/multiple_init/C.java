package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    private String owner;

    @Init
    public C(String owner) {
        this.owner = owner;
    }

    @Init //- //! ERROR jnear/multiple-init "Contract class test.C has more than one @Init constructor"
    public C(String owner, int unused) {
        this.owner = owner + unused;
    }

    public String owner() {
        return owner;
    }
}
