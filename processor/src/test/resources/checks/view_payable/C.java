package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @View
    @Payable //- //! ERROR jnear/view-payable
    public String get() {
        return "";
    }
}
