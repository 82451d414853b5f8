package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

public abstract class Base {
    @Private
    public abstract void settle(String id);
}
