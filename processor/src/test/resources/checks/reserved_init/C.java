package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String owner = "";

    public void init(String owner) { //- //! ERROR jnear/reserved-name "make it an @Init constructor"
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
