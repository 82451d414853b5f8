package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

public class Outer {
    @Contract //- //! ERROR jnear/contract-inner-class
    public class C { //-
    @Contract //+
    public static class C { //+
        public void run() {
        }
    }
}
