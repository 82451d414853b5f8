package io.jnear.samples.token;

import static io.jnear.testing.OutcomeAssertions.assertThat;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.testing.BuildMode;
import io.jnear.samples.testing.WasmBuilds;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.testing.Deployed;
import io.jnear.testing.JnearTest;
import io.jnear.testing.TestAccount;
import io.jnear.sdk.U128;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the token tests share: a fresh sandbox per test with the token deployed at {@code token.test.near}
 * (alice owns the whole supply), a {@link TokenReceiver} at {@code receiver.test.near}, and bob and carol,
 * who are not registered yet. {@link #mode()} says which build of the contracts runs.
 */
@JnearTest
abstract class TokenTest {
    static final U128 TOTAL_SUPPLY = U128.of(1_000_000);
    static final FungibleTokenMetadata METADATA = FungibleTokenMetadata.of("Example Token", "EXT", 24);

    Sandbox sandbox;
    @TestAccount(balance = "10 NEAR")
    Account alice;
    @TestAccount(balance = "10 NEAR")
    Account bob;
    @TestAccount(balance = "10 NEAR")
    Account carol;
    @Deployed(contract = FungibleToken.class, initBy = "tokenInit")
    Account token;
    @Deployed(contract = TokenReceiver.class)
    Account receiver;

    /** The build the tests run against; each test class's Wasm twin overrides it. */
    BuildMode mode() {
        return BuildMode.JVM;
    }

    /**
     * In Wasm mode, the token and the receiver get their Wasm builds in place of the classes, keeping the
     * state the JVM build's initialiser wrote: the processor's Borsh layout is the same in both builds.
     */
    @BeforeEach
    void deployTheBuildUnderTest() {
        if (mode() == BuildMode.WASM) {
            assertThat(sandbox.deployTo(token.id(), ContractCode.wasm(WasmBuilds.of(FungibleToken.class)))).succeeded();
            assertThat(sandbox.deployTo(receiver.id(), ContractCode.wasm(WasmBuilds.of(TokenReceiver.class))))
                    .succeeded();
        }
    }

    Action.FunctionCall tokenInit() {
        return FungibleTokenStub.init(alice.id(), TOTAL_SUPPLY, METADATA);
    }

    /** Calls on the token with no deposit. */
    FungibleTokenStub token() {
        return FungibleTokenStub.on(token.id());
    }

    /** Calls on the token with the 1 yoctoNEAR that transfers and storage withdrawals require. */
    FungibleTokenStub tokenWithOneYocto() {
        return token().withAttachedDeposit(NearToken.ONE_YOCTO);
    }

    NearToken minStorageBalance() {
        return sandbox.view(token().storageBalanceBounds()).min();
    }

    /** Registers {@code account}, paying exactly the minimum storage deposit. */
    void register(Account account) {
        assertThat(account.transact(token().withAttachedDeposit(minStorageBalance())
                .storageDeposit(Optional.empty(), Optional.empty()))).succeeded();
    }

    /** Alice sends {@code amount} tokens to {@code to}, which must be registered. */
    void give(Account to, long amount) {
        assertThat(alice.transact(tokenWithOneYocto().ftTransfer(to.id(), U128.of(amount), Optional.empty())))
                .succeeded();
    }

    U128 balanceOf(Account account) {
        return balanceOf(account.id());
    }

    U128 balanceOf(AccountId account) {
        return sandbox.view(token().ftBalanceOf(account));
    }

    U128 totalSupply() {
        return sandbox.view(token().ftTotalSupply());
    }
}
