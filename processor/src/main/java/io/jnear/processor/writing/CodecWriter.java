package io.jnear.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jnear.processor.model.BorshState;
import io.jnear.processor.model.ContractModel;
import io.jnear.processor.model.JsonTypes;
import io.jnear.processor.model.JsonTypes.EnumOf;
import io.jnear.processor.model.JsonTypes.ObjectOf;
import io.jnear.processor.model.JsonTypes.Property;
import io.jnear.processor.model.JsonTypes.Shape;
import io.jnear.processor.model.MethodModel;
import io.jnear.processor.model.ParamModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
import javax.lang.model.util.Types;

/**
 * Writes {@code <Name>Codecs}: one JSON codec per record, class and enum that crosses the contract's
 * boundary, and one per method's arguments, as plain code over the SDK's {@code JsonStruct} and
 * {@code JsonCodecs} (no reflection). The stub and the dispatcher ask it for codec expressions while they
 * are written, and it generates the codec classes those expressions name.
 *
 * <p>Each codec class holds its {@code INSTANCE} as its first static field and builds the codecs of its
 * fields after it, so types that refer to each other (a record holding a list of itself) initialise
 * without seeing a null codec.
 */
public final class CodecWriter {
    private static final Map<String, String> CONSTANTS = new HashMap<>();

    static {
        CONSTANTS.put("java.lang.Boolean", "BOOLEAN");
        CONSTANTS.put("java.lang.Byte", "I8");
        CONSTANTS.put("java.lang.Short", "I16");
        CONSTANTS.put("java.lang.Integer", "I32");
        CONSTANTS.put("java.lang.Long", "I64");
        CONSTANTS.put("java.lang.Float", "F32");
        CONSTANTS.put("java.lang.Double", "F64");
        CONSTANTS.put("java.lang.Character", "CHAR");
        CONSTANTS.put("java.lang.String", "STRING");
        CONSTANTS.put("java.lang.Void", "VOID");
        CONSTANTS.put("io.jnear.sdk.AccountId", "ACCOUNT_ID");
        CONSTANTS.put("io.jnear.sdk.NearToken", "NEAR_TOKEN");
        CONSTANTS.put("io.jnear.sdk.U128", "U128_STRING");
        CONSTANTS.put("io.jnear.sdk.U64", "U64_STRING");
        CONSTANTS.put("io.jnear.sdk.U8", "U8_NUMBER");
        CONSTANTS.put("io.jnear.sdk.U16", "U16_NUMBER");
        CONSTANTS.put("io.jnear.sdk.U32", "U32_NUMBER");
        CONSTANTS.put("io.jnear.sdk.U64Number", "U64_NUMBER");
        CONSTANTS.put("io.jnear.sdk.Gas", "GAS");
        CONSTANTS.put("io.jnear.sdk.PublicKey", "PUBLIC_KEY");
    }

    /** Apart from {@link #CONSTANTS}: a Wasm build without them then carries none of their code. */
    private static final Map<String, String> BIG_NUMBERS = Map.of(
            "java.math.BigInteger", "BIG_INTEGER",
            "java.math.BigDecimal", "BIG_DECIMAL");

    private static final Map<String, String> CONTAINERS = Map.of(
            "java.util.List", "list",
            "java.util.Collection", "collection",
            "java.util.Set", "set",
            "java.util.SortedSet", "sortedSet",
            "java.util.Map", "map",
            "java.util.SortedMap", "sortedMap",
            "java.util.Optional", "optional");

    private final ClassName holder;
    private final JsonTypes jsonTypes;
    private final Types types;
    private final Map<String, ClassName> codecClasses = new HashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private final List<TypeSpec> written = new ArrayList<>();
    private final Map<MethodModel, ClassName> argsCodecs = new IdentityHashMap<>();
    private final Map<String, ClassName> borshClasses = new HashMap<>();
    private ClassName stateCodec;
    private final List<String> collectionFields = new ArrayList<>();
    private final List<CodeBlock> collectionCodecs = new ArrayList<>();

