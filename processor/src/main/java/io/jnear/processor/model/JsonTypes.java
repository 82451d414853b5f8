package io.jnear.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The JSON shape of a Java type, as the generated codecs read and write it (arguments, results and their
 * records) and as the runtime's Jackson configuration stores contract state. One owner for the rule
 * "which types can cross a contract boundary": validation asks {@link #problem}, the ABI writer and the
 * codec writer ask {@link #shapeOf}.
 *
 * <p>The rule: primitives and their boxes, {@code String}, {@code BigInteger}, {@code BigDecimal}, the
 * SDK's value types ({@code AccountId}, {@code NearToken}, {@code U128}, {@code U64}, {@code Gas}, {@code PublicKey},
 * and the unsigned numbers {@code U8}, {@code U16}, {@code U32}, {@code U64Number}),
 * enums, {@code byte[]} (base64) and arrays of mappable non-generic reference types,
 * {@code List}/{@code Set}/{@code SortedSet}/{@code Collection} of a mappable type and the
 * {@link #CONCRETE_COLLECTIONS} {@code ArrayList}/{@code LinkedList}/{@code LinkedHashSet}/{@code TreeSet},
 * {@code Map}/{@code SortedMap}/{@code LinkedHashMap}/{@code TreeMap} with {@code String}, {@code AccountId},
 * enum or integer keys, {@code Optional} of a
 * mappable type (the one way to say "may be null or absent"), non-generic records of
 * mappable components, and non-generic concrete classes with a non-private no-argument constructor whose
 * fields are mappable, non-private and not final (the generated codec sets them directly; in contract
 * state every field counts). Types the generated codecs must reach may not be private. Not mappable:
 * {@code Object}, raw and wildcard types, type variables, interfaces (functional ones included),
 * abstract classes, inner classes, any other JDK type ({@code Thread}, {@code InputStream},
 * {@code Instant}, …), and the SDK's non-value types ({@code Promise}, {@code PromiseResult}, …).
 * Storage collections ({@code io.jnear.sdk.collections}) are storable only in contract state.
 */
public final class JsonTypes {
    public static final String SDK = "io.jnear.sdk.";
    public static final String COLLECTIONS = "io.jnear.sdk.collections.";

    /** Where a type is used: arguments and results use field-or-getter visibility, state uses fields. */
    public enum Mode { ARGS, STATE }

    /** What JSON a type becomes. */
    public sealed interface Shape {
    }

    /** A JSON scalar: {@code type} is boolean, integer, number, string or null. */
    public record Scalar(String type, String format) implements Shape {
    }

    /** A JSON string carrying an SDK value type, with a description of its text form. */
    public record SdkString(String name, String description) implements Shape {
    }

    public record ArrayOf(TypeMirror element, boolean unique) implements Shape {
    }

    public record Base64Bytes() implements Shape {
    }

    public record MapOf(TypeMirror value) implements Shape {
    }

    public record EnumOf(TypeElement type, List<String> constants) implements Shape {
    }

    /**
     * A JSON object; {@code required} are the properties that may not be absent. A {@code @Tuple} type is
     * a JSON array of the properties' values instead, in order.
     */
    public record ObjectOf(TypeElement type, List<Property> properties) implements Shape {
        public boolean isTuple() {
            return type.getAnnotation(io.jnear.annotations.Tuple.class) != null;
        }
    }

    /** A JSON value that may be {@code null} or absent: {@code Optional<T>}. */
    public record OptionalOf(TypeMirror element) implements Shape {
    }

    /**
     * A property of an object: its JSON name, its Java name (a record's accessor, a class's field) and
     * whether it must be present (every one but an {@code Optional}).
     */
    public record Property(String jsonName, String javaName, TypeMirror type, boolean required) {
    }

    /** A storage collection from {@code io.jnear.sdk.collections}, allowed in state only. */
    public record StorageCollection(DeclaredType type) implements Shape {
    }

    /** Not mappable, with why and what to do instead. */
    public record Unmappable(String reason, String fix) implements Shape {
    }

    private static final Map<String, Scalar> SCALARS = Map.ofEntries(
            Map.entry("java.lang.Boolean", new Scalar("boolean", null)),
            Map.entry("java.lang.Byte", new Scalar("integer", "int8")),
            Map.entry("java.lang.Short", new Scalar("integer", "int16")),
            Map.entry("java.lang.Integer", new Scalar("integer", "int32")),
            Map.entry("java.lang.Long", new Scalar("integer", "int64")),
            Map.entry("java.lang.Float", new Scalar("number", "float")),
            Map.entry("io.jnear.sdk.U8", new Scalar("integer", "uint8")),
            Map.entry("io.jnear.sdk.U16", new Scalar("integer", "uint16")),
            Map.entry("io.jnear.sdk.U32", new Scalar("integer", "uint32")),
            Map.entry("io.jnear.sdk.U64Number", new Scalar("integer", "uint64")),
            Map.entry("java.lang.Double", new Scalar("number", "double")),
            Map.entry("java.lang.Character", new Scalar("string", "char")),
            Map.entry("java.lang.String", new Scalar("string", null)),
            Map.entry("java.lang.Void", new Scalar("null", null)),
            Map.entry("java.math.BigInteger", new Scalar("integer", null)),
            Map.entry("java.math.BigDecimal", new Scalar("number", null)));

    private static final Map<String, String> SDK_STRINGS = Map.of(
            "io.jnear.sdk.AccountId", "A NEAR account id",
            "io.jnear.sdk.NearToken", "An amount of yoctoNEAR as a decimal string",
            "io.jnear.sdk.U128", "An unsigned 128-bit integer as a decimal string",
            "io.jnear.sdk.U64", "An unsigned 64-bit integer as a decimal string",
            "io.jnear.sdk.Gas", "An amount of gas as a decimal string",
            "io.jnear.sdk.PublicKey", "A public key as <curve>:<base58>");

    /**
     * The concrete JDK collections a contract may declare, each made with its no-argument constructor and
     * iterated in a deterministic order (insertion or sorted); {@code HashMap} and {@code HashSet} are not
     * among them, as their order depends on hash codes. Codecs create the declared type when they read.
     */
    public static final Set<String> CONCRETE_COLLECTIONS = Set.of("java.util.ArrayList", "java.util.LinkedList",
            "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.LinkedHashMap", "java.util.TreeMap");

    private static final Set<String> LISTS = Set.of("java.util.List", "java.util.Collection",
            "java.util.ArrayList", "java.util.LinkedList");
    private static final Set<String> SETS = Set.of("java.util.Set", "java.util.SortedSet",
            "java.util.LinkedHashSet", "java.util.TreeSet");
    private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.SortedMap",
            "java.util.LinkedHashMap", "java.util.TreeMap");
    private static final Set<String> INTEGER_KEYS = Set.of("java.lang.Integer", "java.lang.Long");

    private final Types types;
    private final Elements elements;

    public JsonTypes(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    /** The first reason {@code type} (or a type inside it) cannot be mapped, if any. */
    public Optional<Unmappable> problem(TypeMirror type, Mode mode) {
        return problem(type, mode, new HashSet<>());
    }

    private Optional<Unmappable> problem(TypeMirror type, Mode mode, Set<String> seen) {
        Shape shape = shapeOf(type, mode);
        if (shape instanceof Unmappable u) {
            return Optional.of(u);
        }
        List<TypeMirror> inner = new ArrayList<>();
        if (shape instanceof ArrayOf a) {
            inner.add(a.element());
        } else if (shape instanceof OptionalOf o) {
            inner.add(o.element());
        } else if (shape instanceof MapOf m) {
            inner.add(m.value());
        } else if (shape instanceof StorageCollection c) {
            inner.addAll(c.type().getTypeArguments());
        } else if (shape instanceof ObjectOf o) {
            if (!seen.add(o.type().getQualifiedName().toString())) {
                return Optional.empty(); // recursive types are fine; checked once
            }
            for (Property p : o.properties()) {
                Optional<Unmappable> u = problem(p.type(), mode, seen);
                if (u.isPresent()) {
                    // reasons are whole clauses ("it is a wildcard"): name the property, then say why
                    return Optional.of(new Unmappable("its property " + p.jsonName() + " has type " + p.type()
                            + ", which cannot be mapped: " + u.get().reason(), u.get().fix()));
                }
            }
        }
        for (TypeMirror t : inner) {
            Optional<Unmappable> u = problem(t, mode, seen);
            if (u.isPresent()) {
                return u;
            }
        }
        return Optional.empty();
    }

    /** The JSON shape of {@code type}, without looking inside element or property types. */
    public Shape shapeOf(TypeMirror type, Mode mode) {
        switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR:
                return shapeOf(types.boxedClass(types.getPrimitiveType(type.getKind())).asType(), mode);
            case ARRAY:
                TypeMirror component = ((ArrayType) type).getComponentType();
                if (component.getKind() == TypeKind.BYTE) {
                    return new Base64Bytes();
                }
                if (component.getKind().isPrimitive() && mode == Mode.ARGS) {
                    return new Unmappable("it is an array of " + component, "Use a List of the boxed type");
                }
                if (mode == Mode.ARGS && component instanceof DeclaredType d && !d.getTypeArguments().isEmpty()) {
                    return new Unmappable("it is an array of a generic type", "Use a List");
                }
                return new ArrayOf(component, false);
            case TYPEVAR:
                return new Unmappable("it is a type variable", "Use a concrete type");
            case WILDCARD:
                return new Unmappable("it is a wildcard", "Use an exact type argument, e.g. List<String>");
            case DECLARED:
                return declared((DeclaredType) type, mode);
            default:
                return new Unmappable("it is not a value type", "Use a record of plain values");
        }
    }

    private Shape declared(DeclaredType type, Mode mode) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
            return new Unmappable("it is a raw type", "Give it type arguments, e.g. "
                    + element.getSimpleName() + "<String>");
        }
        for (TypeMirror arg : type.getTypeArguments()) {
            if (arg.getKind() == TypeKind.WILDCARD) {
                return new Unmappable("its type argument " + arg + " is a wildcard",
                        "Use an exact type argument, e.g. " + element.getSimpleName() + "<String>");
            }
        }
        Scalar scalar = SCALARS.get(name);
        if (scalar != null) {
            return scalar;
        }
        String sdk = SDK_STRINGS.get(name);
        if (sdk != null) {
            return new SdkString(element.getSimpleName().toString(), sdk);
        }
        if (name.equals("java.lang.Object")) {
            return new Unmappable("Object says nothing about the JSON shape", "Use a concrete type");
        }
        if (LISTS.contains(name) || SETS.contains(name)) {
            return new ArrayOf(type.getTypeArguments().get(0), SETS.contains(name));
        }
        if (name.equals("java.util.Optional")) {
            return new OptionalOf(type.getTypeArguments().get(0));
        }
        if (name.startsWith("java.util.Optional")) {
            return new Unmappable(element.getSimpleName() + " has no JSON form here", "Use Optional<T>");
        }
        if (MAPS.contains(name)) {
            TypeMirror key = type.getTypeArguments().get(0);
            if (!isKeyType(key)) {
                return new Unmappable("its key type " + key + " is not a JSON object key",
                        "Use String, AccountId, an enum, Integer or Long keys");
            }
            return new MapOf(type.getTypeArguments().get(1));
        }
        if (name.startsWith(COLLECTIONS)) {
            return mode == Mode.STATE ? new StorageCollection(type)
                    : new Unmappable("storage collections live in contract state, not in arguments or results",
                            "Keep it in a field of the contract and pass plain values");
        }
        if (name.startsWith(SDK)) {
            return new Unmappable(element.getSimpleName() + " is not a value", "Pass plain values");
        }
        if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.")) {
            return new Unmappable(name + " has no JSON form here", "Use a record of plain values");
        }
        if (element.getKind() == ElementKind.ENUM) {
            List<String> constants = new ArrayList<>();
            for (Element e : element.getEnclosedElements()) {
                if (e.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(e.getSimpleName().toString());
                }
            }
            return new EnumOf(element, constants);
        }
        if (element.getKind() == ElementKind.INTERFACE || element.getKind() == ElementKind.ANNOTATION_TYPE) {
            return new Unmappable("it is an interface, so JSON cannot tell which class to create",
                    "Use a record or a concrete class");
        }
        if (element.getModifiers().contains(Modifier.ABSTRACT)) {
            return new Unmappable("it is abstract, so JSON cannot tell which class to create",
                    "Use a record or a concrete class");
        }
        if (!element.getTypeParameters().isEmpty()) {
            return new Unmappable("it is generic", "Use a non-generic record or class");
        }
        if (element.getNestingKind().isNested() && !element.getModifiers().contains(Modifier.STATIC)
                && element.getKind() == ElementKind.CLASS) {
            return new Unmappable("it is an inner class", "Declare it static");
        }
        for (Element e = element; mode == Mode.ARGS && e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return new Unmappable("it is private, so its generated JSON codec cannot reach it",
                        "Make it package-private or public");
            }
        }
        if (element.getKind() == ElementKind.RECORD) {
            return record(element);
        }
        return pojo(element, mode);
    }

    private boolean isKeyType(TypeMirror key) {
        if (key.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement e = (TypeElement) ((DeclaredType) key).asElement();
        String n = e.getQualifiedName().toString();
        return n.equals("java.lang.String") || n.equals("io.jnear.sdk.AccountId") || INTEGER_KEYS.contains(n)
                || e.getKind() == ElementKind.ENUM;
    }

    private Shape record(TypeElement element) {
        List<Property> properties = new ArrayList<>();
        for (RecordComponentElement c : element.getRecordComponents()) {
            properties.add(new Property(NearNames.jacksonSnakeCase(c.getSimpleName().toString()),
                    c.getSimpleName().toString(), c.asType(), !isOptional(c.asType())));
        }
        return new ObjectOf(element, properties);
    }

    private Shape pojo(TypeElement element, Mode mode) {
        boolean hasNoArgConstructor = ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty()
                        && (mode == Mode.STATE || !c.getModifiers().contains(Modifier.PRIVATE)));
        if (!hasNoArgConstructor) {
            return new Unmappable("it has no no-argument constructor for JSON to create it with",
                    "Add one, or make it a record");
        }
        List<Property> properties = new ArrayList<>();
        for (TypeElement t = element; t != null && !isJdk(t); t = superclassOf(t)) {
            for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                Set<Modifier> mods = field.getModifiers();
                if (mods.contains(Modifier.STATIC) || mods.contains(Modifier.TRANSIENT)) {
                    continue;
                }
                String fieldName = field.getSimpleName().toString();
                if (mode == Mode.ARGS && (mods.contains(Modifier.PRIVATE) || mods.contains(Modifier.FINAL))) {
                    // the generated codec reads and writes fields directly: no reflection
                    return new Unmappable("its field " + fieldName + " is " + (mods.contains(Modifier.PRIVATE)
                            ? "private" : "final") + ", so its generated JSON codec cannot set it",
                            "Make the field public and not final, or use a record");
                }
                properties.add(new Property(NearNames.jacksonSnakeCase(fieldName), fieldName, field.asType(),
                        !isOptional(field.asType())));
            }
        }
        return new ObjectOf(element, properties);
    }

    /** True for {@code Optional<T>}: a value that may be null or absent. */
    public static boolean isOptional(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && ((TypeElement) ((DeclaredType) type).asElement())
                .getQualifiedName().contentEquals("java.util.Optional");
    }

    private TypeElement superclassOf(TypeElement t) {
        TypeMirror s = t.getSuperclass();
        return s.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) s).asElement() : null;
    }

    private static boolean isJdk(TypeElement t) {
        String n = t.getQualifiedName().toString();
        return n.startsWith("java.") || n.startsWith("javax.");
    }

    /** {@code type} with primitives boxed. */
    public TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass(types.getPrimitiveType(type.getKind())).asType() : type;
    }
}
