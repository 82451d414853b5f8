package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @Payable //- //! ERROR jnear/not-exported "@Payable on method helper, which is not exported because it is static"
    public static void helper() {
    }
}