    public CodecWriter(ContractModel contract, JsonTypes jsonTypes, Types types) {
        this.holder = codecsName(contract);
        this.jsonTypes = jsonTypes;
        this.types = types;
    }

    /** {@code <Name>Codecs}, in the contract's package. */
    static ClassName codecsName(ContractModel contract) {
        return ClassName.get(contract.packageName(), contract.flatName() + "Codecs");
    }

    /** The codec type of {@code type}: {@code JsonCodec<T>} with primitives boxed. */
    static TypeName codecType(TypeMirror type) {
        return ParameterizedTypeName.get(RuntimeTypes.JSON_CODEC, TypeName.get(type).box());
    }

    /** True while no codec class was generated, so there is nothing for {@link #write} to write. */
    public boolean isEmpty() {
        return written.isEmpty();
    }

    /** The holder class with every codec class generated so far. */
    public TypeSpec.Builder write() {
        return TypeSpec.classBuilder(holder)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("JSON codecs of the types that cross this contract's boundary.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addTypes(written);
    }

    /** An expression of type {@code JsonCodec<T>} for {@code type}. */
    public CodeBlock codec(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return codec(types.boxedClass(types.getPrimitiveType(type.getKind())).asType());
        }
        if (type.getKind() == TypeKind.ARRAY) {
            TypeMirror component = ((ArrayType) type).getComponentType();
            if (component.getKind() == TypeKind.BYTE) {
                return CodeBlock.of("$T.BASE64", RuntimeTypes.JSON_CODECS);
            }
            return CodeBlock.of("$T.array($L, $T::new)", RuntimeTypes.JSON_CODECS, codec(component),
                    ArrayTypeName.of(TypeName.get(component)));
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        String constant = CONSTANTS.get(name);
        if (constant != null) {
            return CodeBlock.of("$T.$L", RuntimeTypes.JSON_CODECS, constant);
        }
        String bigNumber = BIG_NUMBERS.get(name);
        if (bigNumber != null) {
            return CodeBlock.of("$T.$L", RuntimeTypes.BIG_NUMBER_CODECS, bigNumber);
        }
        if (JsonTypes.CONCRETE_COLLECTIONS.contains(name)) {
            return concrete(RuntimeTypes.JSON_CODECS, declared, declared.getTypeArguments().size() == 2
                    ? List.of(key(declared.getTypeArguments().get(0)), codec(declared.getTypeArguments().get(1)))
                    : List.of(codec(declared.getTypeArguments().get(0))));
        }
        String container = CONTAINERS.get(name);
        if (container != null) {
            List<? extends TypeMirror> args = declared.getTypeArguments();
            if (args.size() == 2) {
                return CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.JSON_CODECS, container, key(args.get(0)),
                        codec(args.get(1)));
            }
            return CodeBlock.of("$T.$L($L)", RuntimeTypes.JSON_CODECS, container, codec(args.get(0)));
        }
        return CodeBlock.of("$T.INSTANCE", codecClass(element));
    }

    /**
     * {@code codecs.collectionOf(element, Type::new)} or {@code codecs.mapOf(key, value, Type::new)} for a
     * declared concrete collection, with explicit type arguments so the codec's type is the declared one.
     */
    private static CodeBlock concrete(ClassName codecs, DeclaredType type, List<CodeBlock> parts) {
        CodeBlock typeArgs = CodeBlock.join(type.getTypeArguments().stream()
                .map(a -> CodeBlock.of("$T", TypeName.get(a).box())).toList(), ", ");
        ClassName raw = ClassName.get((TypeElement) type.asElement());
        return CodeBlock.of("$T.<$L, $T>$L($L, $T::new)", codecs, typeArgs, TypeName.get(type),
                parts.size() == 2 ? "mapOf" : "collectionOf", CodeBlock.join(parts, ", "), raw);
    }

