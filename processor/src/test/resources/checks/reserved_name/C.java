package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public void self() { //- //! ERROR jnear/reserved-name "Method self clashes with the generated stub's own method self(..)"
    @Name("self") public void itself() { //+
    }
}
