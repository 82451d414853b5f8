package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @SuppressWarnings("rawtypes")
    public void put(List values) { //- //! ERROR jnear/unmappable-type
    public void put(List<String> values) { //+
    }
}
