package io.jnear.processor.model;

import io.jnear.annotations.Payable;
import io.jnear.annotations.Private;
import io.jnear.annotations.View;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Builds {@link ContractModel}s from elements that passed validation. */
public final class ModelBuilder {
    private final Elements elements;
    private final Types types;
    private final JsonTypes jsonTypes;

    public ModelBuilder(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.jsonTypes = new JsonTypes(types, elements);
    }

    public ContractModel build(TypeElement type) {
        boolean isContract = type.getKind() != ElementKind.INTERFACE;
        List<MethodModel> methods = new ArrayList<>();
        for (ExecutableElement m : ContractElements.exportedMethods(type)) {
            methods.add(method(m, ContractElements.nearName(m)));
        }
        List<MethodModel> inits = new ArrayList<>();
        if (isContract) {
            for (ExecutableElement c : ContractElements.initConstructors(type)) {
                inits.add(method(c, ContractElements.nearName(c)));
            }
        }
        PackageElement pkg = elements.getPackageOf(type);
        return new ContractModel(type, pkg.getQualifiedName().toString(), flatName(type),
                elements.getBinaryName(type).toString(), isContract, List.copyOf(methods), List.copyOf(inits));
    }

    /** {@code Outer_Inner} for {@code p.Outer.Inner}: the convention ContractCode.of looks up. */
    public static String flatName(TypeElement type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement t; e = t.getEnclosingElement()) {
            name.insert(0, t.getSimpleName() + "_");
        }
        return name.toString();
    }

    private MethodModel method(ExecutableElement m, String nearName) {
        List<ParamModel> params = new ArrayList<>();
        for (VariableElement p : m.getParameters()) {
            String javaName = p.getSimpleName().toString();
            if (ContractElements.isCallbackResult(p)) {
                ContractElements.CallbackParam cb = ContractElements.callbackParam(p).orElseThrow();
                params.add(new ParamModel(javaName, javaName, p.asType(), cb.form(), jsonTypes.boxed(cb.valueType())));
            } else {
                params.add(new ParamModel(javaName, NearNames.snakeCase(javaName), p.asType(), null, null));
            }
        }
        ResultKind kind;
        TypeMirror result;
        TypeMirror returnType = m.getKind() == ElementKind.CONSTRUCTOR ? types.getNoType(TypeKind.VOID)
                : m.getReturnType();
        if (returnType.getKind() == TypeKind.VOID) {
            kind = ResultKind.VOID;
            result = elements.getTypeElement("java.lang.Void").asType();
        } else if (ContractElements.isPromiseLike(returnType)) {
            kind = ContractElements.isDeclared(returnType, ContractElements.PROMISE) ? ResultKind.PROMISE
                    : ResultKind.PROMISE_OR_VALUE;
            result = ((DeclaredType) returnType).getTypeArguments().get(0);
        } else {
            kind = ResultKind.VALUE;
            result = jsonTypes.boxed(returnType);
        }
        return new MethodModel(m, m.getSimpleName().toString(), nearName, m.getAnnotation(View.class) != null,
                m.getAnnotation(Private.class) != null, m.getAnnotation(Payable.class) != null,
                m.getKind() == ElementKind.CONSTRUCTOR, List.copyOf(params), kind, result);
    }
}