    private CodeBlock key(TypeMirror type) {
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getKind() == ElementKind.ENUM) {
            return CodeBlock.of("$T.enumeration($T.values())", RuntimeTypes.JSON_KEY, ClassName.get(element));
        }
        String constant = switch (element.getQualifiedName().toString()) {
            case "java.lang.String" -> "STRING";
            case "io.jnear.sdk.AccountId" -> "ACCOUNT_ID";
            case "java.lang.Integer" -> "I32";
            case "java.lang.Long" -> "I64";
            default -> throw new IllegalStateException("not a JSON key type: " + type);
        };
        return CodeBlock.of("$T.$L", RuntimeTypes.JSON_KEY, constant);
    }

    /**
     * The codec class of {@code method}'s arguments, read into {@code record} (the stub's record of them)
     * from an object keyed by their JSON names or from their positional array; made once per method.
     */
    public ClassName argsCodec(MethodModel method, ClassName record) {
        ClassName existing = argsCodecs.get(method);
        if (existing != null) {
            return existing;
        }
        List<Property> properties = new ArrayList<>();
        for (ParamModel p : method.args()) {
            properties.add(new Property(p.jsonName(), p.javaName(), p.type(), !JsonTypes.isOptional(p.type())));
        }
        ClassName codec = holder.nestedClass(unique(record.simpleName() + "Codec"));
        argsCodecs.put(method, codec);
        written.add(struct(codec, record, method.nearName(), properties, true, false));
        return codec;
    }

    private ClassName codecClass(TypeElement element) {
        String key = element.getQualifiedName().toString();
        ClassName existing = codecClasses.get(key);
        if (existing != null) {
            return existing;
        }
        ClassName codec = holder.nestedClass(unique(element.getSimpleName() + "Codec"));
        codecClasses.put(key, codec); // before its fields: a type may refer to itself
        Shape shape = jsonTypes.shapeOf(element.asType(), JsonTypes.Mode.ARGS);
        ClassName type = ClassName.get(element);
        if (shape instanceof EnumOf) {
            written.add(TypeSpec.classBuilder(codec).addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.JSON_CODEC, type), "INSTANCE",
                                    Modifier.STATIC, Modifier.FINAL)
                            .initializer("$T.enumeration($S, $T.values())", RuntimeTypes.JSON_CODECS,
                                    element.getSimpleName(), type)
                            .build())
                    .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                    .build());
        } else if (shape instanceof ObjectOf object) {
            written.add(struct(codec, type, element.getSimpleName().toString(), object.properties(),
                    element.getKind() == ElementKind.RECORD, object.isTuple()));
        } else {
            throw new IllegalStateException("no JSON codec for " + key + ": " + shape);
        }
        return codec;
    }

    private String unique(String base) {
        String name = base;
        for (int i = 2; !usedNames.add(name); i++) {
            name = base + i;
        }
        return name;
    }

    /** A codec of an object with {@code properties}, or of the array of their values when {@code isTuple}. */
    private TypeSpec struct(ClassName codec, ClassName type, String displayName, List<Property> properties,
            boolean isRecord, boolean isTuple) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(codec)
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.JSON_CODEC, type))
                .addField(FieldSpec.builder(codec, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", codec).build());
        CodeBlock.Builder fieldList = CodeBlock.builder();
        MethodSpec.Builder write = MethodSpec.methodBuilder("write").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).addParameter(RuntimeTypes.JSON_WRITER, "out")
                .addParameter(type, "value")
                .beginControlFlow("if (value == null)").addStatement("out.nullValue()").addStatement("return")
                .endControlFlow()
                .addStatement(isTuple ? "out.beginArray()" : "out.beginObject()");
        String writeField = isTuple ? "writeElement" : "write";
        CodeBlock.Builder construct = CodeBlock.builder();
        for (int i = 0; i < properties.size(); i++) {
            Property p = properties.get(i);
            TypeName valueType = TypeName.get(p.type()).box();
            String field = "FIELD_" + i;
            spec.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.JSON_STRUCT_FIELD, valueType),
                    field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.$L($S, $L)", RuntimeTypes.JSON_STRUCT, p.required() ? "required" : "optional",
                            p.jsonName(), codec(p.type()))
                    .build());
            fieldList.add(", $N", field);
            write.addStatement(isRecord ? "$N.$L(out, value.$N())" : "$N.$L(out, value.$N)", field, writeField,
                    p.javaName());
            CodeBlock cast = CodeBlock.of("($T) values[$L]", TypeName.get(p.type()), i);
            if (isRecord) {
                construct.add(i == 0 ? "$L" : ", $L", cast);
            } else {
                construct.addStatement("result.$N = $L", p.javaName(), cast);
            }
        }
        spec.addField(FieldSpec.builder(RuntimeTypes.JSON_STRUCT, "STRUCT", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer("$T.of($S$L)", RuntimeTypes.JSON_STRUCT, displayName,
                        fieldList.build()).build());
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder read = MethodSpec.methodBuilder("read").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(type).addParameter(RuntimeTypes.JSON_READER, "in")
                .addStatement(isTuple ? "Object[] values = STRUCT.readTuple(in)" : "Object[] values = STRUCT.read(in)");
        if (properties.stream().anyMatch(p -> p.type() instanceof DeclaredType d && !d.getTypeArguments().isEmpty())) {
            read.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked")
                    .build());
        }
        if (isRecord) {
            read.addStatement("return new $T($L)", type, construct.build());
        } else {
            read.addStatement("$1T result = new $1T()", type).addCode(construct.build()).addStatement("return result");
        }
        write.addStatement(isTuple ? "out.endArray()" : "out.endObject()");
        return spec.addMethod(read.build()).addMethod(write.build()).build();
    }

    /**
     * The generated Borsh codec of the contract's state; validation has made sure the contract follows
     * {@link BorshState}'s rule.
     */
    public ClassName stateCodec(ContractModel contract) {
        if (stateCodec != null) {
            return stateCodec;
        }
        TypeElement type = contract.element();
        ClassName contractType = ClassName.get(type);
        ClassName codec = holder.nestedClass(unique("StateCodec"));
        TypeSpec.Builder spec = TypeSpec.classBuilder(codec)
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.BORSH_CODEC, contractType))
                .addField(FieldSpec.builder(codec, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", codec).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder read = MethodSpec.methodBuilder("read").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(contractType).addParameter(RuntimeTypes.BORSH_READER, "in")
                .addStatement("$1T contract = new $1T()", contractType);
        MethodSpec.Builder write = MethodSpec.methodBuilder("write").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).addParameter(RuntimeTypes.BORSH_WRITER, "out")
                .addParameter(contractType, "contract");
        int i = 0;
        for (VariableElement field : BorshState.stateFields(type)) {
            String name = field.getSimpleName().toString();
            TypeMirror t = field.asType();
            if (BorshState.isCollection(t)) {
                CodeBlock codecs = CodeBlock.join(((DeclaredType) t).getTypeArguments().stream()
                        .map(this::borshCodec).toList(), ", ");
                // as near-sdk-rs serialises its collections: the prefix, and a Vector's length before it
                read.addStatement("contract.$N = $T.readState(in, $L)", name, ClassName.get(
                        (TypeElement) ((DeclaredType) t).asElement()), codecs);
                collectionFields.add(name);
                collectionCodecs.add(CodeBlock.of("new $T<?>[] {$L}", RuntimeTypes.BORSH_CODEC, codecs));
                write.addStatement("$T.stateField(contract.$N, $S).writeState(out)", RuntimeTypes.DISPATCH,
                        name, name);
                continue;
            }
            String constant = "FIELD_" + i++;
            spec.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.BORSH_CODEC, TypeName.get(t).box()),
                    constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(borshCodec(t)).build());
            read.addStatement("contract.$N = $N.read(in)", name, constant);
            if (t.getKind().isPrimitive()) {
                write.addStatement("$N.write(out, contract.$N)", constant, name);
            } else {
                write.addStatement("$N.write(out, $T.stateField(contract.$N, $S))", constant, RuntimeTypes.DISPATCH,
                        name, name);
            }
        }
        if (collectionFields.size() > 1) {
            CodeBlock prefixes = CodeBlock.join(collectionFields.stream()
                    .map(f -> CodeBlock.of("contract.$N.storagePrefix()", f)).toList(), ", ");
            read.addStatement("$T.requireDistinct($L)", RuntimeTypes.COLLECTION_PREFIXES, prefixes);
            write.addStatement("$T.requireDistinct($L)", RuntimeTypes.COLLECTION_PREFIXES, prefixes);
        }
        written.add(spec.addMethod(read.addStatement("return contract").build()).addMethod(write.build()).build());
        stateCodec = codec;
        return codec;
    }

    /** The collection fields of the Borsh state {@link #stateCodec} made, in field order. */
    List<String> collectionFields() {
        return List.copyOf(collectionFields);
    }

    /** For each of {@link #collectionFields}, {@code new BorshCodec<?>[] {keyCodec, valueCodec}}. */
    List<CodeBlock> collectionCodecs() {
        return List.copyOf(collectionCodecs);
    }

    /** An expression of type {@code BorshCodec<T>} for {@code type}, which has a Borsh form ({@link BorshState}). */
    private CodeBlock borshCodec(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return borshCodec(types.boxedClass(types.getPrimitiveType(type.getKind())).asType());
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return CodeBlock.of("$T.BYTES", RuntimeTypes.BORSH_CODECS);
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        String constant = BorshState.CONSTANTS.get(name);
        if (constant != null) {
            return CodeBlock.of("$T.$L", RuntimeTypes.BORSH_CODECS, constant);
        }
        if (JsonTypes.CONCRETE_COLLECTIONS.contains(name)) {
            return concrete(RuntimeTypes.BORSH_CODECS, declared,
                    declared.getTypeArguments().stream().map(this::borshCodec).toList());
        }
        String container = BorshState.CONTAINERS.get(name);
        if (container != null) {
            List<? extends TypeMirror> args = declared.getTypeArguments();
            return args.size() == 2
                    ? CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.BORSH_CODECS, container, borshCodec(args.get(0)),
                            borshCodec(args.get(1)))
                    : CodeBlock.of("$T.$L($L)", RuntimeTypes.BORSH_CODECS, container, borshCodec(args.get(0)));
        }
        if (element.getKind() == ElementKind.ENUM) {
            return CodeBlock.of("$T.enumeration($T.values())", RuntimeTypes.BORSH_CODECS, ClassName.get(element));
        }
        return CodeBlock.of("$T.INSTANCE", borshRecordClass(element));
    }

    private ClassName borshRecordClass(TypeElement element) {
        String key = element.getQualifiedName().toString();
        ClassName existing = borshClasses.get(key);
        if (existing != null) {
            return existing;
        }
        ClassName codec = holder.nestedClass(unique(element.getSimpleName() + "BorshCodec"));
        borshClasses.put(key, codec);
        ClassName type = ClassName.get(element);
        TypeSpec.Builder spec = TypeSpec.classBuilder(codec).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.BORSH_CODEC, type))
                .addField(FieldSpec.builder(codec, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", codec).build());
        CodeBlock.Builder args = CodeBlock.builder();
        MethodSpec.Builder write = MethodSpec.methodBuilder("write").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).addParameter(RuntimeTypes.BORSH_WRITER, "out").addParameter(type, "value");
        int i = 0;
        for (javax.lang.model.element.RecordComponentElement c : element.getRecordComponents()) {
            String field = "FIELD_" + i;
            spec.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.BORSH_CODEC,
                    TypeName.get(c.asType()).box()), field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(borshCodec(c.asType())).build());
            args.add(i == 0 ? "$N.read(in)" : ", $N.read(in)", field);
            write.addStatement("$N.write(out, value.$N())", field, c.getSimpleName().toString());
            i++;
        }
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("read").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(type).addParameter(RuntimeTypes.BORSH_READER, "in")
                        .addStatement("return new $T($L)", type, args.build()).build())
                .addMethod(write.build());
        written.add(spec.build());
        return codec;
    }
}
