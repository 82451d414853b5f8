package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String owner;

    C() { //+
    } //+

    public C() { //-
        owner = Env.signerAccountId().toString(); //- //! ERROR jnear/implicit-init-owner "The constructor of C calls Env.signerAccountId()"
    @Init //+
    public C(String owner) { //+
        this.owner = owner; //+
    }

    @View
    public String owner() {
        return owner;
    }
}
