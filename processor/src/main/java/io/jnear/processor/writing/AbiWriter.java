package io.jnear.processor.writing;

import io.jnear.processor.model.CallbackForm;
import io.jnear.processor.model.ContractModel;
import io.jnear.processor.model.JsonTypes;
import io.jnear.processor.model.JsonTypes.ArrayOf;
import io.jnear.processor.model.JsonTypes.Base64Bytes;
import io.jnear.processor.model.JsonTypes.EnumOf;
import io.jnear.processor.model.JsonTypes.MapOf;
import io.jnear.processor.model.JsonTypes.ObjectOf;
import io.jnear.processor.model.JsonTypes.OptionalOf;
import io.jnear.processor.model.JsonTypes.Property;
import io.jnear.processor.model.JsonTypes.Scalar;
import io.jnear.processor.model.JsonTypes.SdkString;
import io.jnear.processor.model.JsonTypes.Shape;
import io.jnear.processor.model.MethodModel;
import io.jnear.processor.model.ParamModel;
import io.jnear.processor.model.ResultKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Writes a contract's ABI in NEAR's ABI schema 0.4.0: functions sorted by name, each with kind,
 * modifiers, JSON-schema'd params, callbacks and result; named types (records, classes, enums, SDK value
 * types) are definitions in {@code root_schema}, referenced by {@code $ref}.
 */
public final class AbiWriter {
    public static final String SCHEMA_VERSION = "0.4.0";

    private final JsonTypes jsonTypes;
    private final String version;

    public AbiWriter(JsonTypes jsonTypes, String version) {
        this.jsonTypes = jsonTypes;
        this.version = version;
    }

    /** Where the ABI of {@code contract} goes in the class output. */
    public static String resourcePath(ContractModel contract) {
        return "META-INF/jnear/abi/" + contract.binaryName() + ".json";
    }

    public String write(ContractModel contract) {
        Definitions definitions = new Definitions();
        List<MethodModel> methods = new ArrayList<>(contract.methods());
        methods.addAll(contract.inits());
        methods.sort(Comparator.comparing(MethodModel::nearName));
        List<Object> functions = new ArrayList<>();
        for (MethodModel m : methods) {
            functions.add(function(m, definitions));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", "String");
        root.put("type", "string");
        root.put("definitions", new TreeMap<>(definitions.schemas));

        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", contract.binaryName());
        metadata.put("version", version);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("functions", functions);
        body.put("root_schema", root);
        Map<String, Object> abi = new LinkedHashMap<>();
        abi.put("schema_version", SCHEMA_VERSION);
        abi.put("metadata", metadata);
        abi.put("body", body);
        return JsonText.print(abi);
    }

    private Map<String, Object> function(MethodModel m, Definitions defs) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", m.nearName());
        f.put("kind", m.view() ? "view" : "call");
        List<Object> modifiers = new ArrayList<>();
        if (m.init()) {
            modifiers.add("init");
        }
        if (m.isPrivate()) {
            modifiers.add("private");
        }
        if (m.payable()) {
            modifiers.add("payable");
        }
        if (!modifiers.isEmpty()) {
            f.put("modifiers", modifiers);
        }
        List<ParamModel> args = m.args();
        if (!args.isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (ParamModel p : args) {
                Map<String, Object> arg = new LinkedHashMap<>();
                arg.put("name", p.jsonName());
                arg.put("type_schema", schema(p.type(), defs));
                list.add(arg);
            }
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("serialization_type", "json");
            params.put("args", list);
            f.put("params", params);
        }
        List<Object> callbacks = new ArrayList<>();
        for (ParamModel p : m.callbackResults()) {
            Map<String, Object> cb = typed(schema(p.valueType(), defs));
            if (p.callback() == CallbackForm.LIST) {
                f.put("callbacks_vec", cb);
            } else {
                callbacks.add(cb);
            }
        }
        if (!callbacks.isEmpty()) {
            f.put("callbacks", callbacks);
        }
        boolean noValue = m.resultKind() == ResultKind.VOID || (m.resultKind() != ResultKind.VALUE
                && jsonTypes.shapeOf(m.resultType(), JsonTypes.Mode.ARGS) instanceof Scalar s && s.type().equals("null"));
        if (!noValue) {
            f.put("result", typed(schema(m.resultType(), defs)));
        }
        return f;
    }

