package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @Name("go") //- //! ERROR jnear/not-exported "@Name on method helper, which is not exported because it is not public"
    private void helper() {
    }

    public void run() {
        helper();
    }
}
