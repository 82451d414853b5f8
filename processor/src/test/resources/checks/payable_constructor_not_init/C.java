package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @Payable //- //! ERROR jnear/not-exported
    public C() {
    }
}
