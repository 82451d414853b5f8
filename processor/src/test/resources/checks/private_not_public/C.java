package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @Private //- //! ERROR jnear/not-exported
    void helper() {
    }
}
