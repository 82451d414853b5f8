package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String owner;

    C() {
    }

    @Init
    public C(@CallbackResult String owner) { //- //! ERROR jnear/init-callback "@CallbackResult on a parameter of the @Init constructor"
    public C(String owner) { //+
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }
}
