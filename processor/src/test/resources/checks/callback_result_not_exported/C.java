package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    private String helper(@CallbackResult PromiseResult<String> r) { //- //! ERROR jnear/not-exported "@CallbackResult on method helper, which is not exported because it is not public"
    private String helper(PromiseResult<String> r) { //+
        return r.valueOr("");
    }
}
