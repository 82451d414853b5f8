package io.jnear.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code @CrossContractCall} interface may declare {@code PromiseOrValue<T>}: a contract implements it
 * with Java's {@code implements} (so the conformance check applies), answering now or through a promise,
 * and callers' stubs are typed {@code T}, the value at the end of the chain. A contract may also serve an
 * interface that declares a plain {@code T} by naming it in {@code @ConformsTo}.
 */
class PromiseOrValueInterfaceTest {
    @TempDir
    static Path classes;

    private static CompiledContracts contracts;

    @BeforeAll
    static void compile() {
        contracts = CompiledContracts.compile("conformance", classes);
    }

    @Test
    void callersReceiveTheValueWhetherTheImplementationAnsweredNowOrThroughAPromise() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        sandbox.deploy("receiver.test.near", contracts.type("conf.EagerReceiver"));
        Account sender = sandbox.deploy("sender.test.near", contracts.type("conf.Sender"));

        ExecutionResult<String> now = alice.call(sender.id(), "send",
                "{\"receiver\":\"receiver.test.near\",\"msg\":\"now\"}");
        ExecutionResult<String> later = alice.call(sender.id(), "send",
                "{\"receiver\":\"receiver.test.near\",\"msg\":\"later\"}");

        assertEquals("\"unused 0\"", now.value(), now::toTree);
        assertEquals("\"unused 50\"", later.value(), later::toTree);
    }

    @Test
    void aContractConformingToAnInterfaceThatReturnsAPlainValueMayAnswerThroughAPromise() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        sandbox.deploy("receiver.test.near", contracts.type("conf.LazyReceiver"));
        Account sender = sandbox.deploy("sender.test.near", contracts.type("conf.PlainSender"));

        ExecutionResult<String> now = alice.call(sender.id(), "send",
                "{\"receiver\":\"receiver.test.near\",\"msg\":\"now\"}");
        ExecutionResult<String> later = alice.call(sender.id(), "send",
                "{\"receiver\":\"receiver.test.near\",\"msg\":\"later\"}");

        assertEquals("\"unused 1\"", now.value(), now::toTree);
        assertEquals("\"unused 25\"", later.value(), later::toTree);
    }
}
