package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

public class Outer {
    @Contract //-
    public class C { //- //! ERROR jnear/contract-inner-class "is an inner class"
    @Contract //+
    public static class C { //+
        public void run() {
        }
    }
}
