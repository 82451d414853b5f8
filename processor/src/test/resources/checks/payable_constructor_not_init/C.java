package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @Payable //- //! ERROR jnear/not-exported "@Payable on the constructor of C, which is not exported because it is a"
    public C() {
    }
}
