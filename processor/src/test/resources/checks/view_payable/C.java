package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @View
    @Payable //- //! ERROR jnear/view-payable "Method get is both @View and @Payable"
    public String get() {
        return "";
    }
}
