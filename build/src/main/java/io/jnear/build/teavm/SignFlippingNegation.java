package io.jnear.build.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.LongConstantInstruction;
import org.teavm.model.instructions.NegateInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Java's {@code -x} on a {@code float} or {@code double} ({@code FNEG}, {@code DNEG}) flips the sign bit:
 * {@code -(0.0)} is {@code -0.0}, {@code -(-0.0)} is {@code 0.0}, and a NaN keeps its payload with the
 * other sign (the JVM specification leaves a NaN's sign open; HotSpot, which runs the JVM build, flips it).
 * TeaVM 0.13.1's Wasm backend compiles it to {@code 0.0 - x} ({@code f64.sub}/{@code f32.sub} on a zero
 * constant: {@code BaseWasmGenerationVisitor}, case {@code NEGATE}), which gives {@code 0.0} for
 * {@code x = 0.0} and leaves the sign of a NaN to the engine. Multiplying by {@code -1.0} would keep zeros
 * right but not NaNs (Wasm leaves a NaN result's sign unspecified; the JVM's multiplication keeps the
 * operand's). So every float and double negation in the IR TeaVM reads becomes the sign bit flipped:
 * {@code longBitsToDouble(doubleToRawLongBits(x) ^ 0x8000000000000000L)}, and the same on {@code int}
 * bits for a float. TeaVM's Wasm intrinsics make both conversions a {@code reinterpret}, so the negation
 * is four instructions (reinterpret, constant, xor, reinterpret) where TeaVM wrote two (constant,
 * subtraction), with no call, and gives the bits Wasm's {@code f64.neg}/{@code f32.neg} would.
 */
final class SignFlippingNegation {
    private static final MethodReference DOUBLE_TO_BITS =
            new MethodReference(Double.class, "doubleToRawLongBits", double.class, long.class);
    private static final MethodReference BITS_TO_DOUBLE =
            new MethodReference(Double.class, "longBitsToDouble", long.class, double.class);
    private static final MethodReference FLOAT_TO_BITS =
            new MethodReference(Float.class, "floatToRawIntBits", float.class, int.class);
    private static final MethodReference BITS_TO_FLOAT =
            new MethodReference(Float.class, "intBitsToFloat", int.class, float.class);

    private SignFlippingNegation() {
    }

    /** Rewrites every float and double negation in {@code cls}'s methods. */
    static void apply(ClassHolder cls) {
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program != null) {
                apply(program);
            }
        }
    }

    private static void apply(Program program) {
        List<NegateInstruction> negations = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction instruction : block) {
                if (instruction instanceof NegateInstruction negation
                        && (negation.getOperandType() == NumericOperandType.DOUBLE
                        || negation.getOperandType() == NumericOperandType.FLOAT)) {
                    negations.add(negation);
                }
            }
        }
        for (NegateInstruction negation : negations) {
            boolean isDouble = negation.getOperandType() == NumericOperandType.DOUBLE;
            Variable bits = program.createVariable();
            Variable signBit = program.createVariable();
            Variable flipped = program.createVariable();

            InvokeInstruction toBits = invoke(isDouble ? DOUBLE_TO_BITS : FLOAT_TO_BITS, negation.getOperand(), bits);
            Instruction sign;
            if (isDouble) {
                LongConstantInstruction constant = new LongConstantInstruction();
                constant.setConstant(Long.MIN_VALUE);
                constant.setReceiver(signBit);
                sign = constant;
            } else {
                IntegerConstantInstruction constant = new IntegerConstantInstruction();
                constant.setConstant(Integer.MIN_VALUE);
                constant.setReceiver(signBit);
                sign = constant;
            }
            BinaryInstruction xor = new BinaryInstruction(BinaryOperation.XOR,
                    isDouble ? NumericOperandType.LONG : NumericOperandType.INT);
            xor.setFirstOperand(bits);
            xor.setSecondOperand(signBit);
            xor.setReceiver(flipped);
            InvokeInstruction fromBits = invoke(isDouble ? BITS_TO_DOUBLE : BITS_TO_FLOAT, flipped,
                    negation.getReceiver());

            List<Instruction> replacement = List.of(toBits, sign, xor, fromBits);
            for (Instruction instruction : replacement) {
                instruction.setLocation(negation.getLocation());
            }
            negation.insertPreviousAll(replacement);
            negation.delete();
        }
    }

    private static InvokeInstruction invoke(MethodReference method, Variable argument, Variable receiver) {
        InvokeInstruction invoke = new InvokeInstruction();
        invoke.setType(InvocationType.SPECIAL);
        invoke.setMethod(method);
        invoke.setArguments(argument);
        invoke.setReceiver(receiver);
        return invoke;
    }
}
