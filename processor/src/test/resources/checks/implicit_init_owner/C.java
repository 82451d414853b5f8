package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    private String owner = Env.predecessorAccountId().toString(); //- //! ERROR jnear/implicit-init-owner "whoever calls first decides the value"
    private String owner; //+
    private String home = Env.currentAccountId().toString();
    private long created;

    {
        created = Env.blockHeight();
    }

    @Init //+
    public C(String owner) { //+
        this.owner = owner; //+
    } //+

    @View
    public String owner() {
        return owner + home + created;
    }
}
