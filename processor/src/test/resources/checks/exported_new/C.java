package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String owner = "";

    @Name("new") //- //! ERROR jnear/exported-new "anyone can call it again and reset the state"
    public void setUp(String owner) { //-
    C() { //+
    } //+

    @Init //+
    public C(String owner) { //+
        this.owner = owner;
    }

    @View
    public String owner() {
        return owner;
    }
}
