package io.jnear.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The rule that lets plain generated code, without reflection, read and write every contract's state as
 * Borsh (the Dagger rule for injected fields): state fields are the contract's own non-static,
 * non-transient fields, neither private nor final, so generated code in the contract's package sets and
 * reads them directly; a contract with {@code @Init} constructors also has a non-private no-argument
 * constructor, through which the generated codec creates the instance it reads the stored fields into;
 * field types have a Borsh form (primitives, strings, the SDK's value types, {@code byte[]},
 * {@code Optional}, {@code List}, {@code Map}, the {@link JsonTypes#CONCRETE_COLLECTIONS} such as
 * {@code ArrayList} and {@code TreeMap}, enums, records of those, and the storage collections of
 * such types, stored as their prefix). One owner for the rule: validation reports its
 * {@link #problems}, the codec writer relies on their absence.
 */
public final class BorshState {
    /** The {@code BorshCodecs} constant of each type that has one; also what a LookupMap in Borsh state holds. */
    public static final Map<String, String> CONSTANTS = Map.ofEntries(
            Map.entry("java.lang.Boolean", "BOOLEAN"),
            Map.entry("java.lang.Byte", "I8"),
            Map.entry("java.lang.Short", "I16"),
            Map.entry("java.lang.Integer", "I32"),
            Map.entry("java.lang.Long", "I64"),
            Map.entry("java.lang.Float", "F32"),
            Map.entry("java.lang.Double", "F64"),
            Map.entry("java.lang.Character", "CHAR"),
            Map.entry("java.lang.String", "STRING"),
            Map.entry("io.jnear.sdk.AccountId", "ACCOUNT_ID"),
            Map.entry("io.jnear.sdk.U128", "U128_VALUE"),
            Map.entry("io.jnear.sdk.U64", "U64_VALUE"),
            Map.entry("io.jnear.sdk.U8", "U8_VALUE"),
            Map.entry("io.jnear.sdk.U16", "U16_VALUE"),
            Map.entry("io.jnear.sdk.U32", "U32_VALUE"),
            Map.entry("io.jnear.sdk.U64Number", "U64_NUMBER"),
            Map.entry("io.jnear.sdk.NearToken", "NEAR_TOKEN"),
            Map.entry("io.jnear.sdk.Gas", "GAS"),
            Map.entry("io.jnear.sdk.PublicKey", "PUBLIC_KEY"));

    /** The {@code BorshCodecs} factory of each container type that has one. */
    public static final Map<String, String> CONTAINERS = Map.of(
            "java.util.List", "list",
            "java.util.Map", "map",
            "java.util.Optional", "optional");

    /**
     * The storage collections, each with its number of type arguments; state stores each as near-sdk-rs
     * serialises it (its {@code writeState}: the prefix, a {@code Vector}'s length before it).
     */
    public static final Map<String, Integer> COLLECTIONS = Map.of(
            "io.jnear.sdk.collections.LookupMap", 2,
            "io.jnear.sdk.collections.IterableMap", 2,
            "io.jnear.sdk.collections.LookupSet", 1,
            "io.jnear.sdk.collections.Vector", 1,
            "io.jnear.sdk.collections.LazyOption", 1);

    private BorshState() {
    }

    /** What keeps {@code type}'s state from being generated Borsh, each on the element to fix; empty if nothing. */
    public static List<Problem> problems(TypeElement type) {
        List<Problem> problems = new ArrayList<>();
        for (TypeElement s = superclass(type); s != null && !s.getQualifiedName().contentEquals("java.lang.Object");
                s = superclass(s)) {
            for (VariableElement inherited : stateFields(s)) {
                problems.add(new Problem(Kind.INHERITED_FIELD, type, inherited));
            }
        }
        if (!ContractElements.initConstructors(type).isEmpty() && !hasNoArgConstructor(type)) {
            // without any @Init and no-arg constructor, the contract shape check already says what to add
            problems.add(new Problem(Kind.NO_CONSTRUCTOR, type, null));
        }
        for (VariableElement field : stateFields(type)) {
            if (field.getModifiers().contains(Modifier.PRIVATE)) {
                problems.add(new Problem(Kind.PRIVATE_FIELD, field, field));
            }
            if (field.getModifiers().contains(Modifier.FINAL)) {
                problems.add(new Problem(Kind.FINAL_FIELD, field, field));
            }
            if (!hasBorshForm(field.asType())) {
                problems.add(new Problem(Kind.NO_BORSH_FORM, field, field));
            }
        }
        return problems;
    }

    /** Whether {@code type} has a no-argument constructor that generated code in its package can call. */
    public static boolean hasNoArgConstructor(TypeElement type) {
        return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
    }

    /**
     * Whether a state field of {@code type} can be generated Borsh: a value with a Borsh form, or a storage
     * collection (stored by its {@code writeState}) whose type arguments have one.
     */
    public static boolean hasBorshForm(TypeMirror type) {
        if (isCollection(type)) {
            List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
            return !args.isEmpty() && args.stream().allMatch(a -> hasBorshForm(a, new HashSet<>()));
        }
        return hasBorshForm(type, new HashSet<>());
    }

    /** Whether {@code type} is one of the SDK's storage {@link #COLLECTIONS}. */
    public static boolean isCollection(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && COLLECTIONS.containsKey(
                ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
    }

    /** One reason the state cannot be generated: what, on which element, about which field (null if none). */
    public record Problem(Kind kind, Element element, VariableElement field) {
    }

    /** The reasons a contract's state cannot be generated Borsh. */
    public enum Kind {
        /** A field of a superclass: generated code stores the contract's own fields only. */
        INHERITED_FIELD,
        /** Initializers take arguments, and no constructor creates an empty instance to read state into. */
        NO_CONSTRUCTOR,
        /** A private field: generated code cannot read or write it without reflection. */
        PRIVATE_FIELD,
        /** A final field: generated code cannot set it after construction. */
        FINAL_FIELD,
        /** A field whose type has no Borsh form. */
        NO_BORSH_FORM
    }

    /** The fields that make up the state: instance fields that are not transient, in declaration order. */
    public static List<VariableElement> stateFields(TypeElement type) {
        List<VariableElement> fields = new ArrayList<>();
        for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (!f.getModifiers().contains(Modifier.STATIC) && !f.getModifiers().contains(Modifier.TRANSIENT)) {
                fields.add(f);
            }
        }
        return fields;
    }

    public static boolean isDeclared(TypeMirror type, String name) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(name);
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror s = type.getSuperclass();
        return s.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) s).asElement() : null;
    }

    private static boolean hasBorshForm(TypeMirror type, Set<String> seen) {
        if (type.getKind().isPrimitive()) {
            return true;
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        if (CONSTANTS.containsKey(name)) {
            return true;
        }
        if (CONTAINERS.containsKey(name) || JsonTypes.CONCRETE_COLLECTIONS.contains(name)) {
            return !declared.getTypeArguments().isEmpty()
                    && declared.getTypeArguments().stream().allMatch(a -> hasBorshForm(a, seen));
        }
        for (Element e = element; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return false; // generated code could not reach it
            }
        }
        if (element.getKind() == ElementKind.ENUM) {
            return true;
        }
        if (element.getKind() == ElementKind.RECORD && element.getTypeParameters().isEmpty()) {
            if (!seen.add(name)) {
                return false; // a record that holds itself has no finite Borsh form
            }
            boolean all = element.getRecordComponents().stream().allMatch(c -> hasBorshForm(c.asType(), seen));
            seen.remove(name);
            return all;
        }
        return false;
    }
}
