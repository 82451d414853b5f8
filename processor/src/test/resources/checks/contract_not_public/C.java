package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract //-
class C { //- //! ERROR jnear/contract-not-public "Contract class test.C is not public"
@Contract //+
public class C { //+
    public void run() {
    }
}
