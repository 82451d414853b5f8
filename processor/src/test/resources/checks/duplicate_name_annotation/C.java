package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public void transfer() {
    }

    @Name("transfer") //-
    public void send() { //- //! ERROR jnear/duplicate-name "Method send() is exported as \"transfer\", which method transfer() already uses"
    public void send() { //+
    }
}
