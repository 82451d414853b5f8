package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public record Job(String name, StringBuilder worker) { //-
    public record Job(String name, String worker) { //+
    }

    public void submit(Job job) { //- //! ERROR jnear/unmappable-type
    public void submit(Job job) { //+
    }
}
