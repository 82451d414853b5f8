package io.jnear.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jnear.processor.model.ContractModel;
import io.jnear.processor.model.MethodModel;
import io.jnear.processor.model.ParamModel;
import io.jnear.processor.model.ResultKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Dispatcher}: a plain switch on the method name, and per method the steps near-sdk
 * generates, in its order: private check, deposit check, init check, arguments, callback results, state,
 * invocation, state write (not for views), result.
 */
public final class DispatcherWriter {
    /** {@code <Name>Dispatcher}, in the contract's package. */
    static ClassName dispatcherName(ContractModel contract) {
        return ClassName.get(contract.packageName(), contract.flatName() + "Dispatcher");
    }

    public TypeSpec.Builder write(ContractModel contract, CodecWriter codecs) {
        ClassName contractType = ClassName.get(contract.element());
        MemberNames names = new MemberNames(contract);
        TypeSpec.Builder type = TypeSpec.classBuilder(dispatcherName(contract))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.CONTRACT_DISPATCHER)
                .addJavadoc("Runs calls of {@link $T}'s exported methods; the sandbox finds it by name.\n",
                        contractType)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build());
        List<MethodSpec> handlers = new ArrayList<>();

        MethodSpec.Builder dispatch = MethodSpec.methodBuilder("dispatch")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(String.class, "method")
                .beginControlFlow("switch (method)");
        for (MethodModel init : contract.inits()) {
            addHandler(type, handlers, dispatch, contract, init, names, codecs);
        }
        for (MethodModel m : contract.methods()) {
            addHandler(type, handlers, dispatch, contract, m, names, codecs);
        }
        if (contract.inits().isEmpty() && contract.methods().isEmpty()) {
            dispatch = MethodSpec.methodBuilder("dispatch").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                    .returns(TypeName.BOOLEAN).addParameter(String.class, "method").addStatement("return false");
        } else {
            dispatch.addCode("default -> {\n$>return false;\n$<}\n").endControlFlow().addStatement("return true");
        }
        type.addMethod(dispatch.build()).addMethods(handlers);
        return type;
    }

    private static void addHandler(TypeSpec.Builder type, List<MethodSpec> handlers, MethodSpec.Builder dispatch,
            ContractModel contract, MethodModel m, MemberNames names, CodecWriter codecs) {
        String handler = "handle" + names.handle(m);
        dispatch.addStatement("case $S -> $N()", m.nearName(), handler);
        ClassName contractType = ClassName.get(contract.element());
        String constant = names.constant(m);
        MethodSpec.Builder body = MethodSpec.methodBuilder(handler).addModifiers(Modifier.PRIVATE, Modifier.STATIC);

        if (m.isPrivate()) {
            body.addStatement("$T.requirePrivate($S)", RuntimeTypes.DISPATCH, m.nearName());
        }
        // views may not read the deposit (ProhibitedInView) and cannot carry one anyway
        if (!m.payable() && !m.view()) {
            body.addStatement("$T.requireNoDeposit($S)", RuntimeTypes.DISPATCH, m.nearName());
        }
        if (m.init()) {
            body.addStatement("$T.requireNotInitialized()", RuntimeTypes.DISPATCH);
        }
        List<ParamModel> args = m.args();
        if (!args.isEmpty()) {
            // the stub's record: one class per method instead of two, and the dispatcher reads what the stub writes
            ClassName record = StubWriter.stubName(contract).nestedClass(names.argsRecord(m));
            body.addStatement("$T args = $T.readArgs($T.INSTANCE)", record, RuntimeTypes.DISPATCH,
                    codecs.argsCodec(m, record));
        }
        List<ParamModel> callbacks = m.callbackResults();
        for (int i = 0; i < callbacks.size(); i++) {
            ParamModel p = callbacks.get(i);
            TypeName value = TypeName.get(p.valueType());
            String reader = constant + "_RESULT_" + i;
            type.addField(FieldSpec.builder(CodecWriter.codecType(p.valueType()), reader, Modifier.PRIVATE,
                    Modifier.STATIC, Modifier.FINAL).initializer(codecs.codec(p.valueType())).build());
            switch (p.callback()) {
                case WRAPPED -> body.addStatement("$T callback$L = $T.promiseResult($L, $N)",
                        ParameterizedTypeName.get(RuntimeTypes.PROMISE_RESULT, value), i, RuntimeTypes.DISPATCH, i,
                        reader);
                case BARE -> body.addStatement("$T callback$L = $T.unwrappedResult($L, $N)", TypeName.get(p.type()),
                        i, RuntimeTypes.DISPATCH, i, reader);
                case LIST -> body.addStatement("$T callback$L = $T.promiseResults($N)", TypeName.get(p.type()), i,
                        RuntimeTypes.DISPATCH, reader);
            }
        }

        CodeBlock invocation = CodeBlock.of("$L($L)", m.init() ? CodeBlock.of("new $T", contractType)
                : CodeBlock.of("contract.$N", m.javaName()), invocationArgs(m));
        ClassName stateCodec = codecs.stateCodec(contract);
        if (m.init()) {
            create(body, contractType, invocation, codecs);
            body.addStatement("$T.saveState(contract, null, $T.INSTANCE)", RuntimeTypes.DISPATCH, stateCodec);
            handlers.add(body.build());
            return;
        }
        body.addStatement("byte[] state = $T.readState()", RuntimeTypes.DISPATCH);
        if (!contract.inits().isEmpty()) {
            body.addStatement("$T contract = $T.loadState(state, $T.INSTANCE)", contractType, RuntimeTypes.DISPATCH,
                    stateCodec);
        } else {
            // no initializer: a contract without state starts from its no-argument constructor
            body.addStatement("$T contract", contractType);
            body.beginControlFlow("if (state == null)");
            create(body, null, CodeBlock.of("new $T()", contractType), codecs);
            body.nextControlFlow("else");
            body.addStatement("contract = $T.loadState(state, $T.INSTANCE)", RuntimeTypes.DISPATCH, stateCodec);
            body.endControlFlow();
        }
        if (m.resultKind() == ResultKind.VOID) {
            body.addStatement("$L", invocation);
        } else {
            TypeName returned = TypeName.get(m.element().getReturnType());
            body.addStatement("$T result = $L", returned, invocation);
        }
        if (!m.view()) {
            body.addStatement("$T.saveState(contract, state, $T.INSTANCE)", RuntimeTypes.DISPATCH, stateCodec);
        }
        if (m.resultKind() == ResultKind.PROMISE) {
            body.addStatement("$T.returnPromise(result)", RuntimeTypes.DISPATCH);
        } else if (m.resultKind() != ResultKind.VOID) {
            String writer = constant + "_RESULT";
            type.addField(FieldSpec.builder(CodecWriter.codecType(m.resultType()), writer, Modifier.PRIVATE,
                    Modifier.STATIC, Modifier.FINAL).initializer(codecs.codec(m.resultType())).build());
            body.addStatement(m.resultKind() == ResultKind.VALUE ? "$T.returnValue($N, result)"
                    : "$T.returnPromiseOrValue($N, result)", RuntimeTypes.DISPATCH, writer);
        }
        handlers.add(body.build());
    }

    private static CodeBlock invocationArgs(MethodModel m) {
        CodeBlock.Builder args = CodeBlock.builder();
        int callback = 0;
        for (int i = 0; i < m.params().size(); i++) {
            ParamModel p = m.params().get(i);
            if (i > 0) {
                args.add(", ");
            }
            if (p.isCallbackResult()) {
                args.add("callback$L", callback++);
            } else {
                args.add("args.$N()", p.javaName());
            }
        }
        return args.build();
    }

    /**
     * {@code contract = <creation>}, declaring {@code contract} as {@code declared} unless that is null; the
     * collections created without codecs meanwhile get their fields' codecs, in field order.
     */
    private static void create(MethodSpec.Builder body, ClassName declared, CodeBlock creation, CodecWriter codecs) {
        if (codecs.collectionFields().isEmpty()) {
            body.addStatement(declared == null ? CodeBlock.of("contract = $L", creation)
                    : CodeBlock.of("$T contract = $L", declared, creation));
            return;
        }
        if (declared != null) {
            body.addStatement("$T contract", declared);
        }
        body.addStatement("$T.begin($L)", RuntimeTypes.FIELD_COLLECTIONS, CodeBlock.join(codecs.collectionCodecs(), ", "));
        body.beginControlFlow("try");
        body.addStatement("contract = $L", creation);
        body.addStatement("$T.end($L)", RuntimeTypes.FIELD_COLLECTIONS, CodeBlock.join(codecs.collectionFields()
                .stream().map(f -> CodeBlock.of("contract.$N", f)).toList(), ", "));
        body.nextControlFlow("finally");
        body.addStatement("$T.reset()", RuntimeTypes.FIELD_COLLECTIONS);
        body.endControlFlow();
    }
}
