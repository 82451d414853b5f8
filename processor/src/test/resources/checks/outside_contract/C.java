package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract //+
public class C {
    @Private //- //! ERROR jnear/outside-contract "@Private on run in C, which is not in a @Contract class"
    @Private //+
    public void run() {
    }
}
