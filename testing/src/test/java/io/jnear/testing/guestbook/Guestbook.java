package io.jnear.testing.guestbook;

import io.jnear.annotations.Contract;
import io.jnear.annotations.Init;
import io.jnear.annotations.View;
import io.jnear.sdk.Env;
import io.jnear.sdk.events.Nep297;

/** A guestbook its owner set up: anyone signs it, each signature logged and announced as an event. */
@Contract
public class Guestbook {
    String owner;
    long signatures;

    /** For the generated state codec, which creates the contract and then reads its fields. */
    Guestbook() {
    }

    @Init
    public Guestbook(String owner) {
        this.owner = owner;
    }

    public void sign(String message) {
        if (message.isEmpty()) {
            throw Env.panic("An empty message is not a signature");
        }
        signatures++;
        Env.log(Env.predecessorAccountId() + " signed: " + message);
        Nep297.emit("guestbook", "1.0.0", "signed");
    }

    @View
    public String getOwner() {
        return owner;
    }

    @View
    public long getSignatures() {
        return signatures;
    }
}
