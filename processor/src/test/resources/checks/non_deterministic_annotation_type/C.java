package test;

import io.jnear.annotations.*;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// An annotation type implements java.lang.annotation.Annotation, which the contract API does not name: the
// sandbox refuses the class as it would one whose source wrote the interface. The values of annotations are
// not code (the enum constants RetentionPolicy.CLASS and ElementType.METHOD are not read), so they are not
// reported, nor is the use of the annotation type.
@Contract
public class C {
    @Tag //-
    public String work(String name) {
        return name + "!";
    }

    @Retention(RetentionPolicy.CLASS) //-
    @Target(ElementType.METHOD) //-
    @interface Tag { //- //! ERROR jnear/non-deterministic "java.lang.annotation.Annotation is not allowed in contract code: it is not part of jnear's contract API (see META-INF/jnear/contract-api.txt)"
    } //-
}
