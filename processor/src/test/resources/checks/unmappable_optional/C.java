package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public void memo(Optional<String> memo) { //- //! ERROR jnear/unmappable-type
    public void memo(String memo) { //+
    }
}
