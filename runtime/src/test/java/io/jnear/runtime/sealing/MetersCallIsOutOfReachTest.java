package io.jnear.runtime.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.isolated.Compute;
import io.jnear.runtime.isolation.ContractClasses;
import io.jnear.runtime.isolation.ContractRejectedException;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.spi.ContractCode;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Each metered method keeps the call it charges in a local the instrumentation adds: contract code can
 * neither name the call's type nor reach that local, exceptions give back the depth their methods took,
 * and every kind of instrumented code charges the gas it did when each charge found the call itself.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MetersCallIsOutOfReachTest {
    private static final String FIXTURES = "io/jnear/runtime/sealing/fixtures/";
    private static final long REGULAR_OP_GAS = 822_756;

    private Sandbox sandbox;
    private Account alice;
    private Account compute;

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        compute = sandbox.deploy("compute.test.near", Compute.class);
    }

    private ExecutionResult<String> run(ContractCode code) {
        Account contract = sandbox.deploy("metered.test.near", code, null);
        return alice.call(contract.id(), "run", "", NearToken.ZERO, Gas.tgas(200));
    }

    private void sandboxStillWorks() {
        assertEquals("24", alice.call(compute.id(), "sum", "10", NearToken.ZERO, Gas.tgas(10)).value());
        sandbox.checkConservation();
    }

    @Test
    void contractCodeNamingTheTypeOfTheMetersCallIsRefusedAtDeploy() {
        ContractRejectedException e = assertThrows(ContractRejectedException.class,
                () -> sandbox.deploy("attacker.test.near", Fixtures.named("NamesTheMetersCall")));
        assertEquals("io.jnear.sdk.HostBinding.Call is not allowed in contract code:"
                + " the sandbox's own machinery is not callable from contract code", e.getMessage());
        assertFalse(sandbox.account(AccountId.of("attacker.test.near")).exists());
    }

    @Test
    void aClassFileDeclaringTooFewLocalsCannotOverwriteTheMetersCall() {
        // a loop that stores null past the locals its class file declares: were the call kept there, the
        // loop's charges would find no call and it would spin for ever, unmetered
        ContractCode javacs = ContractClasses.of(Fixtures.named("OverwritesTheMetersSlot"));
        SortedMap<String, byte[]> classes = new TreeMap<>();
        for (String name : javacs.classNames()) {
            classes.put(name, javacs.classFile(name));
        }
        classes.put(FIXTURES + "OverwritesTheMetersSlot", loopStoringPastItsLocals());
        ContractCode forged = ContractCode.ofClasses(javacs.contractClass(), classes, javacs::newDispatcher);

        assertEquals("Exceeded the prepaid gas.", run(forged).failureText());
        sandboxStillWorks();
    }

    /** The class {@code OverwritesTheMetersSlot} with a {@code run} that declares one local and uses two. */
    private static byte[] loopStoringPastItsLocals() {
        String name = FIXTURES + "OverwritesTheMetersSlot";
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        MethodVisitor constructor = writer.visitMethod(0, "<init>", "()V", null, null);
        constructor.visitCode();
        constructor.visitVarInsn(Opcodes.ALOAD, 0);
        constructor.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        constructor.visitInsn(Opcodes.RETURN);
        constructor.visitMaxs(1, 1);
        constructor.visitEnd();
        MethodVisitor run = writer.visitMethod(0, "run", "()Ljava/lang/String;", null, null);
        run.visitCode();
        Label loop = new Label();
        run.visitLabel(loop);
        run.visitFrame(Opcodes.F_NEW, 1, new Object[] {name}, 0, new Object[0]);
        run.visitInsn(Opcodes.ACONST_NULL);
        run.visitVarInsn(Opcodes.ASTORE, 1);
        run.visitJumpInsn(Opcodes.GOTO, loop);
        run.visitMaxs(1, 1);
        run.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    @Test
    void methodsLeftByAnExceptionGiveBackTheirDepth() {
        // 200 × 41 methods left by an exception: were their depth kept, the 25th dive would pass 1,000
        ExecutionResult<String> result = run(ContractClasses.of(Fixtures.named("ThrowsOutOfDeepFrames")));
        assertEquals("\"caught 200\"", result.json());
        sandboxStillWorks();
    }

    @Test
    void everyKindOfInstrumentedCodeChargesItsKnownGas() {
        ExecutionResult<String> result = run(ContractClasses.of(Fixtures.named("EveryMeteredPath")));
        assertEquals("\"1650 50 1650\"", result.json());
        // the instructions this call ran before each method kept its call (measured then), at regular_op_cost
        assertEquals(159_807L * REGULAR_OP_GAS, result.receipt(AccountId.of("metered.test.near"), "run")
                .profiledGas("WASM_INSTRUCTION"));
        sandboxStillWorks();
    }
}
