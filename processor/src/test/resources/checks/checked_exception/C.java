package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;

@Contract
public class C {
    public String read() throws java.io.IOException { //- //! ERROR jnear/checked-exception "Method read declares checked exception java.io.IOException"
    public String read() { //+
        return "";
    }
}
