package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @View
    @Private //- //! ERROR jnear/view-private "Method get is both @View and @Private"
    public String get() { //-
    public String get() { //+
        return "";
    }
}
