package io.jnear.runtime.isolation;

import io.jnear.sdk.HostBinding;
import io.jnear.sdk.spi.Meter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Rewrites a contract class (already checked by {@link ContractVerifier}) so its execution is metered,
 * bounded and deterministic:
 *
 * <ul>
 *   <li>every basic block starts with {@code Meter.charge(n)}, n being the instructions it holds (a call
 *       of a JDK method counting as six). A block runs from a label control may enter by (a jump target or
 *       a handler), or from the instruction after a jump, to the next jump, switch, return or throw; a
 *       call does not end it, because the whole block is paid before anything in it runs, so recursion
 *       pays for every level before it descends. A block an exception cuts short has been paid whole. The
 *       method's first block is charged by the call that enters the method ({@code Meter.enter(n)}),
 *       which returns the call the method runs in: it is kept in a local slot past every slot the method's
 *       own code uses (whatever its class file declares), where contract code can neither read nor
 *       overwrite it, and the method's later charges, allocations and leave are given it rather than find
 *       it again (a constructor's code before {@code super(…)}, which runs before the entry, finds it);
 *   <li>every exception handler is entered through a stub, placed after the method's code where no
 *       handler covers it, that calls {@code Meter.caught(t)}: a host failure (out of gas, call depth) or
 *       a JVM error is rethrown there, out of the method, whatever shape of handler javac emitted
 *       ({@code finally}, {@code synchronized}, try-with-resources, nested), and can never re-enter the
 *       handler it left;
 *   <li>every method calls {@code Meter.enter(n)} on entry (in a constructor, once the object exists) and
 *       {@code Meter.leave(call)} on every way out, the exceptional ones through one catch-all handler, so
 *       call depth is counted by the protocol's limit, not by the JVM's stack;
 *   <li>every array allocation first calls {@code Meter.allocate} with its size, multi-dimensional ones
 *       included, every {@code new} with a flat 24 bytes, and so do the JDK methods {@link MeteredJdk}
 *       stands in for, which also charge for work that grows with their input;
 *   <li>monitors are removed ({@code synchronized} means nothing on the one thread a contract has, and a
 *       contract must not hold a lock the host could wait for); {@code Math} calls go to
 *       {@code StrictMath}, and {@code abs}, {@code max}, {@code min} and {@code ulp(float)} of either to
 *       {@link MeteredJdk}, whose NaN bits do not depend on the JIT; {@code HashMap} and {@code HashSet} become their linked (insertion-ordered)
 *       subclasses, so iteration order never depends on identity hash codes; records' {@code equals},
 *       {@code hashCode} and {@code toString} come from {@link RecordMethods}, whose component hashes
 *       are deterministic;
 *   <li>a call of a JDK method whose work grows with its input is priced before it runs, and what the
 *       JDK allocates for the contract (a collection's growth, a boxed value, a string or array it
 *       returns) is counted after, as {@link JdkPrices} says ({@link JdkWork} does both); a method
 *       reference to such a method calls it through a bridge in the contract's class ({@link Bridges}),
 *       so a lambda the JDK calls is metered like a call in contract code.
 * </ul>
 *
 * <p>All inserted sequences leave the operand stack as they found it, and the frames at the inserted
 * stubs copy the frames javac wrote, so the class's stack map frames stay valid (every frame past the
 * method's entry gains the call's slot); only the maximum stack and local sizes are recomputed. Each
 * method is read whole first ({@link MethodNode}), so its jump targets are known before its code is
 * rewritten, and written whole after, so each block's count can be put in its charge once the block's end
 * is reached.
 */
final class MeteringTransformer {
    private static final String THROWABLE = "java/lang/Throwable";
    /** What {@code Meter.enter} returns, and the method keeps for its other calls of the meter. */
    private static final Type CALL = Type.getType(HostBinding.Call.class);
    /**
     * Instructions charged on top of a call of a JDK method for the work it does itself (boxing, a map
     * lookup): without it, code made of JDK calls costs less gas than its CPU time (see the CPU-per-gas
     * benchmark). Methods whose work grows with their input are charged by {@link MeteredJdk}.
     */
    private static final int JDK_CALL_OPS = 5;
    private static final Map<String, String> ORDERED_COLLECTIONS = Map.of(
            "java/util/HashMap", "java/util/LinkedHashMap",
            "java/util/HashSet", "java/util/LinkedHashSet");

    /** JDK classes whose {@code (int capacity)} constructor allocates an array at once, with its bytes per slot. */
    private static final Map<String, Integer> CAPACITY_CONSTRUCTORS = Map.of(
            "java/util/ArrayList", 8, "java/util/ArrayDeque", 8, "java/util/PriorityQueue", 8,
            "java/util/HashMap", 8, "java/util/LinkedHashMap", 8, "java/util/HashSet", 8,
            "java/util/LinkedHashSet", 8, "java/lang/StringBuilder", 2, "java/util/Vector", 8);

