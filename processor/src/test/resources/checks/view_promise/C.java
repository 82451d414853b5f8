package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.json.JsonCodecs;
import java.util.*;

@Contract
public class C {
    @View //- //! ERROR jnear/view-promise "@View method get returns a Promise"
    public Promise<String> get() {
        return Promise.create(Env.currentAccountId()).resolvingTo(JsonCodecs.STRING); //! ERROR jnear/view-writes "creates a promise"
    }
}
