package io.jnear.runtime.isolation;

import io.jnear.sdk.HostBinding;
import io.jnear.sdk.spi.ContractCode;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks, before any of it runs, that every class of a contract's code uses only its own classes and what
 * {@link ContractApi} allows. Every class it names (as a super type, in a signature, a cast, a catch
 * clause, a constant) must be the contract's or nameable; every member it uses (a call, a field, a
 * method reference, an invokedynamic bootstrap) is looked up on the class that declares it, so an
 * inherited {@code Object.wait} or a method reference to {@code System::exit} is refused like a call.
 */
final class ContractVerifier {
    /** One contract class as declared: what the member lookups need. */
    private record Declared(String superName, List<String> interfaces, Set<String> members) {
    }

    private final ContractCode code;
    private final ClassLoader source;
    private final ContractApi contractApi = ContractApi.get();
    private final Map<String, Declared> declared = new HashMap<>();
    private final Map<String, String> declaringHostClass = new HashMap<>();

    private ContractVerifier(ContractCode code, ClassLoader source) {
        this.code = code;
        this.source = source;
    }

    /** Throws {@link ContractRejectedException} for the first use of an API the list does not allow. */
    static void verify(ContractCode code, ClassLoader source) {
        new ContractVerifier(code, source).run();
    }

    private void run() {
        for (String name : code.classNames()) {
            ClassReader reader = new ClassReader(code.classFile(name));
            Set<String> members = new HashSet<>();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public FieldVisitor visitField(int access, String field, String descriptor, String signature,
                        Object value) {
                    members.add(field);
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                        String[] exceptions) {
                    members.add(method + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE);
            declared.put(name, new Declared(reader.getSuperName(), List.of(reader.getInterfaces()), members));
        }
        for (String name : code.classNames()) {
            new ClassReader(code.classFile(name)).accept(new Checker(), ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
        }
    }

    private boolean isContractClass(String internalName) {
        return declared.containsKey(internalName);
    }

    private static String javaName(String internalName) {
        return internalName.replace('/', '.').replace('$', '.');
    }

    private static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1).replace('$', '.');
    }

    private static ContractRejectedException refused(String api, String why) {
        return new ContractRejectedException(api + " is not allowed in contract code: " + why);
    }

    /** A class named by contract code: a type, an array of one, or a descriptor's types. */
    private void checkType(Type type) {
        switch (type.getSort()) {
            case Type.ARRAY -> checkType(type.getElementType());
            case Type.OBJECT -> checkClass(type.getInternalName());
            case Type.METHOD -> {
                for (Type argument : type.getArgumentTypes()) {
                    checkType(argument);
                }
                checkType(type.getReturnType());
            }
            default -> {
            }
        }
    }

    private void checkClass(String internalName) {
        if (internalName.startsWith("[")) {
            checkType(Type.getType(internalName));
            return;
        }
        if (isContractClass(internalName)) {
            return;
        }
        String why = contractApi.refusalOfClass(internalName);
        if (why != null) {
            throw refused(javaName(internalName), why);
        }
        requireGenuine(internalName);
    }

    private void checkDescriptor(String descriptor) {
        checkType(Type.getType(descriptor));
    }

    /** A member used by contract code: a call, a field access, a method reference. */
    private void checkMember(String owner, String name, String descriptor, boolean field) {
        if (owner.startsWith("[")) {
            if (name.equals("clone")) {
                return;
            }
            owner = "java/lang/Object";
        }
        String declaring = declaringClass(owner, name, descriptor, field, new HashSet<>());
        if (declaring == null) {
            // declared nowhere we can see: judge it by the first host class the owner extends
            declaring = firstHostAncestor(owner);
        }
        if (isContractClass(declaring)) {
            return;
        }
        String why = contractApi.refusalOfMember(declaring, name, descriptor);
        if (why != null) {
            String shown = name.equals("<init>") ? "new " + simpleName(declaring)
                    : simpleName(declaring) + "." + name;
            throw refused(shown, why);
        }
        requireGenuine(declaring);
    }

    private String firstHostAncestor(String owner) {
        String type = owner;
        while (declared.containsKey(type) && declared.get(type).superName != null) {
            type = declared.get(type).superName;
        }
        return type;
    }

