package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @View //- //! ERROR jnear/view-callback
    @Private //- //! ERROR jnear/view-private
    @Private //+
    public String done(@CallbackResult PromiseResult<String> r) {
        return r.valueOr("");
    }
}
