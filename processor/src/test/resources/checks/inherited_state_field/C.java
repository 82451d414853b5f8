package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C extends Base { //- //! ERROR jnear/inherited-state-field
public class C extends Base { //+
    int count;

    public String owner() {
        count++;
        return owner;
    }
}
