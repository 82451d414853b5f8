package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @Private //+
    public String done(@CallbackResult PromiseResult<String> r) { //! ERROR jnear/public-callback "Method done takes a @CallbackResult but is not @Private"
        return r.valueOr("");
    }
}
