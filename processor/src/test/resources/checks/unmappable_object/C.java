package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public void put(Object value) { //- //! ERROR jnear/unmappable-type
    public void put(String value) { //+
    }
}
