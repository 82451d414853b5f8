package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public Map<List<String>, Integer> counts() { //- //! ERROR jnear/unmappable-type
    public Map<String, Integer> counts() { //+
        return Map.of();
    }
}
