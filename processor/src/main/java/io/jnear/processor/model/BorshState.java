package io.jnear.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Whether a contract's state can be generated Borsh, read and written by plain generated code: a
 * non-private no-argument constructor to create the instance, fields that are neither private nor final
 * (set and read directly), no superclass fields, and field types with a Borsh form (primitives, strings,
 * the SDK's value types, {@code byte[]}, {@code Optional}, {@code List}, {@code Map}, enums, records of
 * those, and {@code LookupMap}s of primitives, strings and SDK value types, stored as their prefix). One
 * owner for the rule: the codec writer asks it, and so does validation.
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
            Map.entry("io.jnear.sdk.NearToken", "NEAR_TOKEN"),
            Map.entry("io.jnear.sdk.Gas", "GAS"),
            Map.entry("io.jnear.sdk.PublicKey", "PUBLIC_KEY"));

    /** The {@code BorshCodecs} factory of each container type that has one. */
    public static final Map<String, String> CONTAINERS = Map.of(
            "java.util.List", "list",
            "java.util.Map", "map",
            "java.util.Optional", "optional");

    public static final String LOOKUP_MAP = "io.jnear.sdk.collections.LookupMap";

    private BorshState() {
    }

    /** Why {@code type}'s state cannot be generated Borsh, or empty if it can. */
    public static Optional<String> whyNot(TypeElement type) {
        if (!isDeclared(type.getSuperclass(), "java.lang.Object")) {
            return Optional.of("it extends another class");
        }
        boolean noArg = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
        if (!noArg) {
            return Optional.of("it has no non-private no-argument constructor");
        }
        for (VariableElement field : stateFields(type)) {
            String name = field.getSimpleName().toString();
            if (field.getModifiers().contains(Modifier.PRIVATE) || field.getModifiers().contains(Modifier.FINAL)) {
                return Optional.of("its field " + name + " is private or final");
            }
            TypeMirror t = field.asType();
            if (isDeclared(t, LOOKUP_MAP)) {
                List<? extends TypeMirror> args = ((DeclaredType) t).getTypeArguments();
                if (args.size() != 2 || !hasConstant(args.get(0)) || !hasConstant(args.get(1))) {
                    return Optional.of("its LookupMap " + name + " holds more than primitives, strings and SDK "
                            + "value types");
                }
            } else if (!hasBorshForm(t, new HashSet<>())) {
                return Optional.of("its field " + name + " has no Borsh form");
            }
        }
        return Optional.empty();
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

    private static boolean hasConstant(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && CONSTANTS.containsKey(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
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
        if (CONTAINERS.containsKey(name)) {
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
