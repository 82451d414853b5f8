package io.jnear.runtime.isolation;

import io.jnear.sdk.spi.Meter;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a contract class so its execution is metered and confined:
 *
 * <ul>
 *   <li>every basic block ends with {@code Meter.charge(n)}, n being the instructions it holds, charged
 *       before the jump, return, throw or call that ends it, and before any label control may enter by;
 *   <li>every exception handler starts with {@code Meter.caught(t)}, so a host failure (out of gas) is
 *       rethrown rather than swallowed by {@code catch (Throwable t)};
 *   <li>every array allocation first calls {@code Meter.allocate(length, elementBytes)};
 *   <li>every use of a prohibited API ({@link ProhibitedApis}) is preceded by {@code Meter.prohibited},
 *       which fails the call.
 * </ul>
 *
 * <p>All inserted sequences leave the operand stack as they found it, so the class's stack map frames
 * stay valid; only the maximum stack size is recomputed.
 */
final class MeteringTransformer {
    private MeteringTransformer() {
    }

    static byte[] transform(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                return next == null ? null : new MeteringMethodVisitor(next);
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class MeteringMethodVisitor extends MethodVisitor {
        private final Set<Label> handlers = new HashSet<>();
        private int pending;
        private boolean atHandler;

        MeteringMethodVisitor(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        /** Charges the instructions counted since the last charge. */
        private void charge() {
            if (pending > 0) {
                pushInt(pending);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, Meter.INTERNAL_NAME, "charge", "(I)V", false);
                pending = 0;
            }
        }

        private void pushInt(int value) {
            if (value >= -1 && value <= 5) {
                super.visitInsn(Opcodes.ICONST_0 + value);
            } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
                super.visitIntInsn(Opcodes.BIPUSH, value);
            } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
                super.visitIntInsn(Opcodes.SIPUSH, value);
            } else {
                super.visitLdcInsn(value);
            }
        }

        /** Called before every instruction: a handler's first instruction rethrows host failures. */
        private void instruction() {
            if (atHandler) {
                atHandler = false;
                super.visitInsn(Opcodes.DUP);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, Meter.INTERNAL_NAME, "caught",
                        "(Ljava/lang/Throwable;)V", false);
            }
            pending++;
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            handlers.add(handler);
            super.visitTryCatchBlock(start, end, handler, type);
        }

        @Override
        public void visitLabel(Label label) {
            charge();
            super.visitLabel(label);
            if (handlers.contains(label)) {
                atHandler = true;
            }
        }

        @Override
        public void visitInsn(int opcode) {
            instruction();
            boolean ends = (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) || opcode == Opcodes.ATHROW;
            if (ends) {
                charge();
            }
            super.visitInsn(opcode);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            instruction();
            if (opcode == Opcodes.NEWARRAY) {
                allocate(elementBytes(operand));
            }
            super.visitIntInsn(opcode, operand);
        }

        private void allocate(int elementBytes) {
            super.visitInsn(Opcodes.DUP);
            pushInt(elementBytes);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, Meter.INTERNAL_NAME, "allocate", "(II)V", false);
        }

        private static int elementBytes(int arrayType) {
            return switch (arrayType) {
                case Opcodes.T_BOOLEAN, Opcodes.T_BYTE -> 1;
                case Opcodes.T_CHAR, Opcodes.T_SHORT -> 2;
                case Opcodes.T_INT, Opcodes.T_FLOAT -> 4;
                default -> 8;
            };
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            instruction();
            super.visitVarInsn(opcode, varIndex);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            instruction();
            if (opcode == Opcodes.ANEWARRAY) {
                allocate(8);
            }
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            instruction();
            prohibit(owner, name, descriptor);
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            instruction();
            prohibit(owner, name, descriptor);
            // a call ends the block, so recursion pays for every level
            charge();
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        private void prohibit(String owner, String name, String descriptor) {
            String reason = ProhibitedApis.reason(owner, name, descriptor);
            if (reason != null) {
                super.visitLdcInsn(ProhibitedApis.display(owner, name));
                super.visitLdcInsn(reason);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, Meter.INTERNAL_NAME, "prohibited",
                        "(Ljava/lang/String;Ljava/lang/String;)V", false);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, org.objectweb.asm.Handle bootstrap,
                Object... arguments) {
            instruction();
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            instruction();
            charge();
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitLdcInsn(Object value) {
            instruction();
            super.visitLdcInsn(value);
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            instruction();
            super.visitIincInsn(varIndex, increment);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            instruction();
            charge();
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            instruction();
            charge();
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            instruction();
            super.visitMultiANewArrayInsn(descriptor, numDimensions);
        }
    }
}
