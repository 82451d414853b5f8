package io.jnear.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jnear.processor.model.CallbackForm;
import io.jnear.processor.model.ContractModel;
import io.jnear.processor.model.MethodModel;
import io.jnear.processor.model.ParamModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Stub}: an immutable builder of typed promises to one account. Each exported method
 * becomes a method returning {@code Promise<T>}; a callback's returns a {@code Callback*} whose type
 * parameters make javac reject wiring it after a promise of another result type.
 */
public final class StubWriter {
    private static final String ACCOUNT = "account";
    private static final String GAS = "staticGas";
    private static final String DEPOSIT = "attachedDeposit";
    private static final String WEIGHT = "unusedGasWeight";

    public TypeSpec.Builder write(ContractModel contract, CodecWriter codecs) {
        ClassName stub = stubName(contract);
        MemberNames names = new MemberNames(contract);
        TypeSpec.Builder type = TypeSpec.classBuilder(stub)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.STUB_SUPPORT, stub))
                .addJavadoc("Builds typed calls of {@link $L}'s exported methods on one account.\n",
                        contract.element().getQualifiedName())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.ACCOUNT_ID, ACCOUNT)
                        .addParameter(RuntimeTypes.GAS, GAS)
                        .addParameter(RuntimeTypes.NEAR_TOKEN, DEPOSIT)
                        .addParameter(TypeName.LONG, WEIGHT)
                        .addStatement("super($N, $N, $N, $N)", ACCOUNT, GAS, DEPOSIT, WEIGHT)
                        .build())
                .addMethod(MethodSpec.methodBuilder("rebuild").addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED).returns(stub)
                        .addParameter(RuntimeTypes.ACCOUNT_ID, ACCOUNT)
                        .addParameter(RuntimeTypes.GAS, GAS)
                        .addParameter(RuntimeTypes.NEAR_TOKEN, DEPOSIT)
                        .addParameter(TypeName.LONG, WEIGHT)
                        .addStatement("return new $T($N, $N, $N, $N)", stub, ACCOUNT, GAS, DEPOSIT, WEIGHT)
                        .build());
        addFactories(type, stub);
        for (MethodModel init : contract.inits()) {
            addInit(type, stub, init, names, codecs);
        }
        for (MethodModel m : contract.methods()) {
            addMethod(type, stub, m, names, codecs);
        }
        return type;
    }

    /** {@code <Name>Stub}, in the contract's package. */
    static ClassName stubName(ContractModel contract) {
        return ClassName.get(contract.packageName(), contract.flatName() + "Stub");
    }

    private static void addFactories(TypeSpec.Builder type, ClassName stub) {
        type.addMethod(MethodSpec.methodBuilder("on").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(stub)
                .addJavadoc("Calls on {@code account}; static gas 0, no deposit, unused gas weight 1.\n")
                .addParameter(RuntimeTypes.ACCOUNT_ID, ACCOUNT)
                .addStatement("return new $T($N, $T.ZERO, $T.ZERO, 1L)", stub, ACCOUNT, RuntimeTypes.GAS,
                        RuntimeTypes.NEAR_TOKEN)
                .build());
        type.addMethod(MethodSpec.methodBuilder("on").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(stub)
                .addParameter(String.class, ACCOUNT)
                .addStatement("return on($T.of($N))", RuntimeTypes.ACCOUNT_ID, ACCOUNT)
                .build());
        type.addMethod(MethodSpec.methodBuilder("self").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(stub)
                .addJavadoc("Calls on the contract that is running (for callbacks).\n")
                .addStatement("return on($T.currentAccountId())", RuntimeTypes.ENV)
                .build());
    }

    private static void addInit(TypeSpec.Builder type, ClassName stub, MethodModel init, MemberNames names,
            CodecWriter codecs) {
        // new -> init(...), new_default_meta -> initNewDefaultMeta(...)
        String name = init.nearName().equals("new") ? "init" : "init" + names.handle(init);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.ACTION_FUNCTION_CALL)
                .addJavadoc("The call of the @Init constructor (method {@code $L}) for deploy-and-init; "
                        + "add gas or a deposit with {@code withGas}/{@code withDeposit}.\n", init.nearName());
        addParameters(method, init);
        method.addStatement("return new $T($S, $L, $T.ZERO, $T.ZERO, 0L)", RuntimeTypes.ACTION_FUNCTION_CALL, init.nearName(),
                argsBytes(type, stub, init, names, codecs), RuntimeTypes.GAS, RuntimeTypes.NEAR_TOKEN);
        type.addMethod(method.build());
    }

    private static void addMethod(TypeSpec.Builder type, ClassName stub, MethodModel m, MemberNames names,
            CodecWriter codecs) {
        TypeName result = TypeName.get(m.resultType());
        String decoder = names.constant(m) + "_RESULT";
        CodeBlock decoderValue = result.equals(ClassName.get(Void.class))
                ? CodeBlock.of("$T.none()", RuntimeTypes.RESULT_DECODER)
                : CodeBlock.of("$T.json($L)", RuntimeTypes.RESULT_DECODER, codecs.codec(m.resultType()));
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.RESULT_DECODER, result), decoder,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(decoderValue).build());
        MethodSpec.Builder method = MethodSpec.methodBuilder(m.javaName()).addModifiers(Modifier.PUBLIC);
        addParameters(method, m);
        CodeBlock promise = CodeBlock.of("call($S, $L, $N)", m.nearName(), argsBytes(type, stub, m, names, codecs),
                decoder);
        List<ParamModel> callbacks = m.callbackResults();
        if (callbacks.isEmpty()) {
            method.returns(ParameterizedTypeName.get(RuntimeTypes.PROMISE, result))
                    .addJavadoc("Calls {@code $L}.\n", m.nearName())
                    .addStatement("return $L", promise);
        } else {
            TypeName callbackType = callbackType(callbacks, result);
            method.returns(callbackType)
                    .addJavadoc("Calls callback {@code $L}; chain it with {@code then} after the promise(s) whose "
                            + "results it takes.\n", m.nearName())
                    .addStatement("return $T.of($L)", ((ParameterizedTypeName) callbackType).rawType(), promise);
        }
        type.addMethod(method.build());
    }

    private static TypeName callbackType(List<ParamModel> callbacks, TypeName result) {
        if (callbacks.get(0).callback() == CallbackForm.LIST) {
            return ParameterizedTypeName.get(RuntimeTypes.CALLBACK_ALL, TypeName.get(callbacks.get(0).valueType()),
                    result);
        }
        if (callbacks.size() > 3) {
            // Java's generics cannot count a join's members: the processor checks this wiring instead
            return ParameterizedTypeName.get(RuntimeTypes.CALLBACK_JOIN, result);
        }
        TypeName[] args = new TypeName[callbacks.size() + 1];
        for (int i = 0; i < callbacks.size(); i++) {
            args[i] = TypeName.get(callbacks.get(i).valueType());
        }
        args[callbacks.size()] = result;
        ClassName raw = switch (callbacks.size()) {
            case 1 -> RuntimeTypes.CALLBACK;
            case 2 -> RuntimeTypes.CALLBACK2;
            default -> RuntimeTypes.CALLBACK3;
        };
        return ParameterizedTypeName.get(raw, args);
    }

    private static void addParameters(MethodSpec.Builder method, MethodModel m) {
        for (ParamModel p : m.args()) {
            method.addParameter(ParameterSpec.builder(TypeName.get(p.type()), p.javaName()).build());
        }
    }

    /** The JSON arguments: a record per method, written by its generated codec under the NEAR argument names. */
    private static CodeBlock argsBytes(TypeSpec.Builder type, ClassName stub, MethodModel m, MemberNames names,
            CodecWriter codecs) {
        List<ParamModel> args = m.args();
        if (args.isEmpty()) {
            return CodeBlock.of("$S.getBytes($T.UTF_8)", "{}", StandardCharsets.class);
        }
        type.addType(argsRecord(names.argsRecord(m), args));
        CodeBlock.Builder values = CodeBlock.builder();
        for (int i = 0; i < args.size(); i++) {
            values.add(i == 0 ? "$N" : ", $N", args.get(i).javaName());
        }
        ClassName codec = codecs.argsCodec(m, stub.nestedClass(names.argsRecord(m)));
        return CodeBlock.of("$T.INSTANCE.encode(new $N($L))", codec, names.argsRecord(m), values.build());
    }

    /**
     * A record of the JSON arguments, package-private so the contract's dispatcher reads what the stub
     * writes with the same class (one record per method, not two).
     */
    private static TypeSpec argsRecord(String name, List<ParamModel> args) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        for (ParamModel p : args) {
            components.addParameter(ParameterSpec.builder(TypeName.get(p.type()), p.javaName()).build());
        }
        return TypeSpec.recordBuilder(name).recordConstructor(components.build()).build();
    }
}
