package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String owner = Env.predecessorAccountId().toString(); //- //! ERROR jnear/implicit-init-owner "whoever calls first decides the value"
    String owner; //+
    String home = Env.currentAccountId().toString();
    long created;

    {
        created = Env.blockHeight();
    }

    C() { //+
    } //+

    @Init //+
    public C(String owner) { //+
        this.owner = owner; //+
    } //+

    @View
    public String owner() {
        return owner + home + created;
    }
}