    /** Types whose text in a string concatenation is their value, never an identity hash. */
    private static final java.util.Set<String> PLAIN_TEXT = java.util.Set.of("java/lang/String", "java/lang/Integer",
            "java/lang/Long", "java/lang/Short", "java/lang/Byte", "java/lang/Character", "java/lang/Float",
            "java/lang/Double", "java/lang/Boolean");

    /** What one object created with {@code new} counts toward the memory limit. */
    private static final int OBJECT_BYTES = 24;

    /** Boxes whose {@code valueOf(primitive)} makes a new object (Boolean's are two constants). */
    private static final java.util.Set<String> BOXES = java.util.Set.of("java/lang/Integer", "java/lang/Long",
            "java/lang/Short", "java/lang/Byte", "java/lang/Character", "java/lang/Float", "java/lang/Double");

    private MeteringTransformer() {
    }

    static byte[] transform(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            private Bridges bridges;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                bridges = new Bridges(name, (access & Opcodes.ACC_INTERFACE) != 0);
                super.visit(version, access, name, signature, ORDERED_COLLECTIONS.getOrDefault(superName, superName),
                        interfaces);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor next = super.visitMethod(access & ~Opcodes.ACC_SYNCHRONIZED, name, descriptor,
                        signature, exceptions);
                if (next == null || (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                    return next;
                }
                boolean constructor = name.equals("<init>");
                return new MethodNode(Opcodes.ASM9, access, name, descriptor, signature, exceptions) {
                    @Override
                    public void visitEnd() {
                        accept(new MeteringMethodVisitor(next, desc, constructor, firstUnusedLocal(this), bridges,
                                entries(this)));
                    }
                };
            }

            @Override
            public void visitEnd() {
                for (Map.Entry<Handle, Handle> e : bridges.made.entrySet()) {
                    writeBridge(e.getKey(), e.getValue());
                }
                super.visitEnd();
            }

            /** A bridge's body: the JDK call, metered as if contract code made it, and its result. */
            private void writeBridge(Handle target, Handle bridge) {
                MethodVisitor next = super.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                        bridge.getName(), bridge.getDesc(), null, null);
                Type[] parameters = Type.getArgumentTypes(bridge.getDesc());
                int slots = 0;
                for (Type p : parameters) {
                    slots += p.getSize();
                }
                MethodVisitor body = new MeteringMethodVisitor(next, bridge.getDesc(), false, slots, bridges, Set.of());
                body.visitCode();
                int slot = 0;
                for (Type p : parameters) {
                    body.visitVarInsn(p.getOpcode(Opcodes.ILOAD), slot);
                    slot += p.getSize();
                }
                int opcode = switch (target.getTag()) {
                    case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
                    case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
                    default -> Opcodes.INVOKEVIRTUAL;
                };
                body.visitMethodInsn(opcode, target.getOwner(), target.getName(), target.getDesc(), target.isInterface());
                body.visitInsn(Type.getReturnType(bridge.getDesc()).getOpcode(Opcodes.IRETURN));
                body.visitMaxs(0, 0);
                body.visitEnd();
            }
        }, ClassReader.EXPAND_FRAMES);
        return writer.toByteArray();
    }

    /**
     * Method references to JDK methods that are priced, grow their receiver or have a stand-in: the lambda
     * would call the JDK directly, past the metering, so it calls a bridge in the contract's class
     * instead, whose body makes the call as contract code would.
     */
    static final class Bridges {
        private final String owner;
        private final boolean ownerIsInterface;
        /** Target method handle to its bridge, in the order the class first referred to each. */
        final Map<Handle, Handle> made = new LinkedHashMap<>();

        Bridges(String owner, boolean ownerIsInterface) {
            this.owner = owner;
            this.ownerIsInterface = ownerIsInterface;
        }

        /** The handle a lambda should call instead of {@code target}: a bridge, or the target itself. */
        Handle bridge(Handle target) {
            int tag = target.getTag();
            boolean call = tag == Opcodes.H_INVOKESTATIC || tag == Opcodes.H_INVOKEVIRTUAL
                    || tag == Opcodes.H_INVOKEINTERFACE;
            if (!call || !target.getOwner().startsWith("java/") || !isMetered(target)) {
                return target;
            }
            return made.computeIfAbsent(target, t -> {
                String descriptor = t.getTag() == Opcodes.H_INVOKESTATIC ? t.getDesc()
                        : "(L" + t.getOwner() + ";" + t.getDesc().substring(1);
                return new Handle(Opcodes.H_INVOKESTATIC, owner, "jnear$bridge$" + made.size(), descriptor,
                        ownerIsInterface);
            });
        }

        private static boolean isMetered(Handle target) {
            String name = target.getName();
            String descriptor = target.getDesc();
            if (target.getTag() == Opcodes.H_INVOKESTATIC) {
                return MeteredJdk.replacement(target.getOwner(), name, descriptor) != null
                        || JdkPrices.shape(target.getOwner(), name, descriptor) != null;
            }
            boolean identity = (name.equals("hashCode") || name.equals("toString"))
                    && (target.getOwner().equals("java/lang/Object") || JdkPrices.isContainer(target.getOwner()));
            return identity
                    || MeteredJdk.replacement(target.getOwner(), name, "(L" + target.getOwner() + ";" + descriptor.substring(1)) != null
                    || JdkPrices.shape(target.getOwner(), name, descriptor) != null
                    || JdkPrices.grows(target.getOwner(), name, descriptor);
        }
    }

    /** The labels control may enter a block by other than falling into it: jump and switch targets, handlers. */
    private static Set<Label> entries(MethodNode method) {
        Set<Label> entries = new HashSet<>();
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            entries.add(block.handler.getLabel());
        }
        for (AbstractInsnNode instruction : method.instructions) {
            List<LabelNode> targets = new ArrayList<>();
            if (instruction instanceof JumpInsnNode jump) {
                targets.add(jump.label);
            } else if (instruction instanceof TableSwitchInsnNode table) {
                targets.add(table.dflt);
                targets.addAll(table.labels);
            } else if (instruction instanceof LookupSwitchInsnNode lookup) {
                targets.add(lookup.dflt);
                targets.addAll(lookup.labels);
            }
            for (LabelNode target : targets) {
                entries.add(target.getLabel());
            }
        }
        return entries;
    }

    /**
     * The first local slot nothing in {@code method} uses: past its parameters, every slot its instructions
     * load, store or increment and every slot its frames describe, whatever maximum the class file declares
     * (a class file not written by javac could declare too few), so the slot the instrumentation keeps the
     * call in is one the method's own code can never read or overwrite.
     */
    private static int firstUnusedLocal(MethodNode method) {
        int free = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
        for (Type parameter : Type.getArgumentTypes(method.desc)) {
            free += parameter.getSize();
        }
        free = Math.max(free, method.maxLocals);
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction instanceof VarInsnNode variable) {
                int opcode = variable.getOpcode();
                boolean wide = opcode == Opcodes.LLOAD || opcode == Opcodes.DLOAD || opcode == Opcodes.LSTORE
                        || opcode == Opcodes.DSTORE;
                free = Math.max(free, variable.var + (wide ? 2 : 1));
            } else if (instruction instanceof IincInsnNode increment) {
                free = Math.max(free, increment.var + 1);
            } else if (instruction instanceof FrameNode frame && frame.local != null) {
                free = Math.max(free, slots(frame.local.toArray(), frame.local.size()));
            }
        }
        return free;
    }

    /** The local slots {@code count} frame entries take: two for a long or a double. */
    private static int slots(Object[] locals, int count) {
        int slots = 0;
        for (int i = 0; i < count; i++) {
            slots += Opcodes.LONG.equals(locals[i]) || Opcodes.DOUBLE.equals(locals[i]) ? 2 : 1;
        }
        return slots;
    }

    /** A frame as javac wrote it (expanded), copied to the stub that enters its handler. */
    private record Frame(Object[] locals, Object[] stack) {
    }

    private static final class MeteringMethodVisitor extends MethodVisitor {
        /** Where the rewritten method is written: whole, then passed on, once every block's count is known. */
        private final MethodNode out;
        private final MethodVisitor next;
        /** Labels control may enter by: a block starts at each. */
        private final Set<Label> entries;
        /** Handler labels as javac wrote them, each with the stub label exception table entries now name. */
        private final Map<Label, Label> stubs = new LinkedHashMap<>();
        private final Map<Label, Frame> handlerFrames = new HashMap<>();
        private final List<Label> labelsSinceInstruction = new ArrayList<>();
        /**
         * Where the method keeps the call {@code Meter.enter} returned, for its later charges and its leave:
         * a slot past every one the method's own code uses.
         */
        private final int callSlot;
        /** The first slot the inserted sequences may use for values they set aside. */
        private final int firstFreeLocal;
        private final Bridges bridges;
        private final Label bodyStart = new Label();
        private final Label bodyEnd = new Label();
        private final Label leaveOnThrow = new Label();
        /** Constructors enter once {@code super(…)} or {@code this(…)} has run: before, {@code this} does not exist. */
        private boolean awaitingSuperCall;
        private int pendingNews;
        private boolean entered;
        /** The instruction that will push the open block's count, or null between blocks. */
        private AbstractInsnNode blockCharge;
        /** Instructions of the open block so far. */
        private int blockCount;

        MeteringMethodVisitor(MethodVisitor next, String descriptor, boolean constructor, int callSlot,
                Bridges bridges, Set<Label> entries) {
            // the descriptor is all the copy needs besides the code (for parameter annotations)
            super(Opcodes.ASM9, new MethodNode(Opcodes.ASM9, 0, null, descriptor, null, null));
            this.out = (MethodNode) mv;
            this.next = next;
            this.awaitingSuperCall = constructor;
            this.callSlot = callSlot;
            this.firstFreeLocal = callSlot + 1;
            this.bridges = bridges;
            this.entries = entries;
        }

        /**
         * Enters the method (a constructor waits for its object) before any label, so every handler's range
         * lies where the call is in its slot; the first block's count goes into the entry when it ends.
         */
        @Override
        public void visitCode() {
            super.visitCode();
            if (!awaitingSuperCall) {
                openBlock();
            }
        }

        /** Enters the method before a label control may come back to, charging nothing yet. */
        private void enterOnce() {
            if (entered || awaitingSuperCall) {
                return;
            }
            super.visitInsn(Opcodes.ICONST_0);
            enter();
        }

        /** Enters the method with the instructions to charge on the stack. */
        private void enter() {
            entered = true;
            super.visitMethodInsn(Opcodes.INVOKESTATIC, Meter.INTERNAL_NAME, "enter", "(I)" + CALL.getDescriptor(),
                    false);
            super.visitVarInsn(Opcodes.ASTORE, callSlot);
            super.visitLabel(bodyStart);
        }

        /**
         * At a block's first instruction: its charge, with a count put in when the block ends; the method's
         * first block is charged by the call that enters the method.
         */
        private void openBlock() {
            if (blockCharge != null) {
                return;
            }
            if (entered) {
                super.visitVarInsn(Opcodes.ALOAD, callSlot);
            }
            super.visitInsn(Opcodes.NOP);
            blockCharge = out.instructions.getLast();
            if (entered) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, Meter.INTERNAL_NAME, "charge", "(" + CALL.getDescriptor()
                        + "I)V", false);
            } else if (!awaitingSuperCall) {
                enter();
            } else {
                // a constructor's code before super(…): no call found yet
                super.visitMethodInsn(Opcodes.INVOKESTATIC, Meter.INTERNAL_NAME, "charge", "(I)V", false);
            }
        }

        /** At a block's end: its count goes into its charge. */
        private void closeBlock() {
            if (blockCharge != null) {
                out.instructions.set(blockCharge, intConstant(blockCount));
                blockCharge = null;
                blockCount = 0;
            }
        }

        private static AbstractInsnNode intConstant(int value) {
            if (value >= -1 && value <= 5) {
                return new InsnNode(Opcodes.ICONST_0 + value);
            } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
                return new IntInsnNode(Opcodes.BIPUSH, value);
            } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
                return new IntInsnNode(Opcodes.SIPUSH, value);
            }
            return new LdcInsnNode(value);
        }

        @Override
        public void visitEnd() {
            super.visitEnd();
            out.accept(next);
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

        /** Called before every instruction of the original code. */
        private void instruction() {
            labelsSinceInstruction.clear();
            openBlock();
            blockCount++;
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            Label stub = stubs.computeIfAbsent(handler, h -> new Label());
            super.visitTryCatchBlock(start, end, stub, type);
        }

        @Override
        public void visitLabel(Label label) {
            if (entries.contains(label)) {
                closeBlock();
                enterOnce();
            }
            super.visitLabel(label);
            labelsSinceInstruction.add(label);
        }

        @Override
        public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
            Object[] locals = entered ? withCall(local, numLocal) : copy(local, numLocal);
            for (Label label : labelsSinceInstruction) {
                if (stubs.containsKey(label)) {
                    handlerFrames.put(label, new Frame(locals, copy(stack, numStack)));
                }
            }
            super.visitFrame(type, locals.length, locals, numStack, stack);
        }

        /** A frame's locals once the method has entered: the call in its slot, unused slots before it TOP. */
        private Object[] withCall(Object[] local, int numLocal) {
            List<Object> locals = new ArrayList<>(Arrays.asList(copy(local, numLocal)));
            for (int slot = slots(local, numLocal); slot < callSlot; slot++) {
                locals.add(Opcodes.TOP);
            }
            locals.add(CALL.getInternalName());
            return locals.toArray();
        }

        private static Object[] copy(Object[] values, int count) {
            Object[] copy = new Object[count];
            System.arraycopy(values, 0, copy, 0, count);
            return copy;
        }

        @Override
        public void visitInsn(int opcode) {
            instruction();
            if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
                super.visitInsn(Opcodes.POP);
                return;
            }
            boolean returns = opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN;
            if (returns && entered) {
                leave();
            }
            super.visitInsn(opcode);
            if (returns || opcode == Opcodes.ATHROW) {
                closeBlock();
            }
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            instruction();
            if (opcode == Opcodes.NEWARRAY) {
                allocate(elementBytes(operand));
            }
            super.visitIntInsn(opcode, operand);
        }

        /** Counts the array whose length is on the stack, leaving the length there. */
        private void allocate(int elementBytes) {
            super.visitInsn(Opcodes.DUP);
            allocateFromStack(elementBytes);
        }

        /** Counts (and pops) the number of elements on the stack, of {@code elementBytes} each. */
        private void allocateFromStack(int elementBytes) {
            if (entered) {
                super.visitVarInsn(Opcodes.ALOAD, callSlot);
                pushInt(elementBytes);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, Meter.INTERNAL_NAME, "allocate",
                        "(I" + CALL.getDescriptor() + "I)V", false);
            } else {
                pushInt(elementBytes);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, Meter.INTERNAL_NAME, "allocate", "(II)V", false);
            }
        }

        /** Leaves the method (it has entered): the call's depth goes back down. */
        private void leave() {
            super.visitVarInsn(Opcodes.ALOAD, callSlot);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, Meter.INTERNAL_NAME, "leave", "(" + CALL.getDescriptor() + ")V",
                    false);
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
            if (opcode == Opcodes.NEW) {
                pendingNews++;
                type = ORDERED_COLLECTIONS.getOrDefault(type, type);
                // every object counts toward the memory limit: a header and a couple of fields, on average
                super.visitInsn(Opcodes.ICONST_1);
                allocateFromStack(OBJECT_BYTES);
            }
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            instruction();
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            instruction();
            if (owner.startsWith("java/")) {
                // the JDK method's own work, unseen by the instruction count: a flat price per call
                blockCount += JDK_CALL_OPS;
            }
            if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/Math") && MeteredJdk.hasStrictMath(name, descriptor)) {
                owner = "java/lang/StrictMath";
            }
            boolean superCall = false;
            if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>") && JdkPrices.isThrowable(owner)) {
                // the JDK's Throwable constructor fills in the stack trace: as long as the call is deep
                work("stackTrace", "()V");
            }
            if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")) {
                Integer bytesPerSlot = CAPACITY_CONSTRUCTORS.get(owner);
                if (bytesPerSlot != null && descriptor.equals("(I)V")) {
                    // new ArrayList<>(capacity) allocates its array at once
                    allocate(bytesPerSlot);
                }
                owner = ORDERED_COLLECTIONS.getOrDefault(owner, owner);
                if (pendingNews > 0) {
                    pendingNews--;
                } else {
                    superCall = true;
                }
            }
            // hashCode and toString on anything but a JDK type may be Object's identity-based ones, and a JDK
            // collection's reach its elements'
            String standInOwner = opcode != Opcodes.INVOKESTATIC
                    && (!owner.startsWith("java/") || JdkPrices.isContainer(owner))
                    && (name.equals("hashCode") || name.equals("toString")) ? "java/lang/Object" : owner;
            MeteredJdk.StandIn standIn = opcode == Opcodes.INVOKESPECIAL ? null
                    : MeteredJdk.replacement(standInOwner, name, opcode == Opcodes.INVOKESTATIC ? descriptor
                            : "(L" + standInOwner + ";" + descriptor.substring(1));
            boolean constructsJdk = opcode == Opcodes.INVOKESPECIAL && name.equals("<init>") && !superCall
                    && owner.startsWith("java/");
            JdkPrices.Shape shape = null;
            boolean grows = false;
            JdkPrices.Result result = null;
            if (standIn == null && (opcode != Opcodes.INVOKESPECIAL || constructsJdk)) {
                result = JdkPrices.result(owner, name, descriptor);
                shape = JdkPrices.shape(owner, name, descriptor);
                if (shape == null && constructsJdk) {
                    // a constructor given a collection, string or number copies it
                    shape = JdkPrices.Shape.ARGUMENTS;
                }
                grows = opcode != Opcodes.INVOKESPECIAL && JdkPrices.grows(owner, name, descriptor);
            }
            boolean superIdentity = opcode == Opcodes.INVOKESPECIAL
                    && (owner.equals("java/lang/Object") || owner.equals("java/lang/Enum"))
                    && (name.equals("hashCode") && descriptor.equals("()I")
                            || name.equals("toString") && descriptor.equals("()Ljava/lang/String;"));
            if (superIdentity) {
                // super.hashCode() or super.toString() would reach the JVM's identity hash
                super.visitMethodInsn(Opcodes.INVOKESTATIC, MeteredJdk.INTERNAL_NAME,
                        name.equals("hashCode") ? "superHashCode" : "superToString",
                        "(Ljava/lang/Object;)" + Type.getReturnType(descriptor).getDescriptor(), false);
            } else if (standIn != null) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, standIn.owner(), name, standIn.descriptor(), false);
            } else if (shape != null || grows || result != null) {
                measuredCall(opcode, owner, name, descriptor, isInterface, shape, grows, result, constructsJdk);
            } else {
                if (boxes(opcode, owner, name, descriptor)) {
                    // counted before the box is made, not after: the JIT can then still leave the box out
                    workInCall("boxed", "");
                }
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
            if (standIn == null && result == null) {
                countMemoryMade(opcode, owner, name, descriptor, constructsJdk);
            }
            if (superCall && awaitingSuperCall) {
                awaitingSuperCall = false;
                enterOnce();
            }
        }

        /**
         * Calls a JDK method priced by {@code shape} (before the call), whose receiver may grow
         * ({@code grows}, counted after it) and whose result's size may be known before it runs
         * ({@code result}, counted before it, what it made beyond that after): the operands wait in fresh
         * locals while they are measured.
         */
        private void measuredCall(int opcode, String owner, String name, String descriptor, boolean isInterface,
                JdkPrices.Shape shape, boolean grows, JdkPrices.Result result, boolean constructor) {
            Type[] arguments = Type.getArgumentTypes(descriptor);
            boolean receiver = opcode != Opcodes.INVOKESTATIC && !constructor;
            Type[] operands = new Type[arguments.length + (receiver ? 1 : 0)];
            if (receiver) {
                operands[0] = Type.getObjectType("java/lang/Object");
            }
            System.arraycopy(arguments, 0, operands, receiver ? 1 : 0, arguments.length);
            int[] slots = new int[operands.length];
            int next = firstFreeLocal;
            for (int i = 0; i < operands.length; i++) {
                slots[i] = next;
                next += operands[i].getSize();
            }
            int footprintSlot = next;
            int expectedSlot = next + 2;
            for (int i = operands.length - 1; i >= 0; i--) {
                super.visitVarInsn(operands[i].getOpcode(Opcodes.ISTORE), slots[i]);
            }
            if (shape != null) {
                chargeFor(shape, operands, slots, receiver);
            }
            if (result != null) {
                List<Integer> references = new ArrayList<>();
                for (int i = 0; i < operands.length; i++) {
                    if (isReference(operands[i])) {
                        references.add(i);
                    }
                }
                loadReferences(references, slots, 2);
                pushInt(result.ordinal());
                work("expect", "(Ljava/lang/Object;Ljava/lang/Object;I)J");
                super.visitVarInsn(Opcodes.LSTORE, expectedSlot);
            }
            boolean measuresGrowth = grows && operands.length > 0 && isReference(operands[0]);
            if (measuresGrowth) {
                super.visitVarInsn(Opcodes.ALOAD, slots[0]);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, JdkWork.INTERNAL_NAME, "footprint", "(Ljava/lang/Object;)J",
                        false);
                super.visitVarInsn(Opcodes.LSTORE, footprintSlot);
            }
            for (int i = 0; i < operands.length; i++) {
                super.visitVarInsn(operands[i].getOpcode(Opcodes.ILOAD), slots[i]);
            }
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            if (result != null) {
                super.visitInsn(Opcodes.DUP);
                super.visitVarInsn(Opcodes.LLOAD, expectedSlot);
                work("made", "(Ljava/lang/Object;J)V");
            }
            if (measuresGrowth) {
                super.visitVarInsn(Opcodes.ALOAD, slots[0]);
                super.visitVarInsn(Opcodes.LLOAD, footprintSlot);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, JdkWork.INTERNAL_NAME, "grew", "(Ljava/lang/Object;J)V", false);
            }
        }

        private static boolean isReference(Type type) {
            return type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY;
        }

        /** Emits the {@link JdkWork} charge for {@code shape}, reading the operands from their locals. */
        private void chargeFor(JdkPrices.Shape shape, Type[] operands, int[] slots, boolean receiver) {
            List<Integer> references = new ArrayList<>();
            List<Integer> ints = new ArrayList<>();
            for (int i = 0; i < operands.length; i++) {
                if (isReference(operands[i])) {
                    references.add(i);
                } else if (operands[i].getSort() == Type.INT) {
                    ints.add(i);
                }
            }
            String object = "Ljava/lang/Object;";
            switch (shape) {
                case CONTENT, ARGUMENTS -> {
                    for (int i : references) {
                        if (shape == JdkPrices.Shape.CONTENT || !(receiver && i == 0)) {
                            super.visitVarInsn(Opcodes.ALOAD, slots[i]);
                            workInCall("content", object);
                        }
                    }
                }
                case PRODUCT -> {
                    loadReferences(references, slots, 3);
                    work("product", "(" + object + object + object + ")V");
                }
                case SEARCH, BULK -> {
                    loadReferences(references, slots, 2);
                    work(shape == JdkPrices.Shape.SEARCH ? "search" : "bulk", "(" + object + object + ")V");
                }
                case SORT, SQUARE, DIGITS -> {
                    loadReferences(references, slots, 1);
                    work(shape.name().toLowerCase(java.util.Locale.ROOT), "(" + object + ")V");
                }
                case COUNT -> {
                    if (!ints.isEmpty()) {
                        super.visitVarInsn(Opcodes.ILOAD, slots[ints.get(ints.size() - 1)]);
                        work("count", "(I)V");
                    }
                }
                case RANGE -> {
                    if (ints.size() >= 2) {
                        super.visitVarInsn(Opcodes.ILOAD, slots[ints.get(0)]);
                        super.visitVarInsn(Opcodes.ILOAD, slots[ints.get(1)]);
                        work("range", "(II)V");
                    }
                }
                case SIZE, CLEAR -> {
                    loadReferences(references, slots, 1);
                    work(shape == JdkPrices.Shape.SIZE ? "viewSize" : "clear", "(" + object + ")V");
                }
                case TAIL, WALK -> {
                    if (!references.isEmpty() && !ints.isEmpty()) {
                        super.visitVarInsn(Opcodes.ALOAD, slots[references.get(0)]);
                        super.visitVarInsn(Opcodes.ILOAD, slots[ints.get(0)]);
                        work(shape == JdkPrices.Shape.TAIL ? "tail" : "walk", "(" + object + "I)V");
                    }
                }
            }
        }

        /** Loads the first {@code count} reference operands, nulls for those the call does not have. */
        private void loadReferences(List<Integer> references, int[] slots, int count) {
            for (int k = 0; k < count; k++) {
                if (k < references.size()) {
                    super.visitVarInsn(Opcodes.ALOAD, slots[references.get(k)]);
                } else {
                    super.visitInsn(Opcodes.ACONST_NULL);
                }
            }
        }

        private void work(String method, String descriptor) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, JdkWork.INTERNAL_NAME, method, descriptor, false);
        }

        /**
         * Calls {@link JdkWork}'s {@code method}, of {@code parameters} (descriptors) and no result, with the
         * call the method entered when it has (the calls most frequent in contract code take it rather
         * than find it).
         */
        private void workInCall(String method, String parameters) {
            if (entered) {
                super.visitVarInsn(Opcodes.ALOAD, callSlot);
                work(method, "(" + parameters + CALL.getDescriptor() + ")V");
            } else {
                work(method, "(" + parameters + ")V");
            }
        }

        /**
         * After a JDK call: counts what it made for the contract toward the memory limit, a string or array
         * it returned, a collection or string it constructed (a value it boxes is counted before the call).
         */
        private void countMemoryMade(int opcode, String owner, String name, String descriptor, boolean constructsJdk) {
            if (constructsJdk) {
                boolean countedBefore = descriptor.equals("(I)V") && CAPACITY_CONSTRUCTORS.containsKey(owner);
                if (!countedBefore && (owner.startsWith("java/util/") || owner.equals("java/lang/String")
                        || owner.equals("java/lang/StringBuilder") || owner.equals("java/io/ByteArrayOutputStream"))) {
                    super.visitInsn(Opcodes.DUP);
                    work("built", "(Ljava/lang/Object;)V");
                }
                return;
            }
            if (opcode == Opcodes.INVOKESPECIAL || !(owner.startsWith("java/") || owner.startsWith("["))) {
                return;
            }
            Type result = Type.getReturnType(descriptor);
            boolean arrayClone = owner.startsWith("[") && name.equals("clone");
            if (arrayClone || result.getSort() == Type.ARRAY || result.getDescriptor().equals("Ljava/lang/String;")) {
                super.visitInsn(Opcodes.DUP);
                work("made", "(Ljava/lang/Object;)V");
            }
        }

        /** A box's {@code valueOf(primitive)}, which makes a new object. */
        private static boolean boxes(int opcode, String owner, String name, String descriptor) {
            Type[] arguments = Type.getArgumentTypes(descriptor);
            return opcode == Opcodes.INVOKESTATIC && name.equals("valueOf") && BOXES.contains(owner)
                    && Type.getReturnType(descriptor).getSort() == Type.OBJECT && arguments.length == 1
                    && arguments[0].getSort() != Type.OBJECT;
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                Object... arguments) {
            instruction();
            if (bootstrap.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
                descriptor = objectsAsStrings(descriptor);
            }
            if (bootstrap.getOwner().equals("java/lang/invoke/LambdaMetafactory") && arguments.length > 1
                    && arguments[1] instanceof Handle target) {
                arguments = arguments.clone();
                arguments[1] = bridges.bridge(target);
            }
            if (bootstrap.getOwner().equals("java/lang/runtime/ObjectMethods")) {
                // a record's equals, hashCode and toString: the JDK's, over deterministically hashed components
                bootstrap = new Handle(bootstrap.getTag(), RecordMethods.INTERNAL_NAME,
                        bootstrap.getName(), bootstrap.getDesc(), false);
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
            if (bootstrap.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
                // string concatenation allocates its result: count it (after the fact, at most twice the limit)
                super.visitInsn(Opcodes.DUP);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, MeteredJdk.INTERNAL_NAME, "concatenated",
                        "(Ljava/lang/String;)V", false);
            }
        }

        /**
         * Turns the objects a string concatenation is given into strings first, through the deterministic
         * {@code toString} (the JDK's would print identity hash codes): the arguments go to fresh locals
         * and come back, each object converted; returns the concatenation's new descriptor.
         */
        private String objectsAsStrings(String descriptor) {
            Type[] parameters = Type.getArgumentTypes(descriptor);
            boolean any = false;
            for (Type p : parameters) {
                any |= convertsToString(p);
            }
            if (!any) {
                return descriptor;
            }
            int[] slots = new int[parameters.length];
            int next = firstFreeLocal;
            for (int i = 0; i < parameters.length; i++) {
                slots[i] = next;
                next += parameters[i].getSize();
            }
            for (int i = parameters.length - 1; i >= 0; i--) {
                super.visitVarInsn(parameters[i].getOpcode(Opcodes.ISTORE), slots[i]);
            }
            Type[] converted = parameters.clone();
            for (int i = 0; i < parameters.length; i++) {
                super.visitVarInsn(parameters[i].getOpcode(Opcodes.ILOAD), slots[i]);
                if (convertsToString(parameters[i])) {
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, MeteredJdk.INTERNAL_NAME, "stringOf",
                            "(Ljava/lang/Object;)Ljava/lang/String;", false);
                    converted[i] = Type.getType(String.class);
                }
            }
            return Type.getMethodDescriptor(Type.getReturnType(descriptor), converted);
        }

        /** Everything but strings and boxes, whose text is their value: any other type may print an identity hash. */
        private static boolean convertsToString(Type type) {
            return (type.getSort() == Type.OBJECT && !PLAIN_TEXT.contains(type.getInternalName()))
                    || type.getSort() == Type.ARRAY;
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            instruction();
            super.visitJumpInsn(opcode, label);
            closeBlock();
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
            super.visitTableSwitchInsn(min, max, dflt, labels);
            closeBlock();
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            instruction();
            super.visitLookupSwitchInsn(dflt, keys, labels);
            closeBlock();
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            instruction();
            // the lengths are on the stack: keep them in fresh locals, count them, put them back
            for (int i = numDimensions - 1; i >= 0; i--) {
                super.visitVarInsn(Opcodes.ISTORE, firstFreeLocal + i);
            }
            pushInt(numDimensions);
            super.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
            for (int i = 0; i < numDimensions; i++) {
                super.visitInsn(Opcodes.DUP);
                pushInt(i);
                super.visitVarInsn(Opcodes.ILOAD, firstFreeLocal + i);
                super.visitInsn(Opcodes.IASTORE);
            }
            Type element = Type.getType(descriptor.substring(numDimensions));
            pushInt(numDimensions == Type.getType(descriptor).getDimensions() ? primitiveBytes(element) : 8);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, Meter.INTERNAL_NAME, "allocate", "([II)V", false);
            for (int i = 0; i < numDimensions; i++) {
                super.visitVarInsn(Opcodes.ILOAD, firstFreeLocal + i);
            }
            super.visitMultiANewArrayInsn(descriptor, numDimensions);
        }

        private static int primitiveBytes(Type type) {
            return switch (type.getSort()) {
                case Type.BOOLEAN, Type.BYTE -> 1;
                case Type.CHAR, Type.SHORT -> 2;
                case Type.INT, Type.FLOAT -> 4;
                default -> 8;
            };
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            closeBlock();
            if (entered) {
                super.visitLabel(bodyEnd);
            }
            // stubs after the code: no handler covers them, so what they throw leaves the method
            for (Map.Entry<Label, Label> e : stubs.entrySet()) {
                Frame frame = handlerFrames.get(e.getKey());
                super.visitLabel(e.getValue());
                if (frame != null) {
                    super.visitFrame(Opcodes.F_NEW, frame.locals.length, frame.locals, frame.stack.length,
                            frame.stack);
                }
                super.visitInsn(Opcodes.DUP);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, Meter.INTERNAL_NAME, "caught",
                        "(Ljava/lang/Throwable;)V", false);
                super.visitJumpInsn(Opcodes.GOTO, e.getKey());
            }
            if (entered) {
                // declared last, so every handler of the method's own is tried first
                super.visitTryCatchBlock(bodyStart, bodyEnd, leaveOnThrow, THROWABLE);
                super.visitLabel(leaveOnThrow);
                Object[] locals = withCall(new Object[0], 0);
                super.visitFrame(Opcodes.F_NEW, locals.length, locals, 1, new Object[] {THROWABLE});
                leave();
                super.visitInsn(Opcodes.ATHROW);
            }
            super.visitMaxs(maxStack, maxLocals);
        }
    }
}
