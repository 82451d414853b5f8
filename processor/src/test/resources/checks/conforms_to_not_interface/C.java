package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;

@Contract
@ConformsTo(Runnable.class) //- //! ERROR jnear/interface-mismatch "@ConformsTo names java.lang.Runnable, which is not a @CrossContractCall interface"
public class C {
    public String name() {
        return "c";
    }
}

@ConformsTo(Runnable.class) //- //! ERROR jnear/outside-contract "@ConformsTo on type Plain"
class Plain {
}