    /** The class that declares the member {@code owner.name}: the contract's own, or the host's. */
    private String declaringClass(String owner, String name, String descriptor, boolean field, Set<String> visited) {
        if (!visited.add(owner)) {
            return null;
        }
        Declared d = declared.get(owner);
        if (d == null) {
            return declaringHostClass(owner, name, descriptor, field);
        }
        if (d.members.contains(field ? name : name + descriptor)) {
            return owner;
        }
        if (name.equals("<init>")) {
            return owner;
        }
        if (d.superName != null) {
            String found = declaringClass(d.superName, name, descriptor, field, visited);
            if (found != null) {
                return found;
            }
        }
        for (String i : d.interfaces) {
            String found = declaringClass(i, name, descriptor, field, visited);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The host class that declares the member, searching {@code owner} and its super types; null if none does. */
    private String declaringHostClass(String owner, String name, String descriptor, boolean field) {
        if (name.equals("<init>") || name.equals("<clinit>")) {
            return owner;
        }
        String key = owner + "." + name + descriptor;
        if (declaringHostClass.containsKey(key)) {
            return declaringHostClass.get(key);
        }
        String found = searchHostClass(owner, name, descriptor, field);
        declaringHostClass.put(key, found);
        return found;
    }

    private String searchHostClass(String owner, String name, String descriptor, boolean field) {
        Class<?> type = hostClass(owner);
        if (type == null) {
            return null;
        }
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> k = pending.removeFirst();
            if (!seen.add(k)) {
                continue;
            }
            if (declares(k, name, descriptor, field)) {
                return Type.getInternalName(k);
            }
            if (k.getSuperclass() != null) {
                pending.addFirst(k.getSuperclass());
            }
            pending.addAll(List.of(k.getInterfaces()));
        }
        // an interface's methods are Object's too (javac names the interface for toString())
        return type.isInterface() && declares(Object.class, name, descriptor, field) ? "java/lang/Object" : null;
    }

    private static boolean declares(Class<?> k, String name, String descriptor, boolean field) {
        try {
            if (field) {
                for (Field f : k.getDeclaredFields()) {
                    if (f.getName().equals(name)) {
                        return true;
                    }
                }
                return false;
            }
            for (Method m : k.getDeclaredMethods()) {
                if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
                    return true;
                }
            }
            return false;
        } catch (LinkageError e) {
            return false;
        }
    }

    private Class<?> hostClass(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, source);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /**
     * Refuses a class that claims a jnear package but does not come from jnear's own jar: contract code
     * cannot add classes to the SDK's packages to reach its package-private members.
     */
    private void requireGenuine(String internalName) {
        if (!internalName.startsWith("io/jnear/")) {
            return;
        }
        Class<?> type = hostClass(internalName);
        CodeSource sdk = HostBinding.class.getProtectionDomain().getCodeSource();
        if (type != null && !Objects.equals(type.getProtectionDomain().getCodeSource(), sdk)) {
            throw refused(javaName(internalName), contractApi.refusalOfClass("io/jnear/sdk/HostBinding"));
        }
    }

    private void checkConstant(Object value) {
        if (value instanceof Type t) {
            checkType(t);
        } else if (value instanceof Handle h) {
            checkHandle(h);
        } else if (value instanceof ConstantDynamic c) {
            throw refused("a dynamic constant (" + c.getName() + ")", contractApi.refusalOfClass("java/lang/invoke/MethodHandle"));
        }
    }

    private void checkHandle(Handle h) {
        boolean field = h.getTag() <= Opcodes.H_PUTSTATIC;
        checkMember(h.getOwner(), h.getName(), h.getDesc(), field);
    }

    private final class Checker extends ClassVisitor {
        private String className;

        Checker() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            className = name;
            if (superName != null) {
                checkClass(superName);
                String why = isContractClass(superName) ? null : contractApi.refusalOfSuperclass(superName);
                if (why != null) {
                    throw refused("extending " + javaName(superName), why);
                }
            }
            for (String i : interfaces) {
                checkClass(i);
                String why = isContractClass(i) ? null : contractApi.refusalOfInterface(i);
                if (why != null) {
                    throw refused("implementing " + javaName(i), why);
                }
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            checkDescriptor(descriptor);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                throw refused("native method " + simpleName(className) + "." + name, contractApi.reason("native"));
            }
            if (name.equals("finalize") && descriptor.equals("()V")) {
                throw refused(simpleName(className) + ".finalize", contractApi.reason("finalizer"));
            }
            checkDescriptor(descriptor);
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitTypeInsn(int opcode, String type) {
                    checkClass(type);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                    checkMember(owner, field, fieldDescriptor, true);
                    checkDescriptor(fieldDescriptor);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
                        boolean isInterface) {
                    checkMember(owner, method, methodDescriptor, false);
                    checkDescriptor(methodDescriptor);
                }

                @Override
                public void visitInvokeDynamicInsn(String method, String methodDescriptor, Handle bootstrap,
                        Object... arguments) {
                    checkHandle(bootstrap);
                    checkDescriptor(methodDescriptor);
                    for (Object argument : arguments) {
                        checkConstant(argument);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    checkConstant(value);
                }

                @Override
                public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
                    checkDescriptor(arrayDescriptor);
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    if (type != null) {
                        checkClass(type);
                    }
                }
            };
        }
    }
}
