package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract //-
public class C<T> { //- //! ERROR jnear/contract-generic "has type parameters"
@Contract //+
public class C { //+
    public void run() {
    }
}
