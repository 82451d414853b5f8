package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public void run(Runnable task) { //- //! ERROR jnear/unmappable-type
    public void run(String task) { //+
    }
}
