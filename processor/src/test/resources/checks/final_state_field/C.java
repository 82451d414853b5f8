package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    final String owner = "owner.near"; //- //! ERROR jnear/final-state-field
    static final String OWNER = "owner.near"; //+
    int count;

    public String owner() {
        count++;
        return owner; //-
        return OWNER; //+
    }
}
