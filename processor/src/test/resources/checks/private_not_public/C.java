package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @Private //- //! ERROR jnear/not-exported "@Private on method helper, which is not exported because it is not public"
    void helper() {
    }
}
