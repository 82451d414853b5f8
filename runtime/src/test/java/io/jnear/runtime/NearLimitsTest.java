package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.exec.InvalidTransactionException;
import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.json.Json;
import io.jnear.runtime.outcome.ActionsValidationError;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.InvalidTxError;
import io.jnear.runtime.state.AccountKind;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.spi.ContractCode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** NEAR's limits (protocol 86) with nearcore's error names and texts, and gas-exhaustion accounting. */
class NearLimitsTest {
    private static final ProtocolConfig PROTOCOL = ProtocolConfig.protocol86();
    private static final ActionFees FEES = PROTOCOL.fees();

    private Sandbox sandbox;
    private Account alice;
    private Account probe;

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        probe = sandbox.deploy("probe.test.near", TestContracts.probe(), null);
    }

    private ExecutionResult<String> call(String method, String args) {
        return alice.call(probe.id(), method, args);
    }

    private InvalidTxError rejected(List<Action> actions) {
        return assertThrows(InvalidTransactionException.class,
                () -> sandbox.submitActions(alice.id(), probe.id(), actions)).error();
    }

    private static Action.FunctionCall fc(String method, byte[] args, Gas gas) {
        return new Action.FunctionCall(method, args, gas, NearToken.ZERO, 0);
    }

    static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStorageKeyOf2049BytesFailsWithKeyLengthExceeded() {
        assertTrue(call("write_key", "{\"n\":2048}").isSuccess());
        assertEquals("The length of a storage key 2049 exceeds the limit 2048",
                call("write_key", "{\"n\":2049}").failureText());
    }

    @Test
    void aStorageValueAbove4MiBFailsWithValueLengthExceeded() {
        assertEquals("The length of a storage value 4194305 exceeds the limit 4194304",
                call("write_value", "{\"n\":4194305}").failureText());
    }

    @Test
    void returningMoreThan4MiBFailsWithReturnedValueLengthExceeded() {
        assertEquals("The length of a returned value 4194305 exceeds the limit 4194304",
                call("return_big", "{\"n\":4194305}").failureText());
    }

    @Test
    void aJoinCountsTowardThe1024PromisesOfACall() {
        // 1022 promises and two joins make 1024; a third join is the 1025th promise
        assertTrue(alice.call(probe.id(), "joins", "{\"n\":1022,\"joins\":2}", NearToken.ZERO, Gas.tgas(600))
                .isSuccess());
        assertEquals("The number of promises within a FunctionCall 1025 exceeds the limit 1024",
                alice.call(probe.id(), "joins", "{\"n\":1022,\"joins\":3}", NearToken.ZERO, Gas.tgas(600))
                        .failureText());
    }

    @Test
    void joiningMoreThan128PromisesFails() {
        // nearcore refuses the join itself, before a callback could wait for it
        assertEquals("The number of input data dependencies 129 exceeds the limit 128",
                call("promises", "{\"n\":129}").failureText());
        assertTrue(call("promises", "{\"n\":128}").isSuccess());
    }

    @Test
    void aReceiptWithMoreThanTenDeploysIsInvalid() {
        ExecutionResult<String> r = call("deploy_many", "{\"n\":11}");
        assertEquals("An new action receipt created during a FunctionCall is not valid: "
                + "The total number of deploy actions 11 exceeds the limit 10", r.failureText());
    }

    /**
     * The Borsh size of the receipt {@code probe.test.near} sends itself, signed by {@code alice.test.near},
     * holding one call of {@code log} with {@code args} bytes of arguments: predecessor, receiver (4 + 15
     * each), receipt id 32, the action receipt's tag 1, signer 4 + 15, public key 33, gas price 16, empty
     * output receivers and input ids (4 each), the action list 4, the action's tag 1, method name 4 + 3,
     * arguments 4 + {@code args}, gas 8, deposit 16.
     */
    private static long receiptWithOneCallOfLog(long args) {
        return 19 + 19 + 32 + 1 + 19 + 33 + 16 + 4 + 4 + 4 + 1 + (4 + 3) + (4 + args) + 8 + 16;
    }

    @Test
    void aReceiptOver4MiBIsInvalidEvenWhenItsArgumentsAreWithinTheirLimit() {
        long args = PROTOCOL.limits().maxArgumentsLength(); // 4 MiB: the arguments alone are allowed
        ExecutionResult<String> r = call("big_args", "{\"n\":" + args + "}");
        assertEquals("An new action receipt created during a FunctionCall is not valid: "
                + "The size of the receipt exceeded the limit: " + receiptWithOneCallOfLog(args) + " > 4194304",
                r.failureText());
        assertEquals("{\"Failure\":{\"ActionError\":{\"index\":0,\"kind\":{\"NewReceiptValidationError\":"
                + "{\"ReceiptSizeExceeded\":{\"size\":" + receiptWithOneCallOfLog(args) + ",\"limit\":4194304}}}}}}",
                json(r.receiptOutcomes().get(0).status().json()));
    }

    @Test
    void aNewReceiptsSizeIsCheckedBeforeItsActions() {
        // eleven deploys of 400,000 bytes: too many deploys and too big; nearcore's validate_receipt checks
        // the size first
        ExecutionResult<String> r = alice.call(probe.id(), "deploy_many", "{\"n\":11,\"size\":400000}",
                NearToken.ZERO, Gas.tgas(600));
        assertTrue(r.failureText().startsWith("An new action receipt created during a FunctionCall is not valid: "
                + "The size of the receipt exceeded the limit: "), r.failureText());
    }

    @Test
    void aContractCannotDeployCodeOver4MiB() {
        assertEquals("The size of a contract code in DeployContract action 4194305 exceeds the limit 4194304",
                call("deploy_big", "{\"n\":4194305}").failureText());
        assertTrue(call("deploy_big", "{\"n\":1000}").isSuccess());
    }

    @Test
    void aTransactionOfMoreThan100ActionsIsInvalid() {
        InvalidTxError error = rejected(java.util.Collections.nCopies(101, new Action.Transfer(NearToken.ONE_YOCTO)));
        assertEquals(new InvalidTxError.ActionsValidation(
                new ActionsValidationError.TotalNumberOfActionsExceeded(101, 100)), error);
        assertEquals("Transaction actions validation error: The total number of actions 101 exceeds the limit 100",
                error.message());
        assertEquals("{\"ActionsValidation\":{\"TotalNumberOfActionsExceeded\":{\"total_number_of_actions\":101,"
                + "\"limit\":100}}}", json(error.json()));
    }

    @Test
    void deleteAccountMustBeTheLastAction() {
        InvalidTxError error = rejected(List.of(new Action.DeleteAccount(alice.id()),
                new Action.Transfer(NearToken.ONE_YOCTO)));
        assertEquals(new InvalidTxError.ActionsValidation(new ActionsValidationError.DeleteActionMustBeFinal()), error);
        assertEquals("Transaction actions validation error: The delete action must be the last action in transaction",
                error.message());
    }

    @Test
    void aMethodNameOver256Utf8BytesIsInvalid() {
        String name = "é".repeat(128) + "a"; // 129 characters, 257 UTF-8 bytes
        InvalidTxError error = rejected(List.of(fc(name, new byte[0], Gas.tgas(5))));
        assertEquals(new InvalidTxError.ActionsValidation(
                new ActionsValidationError.FunctionCallMethodNameLengthExceeded(257, 256)), error);
        assertEquals("Transaction actions validation error: The length of the method name 257 exceeds the maximum "
                + "allowed length 256 in a FunctionCall action", error.message());
    }

    @Test
    void aFunctionCallKeysMethodNamesAreLimitedEachAndInAll() {
        io.jnear.sdk.PublicKey key = io.jnear.sdk.PublicKey.ed25519(new byte[32]);
        InvalidTxError tooLong = rejected(List.of(new Action.AddKey(key, new io.jnear.sdk.AccessKey(0,
                new io.jnear.sdk.AccessKey.FunctionCallPermission(null, probe.id(), List.of("m".repeat(257)))))));
        assertEquals("Transaction actions validation error: The length of some method name 257 exceeds the maximum "
                + "allowed length 256 in a AddKey action", tooLong.message());
        // eight names of 250 bytes count 8 × (250 + 1) = 2008 bytes, over max_number_bytes_method_names 2000
        InvalidTxError tooMany = rejected(List.of(new Action.AddKey(key, new io.jnear.sdk.AccessKey(0,
                new io.jnear.sdk.AccessKey.FunctionCallPermission(null, probe.id(),
                        java.util.Collections.nCopies(8, "m".repeat(250)))))));
        assertEquals(new InvalidTxError.ActionsValidation(
                new ActionsValidationError.AddKeyMethodNamesNumberOfBytesExceeded(2008, 2000)), tooMany);
        assertEquals("Transaction actions validation error: The total number of bytes in allowed method names 2008 "
                + "exceeds the maximum allowed number 2000 in a AddKey action", tooMany.message());
    }

    @Test
    void aCallsLogTextIsLimitedTo16KiB() {
        // four logs of 4000 bytes make 16,000; the fifth would make 20,000
        assertTrue(call("log_big", "{\"n\":4,\"size\":4000}").isSuccess());
        assertEquals("The length of a log message 20000 exceeds the limit 16384",
                call("log_big", "{\"n\":5,\"size\":4000}").failureText());
    }

    @Test
    void aContractCannotCreateACallWithAnEmptyMethodName() {
        assertEquals("Tried to call an empty method name.", call("call_empty", "{}").failureText());
    }

    @Test
    void atProtocol86ATransactionWithAnEmptyMethodNameRunsAndFailsToResolveTheMethod() {
        ExecutionResult<byte[]> r = sandbox.submitActions(alice.id(), probe.id(),
                List.of(fc("", new byte[0], Gas.tgas(5)))).await();
        assertEquals("MethodResolveError(MethodEmptyName)", r.failureText());
    }

    @Test
    void aTransactionWithMoreThanTenDeploysIsInvalid() {
        // nearcore validates a transaction's actions as strictly as a new receipt's (ValidateReceiptMode::NewReceipt)
        ContractCode tiny = ContractCode.of("tiny", new byte[] {1}, () -> method -> false);
        List<Action> deploys = java.util.Collections.nCopies(11, new Action.DeployContract(tiny));
        InvalidTxError error = rejected(deploys);
        assertEquals(new InvalidTxError.ActionsValidation(
                new ActionsValidationError.TotalNumberOfDeployActionsExceeded(11, 10)), error);
        assertEquals("{\"ActionsValidation\":{\"TotalNumberOfDeployActionsExceeded\":"
                + "{\"number_of_deploy_actions\":11,\"limit\":10}}}", json(error.json()));
    }

    @Test
    void protocol87RejectsATransactionWithAnEmptyMethodName() {
        // RejectEmptyMethodName is a protocol 87 feature: at 86 the same transaction runs and fails to resolve
        Sandbox sandbox87 = Sandbox.create(SandboxConfig.builder().protocol(ProtocolConfig.protocol87()).build());
        Account carol = sandbox87.createAccount("carol.test.near", NearToken.near(10));
        InvalidTxError error = assertThrows(InvalidTransactionException.class,
                () -> sandbox87.submitActions(carol.id(), carol.id(), List.of(fc("", new byte[0], Gas.tgas(5)))))
                .error();
        assertEquals(new InvalidTxError.ActionsValidation(new ActionsValidationError.FunctionCallEmptyMethodName()),
                error);
        assertEquals("{\"ActionsValidation\":\"FunctionCallEmptyMethodName\"}", json(error.json()));
    }

    @Test
    void zeroAttachedGasInATransactionIsRejected() {
        InvalidTxError error = rejected(List.of(fc("log", new byte[0], Gas.ZERO)));
        assertEquals(new InvalidTxError.ActionsValidation(new ActionsValidationError.FunctionCallZeroAttachedGas()),
                error);
        assertEquals("{\"ActionsValidation\":\"FunctionCallZeroAttachedGas\"}", json(error.json()));
        assertEquals("Transaction actions validation error: "
                + "The attached amount of gas in a FunctionCall action has to be a positive number", error.message());
    }

    @Test
    void attachingLongMaxValueGasGetsNearsErrorNotAnOverflow() {
        InvalidTxError error = rejected(List.of(fc("log", new byte[0], Gas.of(Long.MAX_VALUE))));
        assertEquals(new InvalidTxError.ActionsValidation(
                new ActionsValidationError.TotalPrepaidGasExceeded(Long.MAX_VALUE, 1_000_000_000_000_000L)), error);
        assertEquals("{\"ActionsValidation\":{\"TotalPrepaidGasExceeded\":{\"total_prepaid_gas\":9223372036854775807,"
                + "\"limit\":1000000000000000}}}", json(error.json()));
        // as a transaction's failure, nested under InvalidTxError as nearcore's TxExecutionError nests it
        assertEquals("{\"InvalidTxError\":{\"ActionsValidation\":{\"TotalPrepaidGasExceeded\":"
                + "{\"total_prepaid_gas\":9223372036854775807,\"limit\":1000000000000000}}}}",
                json(new io.jnear.runtime.outcome.TxExecutionError.InvalidTx(error).json()));

        InvalidTxError twice = rejected(List.of(fc("log", new byte[0], Gas.of(Long.MAX_VALUE)),
                fc("log", new byte[0], Gas.of(Long.MAX_VALUE))));
        assertEquals(new InvalidTxError.ActionsValidation(new ActionsValidationError.IntegerOverflow()), twice);
    }

    @Test
    void aPromiseWithNearlyLongMaxValueGasCreatesNoGas() {
        ExecutionResult<String> r = call("huge_gas", "{}");
        assertEquals("Exceeded the prepaid gas.", r.failureText());
        ExecutionOutcome o = r.receiptOutcomes().get(0);
        long fees = FEES.fee(ActionCost.NEW_ACTION_RECEIPT).execution()
                + FEES.execution(o.actions().get(0), AccountKind.NAMED);
        assertTrue(o.gasBurnt() <= fees + Gas.tgas(300).asGas(), "burnt no more than was prepaid: " + o.gasBurnt());
        sandbox.checkConservation();
    }

    @Test
    void aTransactionOver1_5MiBIsRejected() {
        InvalidTxError error = rejected(List.of(fc("log", new byte[1_600_000], Gas.tgas(5))));
        InvalidTxError.TransactionSizeExceeded size = assertInstanceOf(InvalidTxError.TransactionSizeExceeded.class,
                error);
        assertEquals(1_572_864, size.limit());
        assertEquals("Size of serialized transaction " + size.size() + " exceeded the limit 1572864", error.message());
    }

    @Test
    void contractCodeAbove4MiBIsRejected() {
        ContractCode big = ContractCode.of("big", new byte[4 * 1024 * 1024 + 1], () -> method -> false);
        SandboxConfig roomy = SandboxConfig.defaults();
        assertEquals(4_194_304, roomy.protocol().limits().maxContractSize());
        InvalidTxError error = assertThrows(InvalidTransactionException.class,
                () -> sandbox.submitActions(alice.id(), alice.id(), List.of(new Action.DeployContract(big)))).error();
        // the size limit of the transaction (1.5 MiB) is met first, as on NEAR
        assertInstanceOf(InvalidTxError.TransactionSizeExceeded.class, error);
    }

    @Test
    void methodNotFoundBurnsOnlyTheReceiptsFees() {
        ExecutionResult<String> r = call("nope", "{}");
        assertEquals("MethodResolveError(MethodNotFound)", r.failureText());
        ExecutionOutcome o = r.receiptOutcomes().get(0);
        // nearcore's no-op outcome at protocol 86 (fix_contract_loading_cost comes later): no VM gas at all,
        // only action_receipt_creation and the function call's execution fees
        long expected = FEES.fee(ActionCost.NEW_ACTION_RECEIPT).execution()
                + FEES.execution(o.actions().get(0), AccountKind.NAMED);
        assertEquals(expected, o.gasBurnt());
        assertTrue(o.gasProfile().isEmpty());
        assertEquals("{\"Failure\":{\"ActionError\":{\"index\":0,\"kind\":{\"FunctionCallError\":"
                + "{\"MethodResolveError\":\"MethodNotFound\"}}}}}", json(o.status().json()));
    }

    @Test
    void runningOutOfGasBurnsWhatWasBurntNotWhatWasReservedForPromises() {
        long prepaid = Gas.tgas(30).asGas();
        long reserve = Gas.tgas(20).asGas();
        ExecutionResult<String> r = alice.call(probe.id(), "reserve_then_spin", "{\"reserve\":" + reserve + "}",
                NearToken.ZERO, Gas.of(prepaid));

        assertEquals("Exceeded the prepaid gas.", r.failureText());
        ExecutionOutcome o = r.receiptOutcomes().get(0);
        long fees = FEES.fee(ActionCost.NEW_ACTION_RECEIPT).execution()
                + FEES.execution(o.actions().get(0), AccountKind.NAMED);
        long vmBurnt = o.gasBurnt() - fees;
        // used = burnt + reserved hit the prepaid gas: burnt stops within one host call of prepaid − reserved
        assertTrue(vmBurnt > prepaid - reserve - FEES.fee(ActionCost.NEW_ACTION_RECEIPT).execution()
                - FEES.fee(ActionCost.FUNCTION_CALL_BASE).execution() - Gas.tgas(1).asGas(), "burnt " + vmBurnt);
        assertTrue(vmBurnt <= prepaid - reserve, "the promise's reserved gas was not burnt: " + vmBurnt);
        assertEquals(1, r.receiptOutcomes().stream().filter(x -> !x.isRefund()).count(), "no promise was created");
    }

    @Test
    void anAccountWithMoreThan10000BytesOfStateCannotBeDeleted() {
        // account 100 + key 82 + entry (1 + 9700 + 40) = 9923 bytes besides the code: deletable
        call("write_value", "{\"n\":9700}");
        assertEquals(9923, probe.storageUsage() - "probe".length());
        SubmittedTransaction<byte[]> small = sandbox.submitActions(probe.id(), probe.id(),
                List.of(new Action.DeleteAccount(alice.id())));
        assertTrue(small.await().isSuccess());

        Account big = sandbox.deploy("big.test.near", TestContracts.probe(), null);
        alice.call(big.id(), "write_value", "{\"n\":9800}");
        ExecutionResult<byte[]> r = sandbox.submitActions(big.id(), big.id(),
                List.of(new Action.DeleteAccount(alice.id()))).await();
        assertEquals("The state of account big.test.near is too large and therefore cannot be deleted",
                r.failureText());
        assertTrue(big.exists());
    }

    @Test
    void aRunawayViewReportsGasLimitExceeded() {
        Account store = sandbox.deploy("store.test.near", TestContracts.store(), null);
        ViewCallException e = assertThrows(ViewCallException.class,
                () -> sandbox.viewJson(store.id(), "swallow_gas_error", "{}"));
        assertTrue(e.getMessage().endsWith("Exceeded the maximum amount of gas allowed to burn per contract."),
                e.getMessage());
    }
}
