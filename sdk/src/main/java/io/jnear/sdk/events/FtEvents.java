package io.jnear.sdk.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.U128;
import java.util.List;
import java.util.Objects;

/**
 * The NEP-141 (fungible token) events, standard {@code nep141} version {@code 1.0.0}: {@code ft_mint},
 * {@code ft_burn} and {@code ft_transfer}. Each event's data is an array of entries; amounts are decimal
 * strings and a null memo is left out. The single-entry methods cover the usual case; to report several
 * movements in one line, pass a list of entries to {@link Nep297#emit} with the event name.
 */
public final class FtEvents {
    /** The standard name in NEP-141 events. */
    public static final String STANDARD = "nep141";
    /** The version of NEP-141 events these helpers write. */
    public static final String VERSION = "1.0.0";

    private FtEvents() {
    }

    /** Logs {@code ft_mint}: {@code amount} new tokens credited to {@code owner}. */
    public static void mint(AccountId owner, U128 amount, String memo) {
        Nep297.emit(STANDARD, VERSION, "ft_mint", List.of(new Mint(owner, amount, memo)));
    }

    /** Logs {@code ft_burn}: {@code amount} tokens of {@code owner} destroyed. */
    public static void burn(AccountId owner, U128 amount, String memo) {
        Nep297.emit(STANDARD, VERSION, "ft_burn", List.of(new Burn(owner, amount, memo)));
    }

    /** Logs {@code ft_transfer}: {@code amount} tokens moved from {@code oldOwner} to {@code newOwner}. */
    public static void transfer(AccountId oldOwner, AccountId newOwner, U128 amount, String memo) {
        Nep297.emit(STANDARD, VERSION, "ft_transfer", List.of(new Transfer(oldOwner, newOwner, amount, memo)));
    }

    /** One entry of {@code ft_mint} data: {@code {"owner_id","amount","memo"?}}. */
    @JsonPropertyOrder({"owner_id", "amount", "memo"})
    public record Mint(AccountId ownerId, U128 amount, @JsonInclude(JsonInclude.Include.NON_NULL) String memo) {
        /** Checks that owner and amount are present. */
        public Mint {
            Objects.requireNonNull(ownerId, "ownerId");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** One entry of {@code ft_burn} data: {@code {"owner_id","amount","memo"?}}. */
    @JsonPropertyOrder({"owner_id", "amount", "memo"})
    public record Burn(AccountId ownerId, U128 amount, @JsonInclude(JsonInclude.Include.NON_NULL) String memo) {
        /** Checks that owner and amount are present. */
        public Burn {
            Objects.requireNonNull(ownerId, "ownerId");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** One entry of {@code ft_transfer} data: {@code {"old_owner_id","new_owner_id","amount","memo"?}}. */
    @JsonPropertyOrder({"old_owner_id", "new_owner_id", "amount", "memo"})
    public record Transfer(AccountId oldOwnerId, AccountId newOwnerId, U128 amount,
            @JsonInclude(JsonInclude.Include.NON_NULL) String memo) {
        /** Checks that both owners and the amount are present. */
        public Transfer {
            Objects.requireNonNull(oldOwnerId, "oldOwnerId");
            Objects.requireNonNull(newOwnerId, "newOwnerId");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
