package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public Promise<String> ask() {
        return DStub.self().withStaticGas(Gas.tgas(5)).name(); //- //! ERROR jnear/foreign-self "Use DStub.on(account) to call another account, or CStub.self()"
        return DStub.on("d.near").withStaticGas(Gas.tgas(5)).name(); //+
    }
}
