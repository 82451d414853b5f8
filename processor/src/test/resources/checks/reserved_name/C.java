package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public void self() { //- //! ERROR jnear/reserved-name
    @Name("self") public void itself() { //+
    }
}
