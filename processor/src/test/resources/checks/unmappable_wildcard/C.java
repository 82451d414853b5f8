package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public int count(List<? extends Number> values) { //- //! ERROR jnear/unmappable-type
    public int count(List<Long> values) { //+
        return values.size();
    }
}
