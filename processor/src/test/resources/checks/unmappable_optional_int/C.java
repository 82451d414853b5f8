package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public void memo(OptionalInt count) { //- //! ERROR jnear/unmappable-type
    public void memo(Optional<Integer> count) { //+
    }
}
