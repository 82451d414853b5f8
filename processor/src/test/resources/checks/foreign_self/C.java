package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public String greeting() {
        return "hi";
    }

    public Promise<String> askSelf() {
        return GreeterStub.self().withStaticGas(Gas.tgas(5)).greeting();
    }

    public Promise<String> ask() {
        return DStub.self().withStaticGas(Gas.tgas(5)).name(); //- //! ERROR jnear/foreign-self "DStub.self() calls D.name on this contract's own account, but C exports no method \"name\""
        return DStub.on("d.near").withStaticGas(Gas.tgas(5)).name(); //+
    }
}
