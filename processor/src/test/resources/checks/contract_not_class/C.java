package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract //- //! ERROR jnear/contract-not-class "@Contract is on test.C, which is not a class"
public interface C { //-
@Contract //+
public class C { //+
    void run(); //-
    public void run() {} //+
}
