package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract //-
public abstract class C { //- //! ERROR jnear/contract-abstract "is abstract"
@Contract //+
public class C { //+
    public void run() {
    }
}