    private static Map<String, Object> typed(Object schema) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("serialization_type", "json");
        t.put("type_schema", schema);
        return t;
    }

    private Map<String, Object> schema(TypeMirror type, Definitions defs) {
        Shape shape = jsonTypes.shapeOf(type, JsonTypes.Mode.ARGS);
        Map<String, Object> s = new LinkedHashMap<>();
        if (shape instanceof Scalar scalar) {
            s.put("type", scalar.type());
            if (scalar.format() != null) {
                s.put("format", scalar.format());
                if (scalar.format().startsWith("uint")) {
                    s.put("minimum", 0); // as schemars describes Rust's unsigned integers: negatives are refused
                }
            }
        } else if (shape instanceof SdkString sdk) {
            return defs.ref(sdk.name(), sdk.name(), () -> {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("description", sdk.description());
                d.put("type", "string");
                return d;
            });
        } else if (shape instanceof Base64Bytes) {
            s.put("type", "string");
            s.put("contentEncoding", "base64");
        } else if (shape instanceof ArrayOf a) {
            s.put("type", "array");
            s.put("items", schema(a.element(), defs));
            if (a.unique()) {
                s.put("uniqueItems", true);
            }
        } else if (shape instanceof OptionalOf optional) {
            // as schemars writes Option<T>: T's type with "null" added, or anyOf [T, null] for a reference
            Map<String, Object> inner = schema(optional.element(), defs);
            if (inner.get("type") instanceof String t && !inner.containsKey("$ref")) {
                s.putAll(inner);
                s.put("type", List.of(t, "null"));
            } else {
                s.put("anyOf", List.of(inner, Map.of("type", "null")));
            }
        } else if (shape instanceof MapOf map) {
            s.put("type", "object");
            s.put("additionalProperties", schema(map.value(), defs));
        } else if (shape instanceof EnumOf e) {
            return defs.ref(e.type(), () -> {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("type", "string");
                d.put("enum", List.copyOf(e.constants()));
                return d;
            });
        } else if (shape instanceof ObjectOf o && o.isTuple()) {
            // as schemars describes a Rust tuple: one schema per position, exactly that many
            return defs.ref(o.type(), () -> {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("type", "array");
                List<Object> items = new ArrayList<>();
                for (Property p : o.properties()) {
                    items.add(schema(p.type(), defs));
                }
                d.put("items", items);
                d.put("maxItems", items.size());
                d.put("minItems", items.size());
                return d;
            });
        } else if (shape instanceof ObjectOf o) {
            return defs.ref(o.type(), () -> {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("type", "object");
                Map<String, Object> properties = new LinkedHashMap<>();
                List<Object> required = new ArrayList<>();
                for (Property p : o.properties()) {
                    properties.put(p.jsonName(), schema(p.type(), defs));
                    if (p.required()) {
                        required.add(p.jsonName());
                    }
                }
                d.put("properties", properties);
                if (!required.isEmpty()) {
                    d.put("required", required);
                }
                return d;
            });
        } else {
            throw new IllegalStateException("no JSON schema for " + type + ": " + shape);
        }
        return s;
    }

    /** The root schema's definitions: one per named type, under its simple name unless taken. */
    private static final class Definitions {
        final Map<String, Object> schemas = new LinkedHashMap<>();
        final Map<String, String> owners = new LinkedHashMap<>();

        Map<String, Object> ref(TypeElement type, java.util.function.Supplier<Map<String, Object>> schema) {
            return ref(type.getSimpleName().toString(), type.getQualifiedName().toString(), schema);
        }

        Map<String, Object> ref(String simpleName, String qualifiedName,
                java.util.function.Supplier<Map<String, Object>> schema) {
            String key = simpleName;
            String owner = owners.get(key);
            if (owner != null && !owner.equals(qualifiedName)) {
                key = qualifiedName.replace('.', '_');
                owner = owners.get(key);
            }
            if (owner == null) {
                owners.put(key, qualifiedName);
                schemas.put(key, Map.of()); // placeholder first, so recursive types terminate
                schemas.put(key, schema.get());
            }
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("$ref", "#/definitions/" + key);
            return ref;
        }
    }
}
