package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @View
    public String name() {
        return "c";
    }

    public Promise<String> ask(String other) {
        return CStub.on(other).withUnusedGasWeight(0).name(); //- //! ERROR jnear/no-gas "Call of C.name has no static gas and unused gas weight 0"
        return CStub.on(other).withStaticGas(Gas.tgas(5)).withUnusedGasWeight(0).name(); //+
    }

    public Promise<String> askZero(String other) {
        return CStub.on(other).withStaticGas(Gas.ZERO).withUnusedGasWeight(0).name(); //- //! ERROR jnear/no-gas "Call of C.name has no static gas and unused gas weight 0, so it is given no gas"
        return CStub.on(other).withStaticGas(Gas.ZERO).name(); //+
    }
}
