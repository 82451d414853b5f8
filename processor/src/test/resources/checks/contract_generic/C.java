package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract //- //! ERROR jnear/contract-generic
public class C<T> { //-
@Contract //+
public class C { //+
    public void run() {
    }
}
