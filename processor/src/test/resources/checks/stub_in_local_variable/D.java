package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class D {
    @View
    public String name() {
        return "d";
    }
}
