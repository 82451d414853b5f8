package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract //- //! ERROR jnear/contract-abstract
public abstract class C { //-
@Contract //+
public class C { //+
    public void run() {
    }
}
