package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;

@Contract
public class C {
    String cached = "x";

    @View //- //! ERROR jnear/view-promise "@View method get returns a Promise"
    public PromiseOrValue<String> get() {
        return PromiseOrValue.value(cached);
    }
}
