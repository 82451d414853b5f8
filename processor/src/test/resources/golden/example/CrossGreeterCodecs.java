package example;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshCodecs;
import io.jnear.sdk.borsh.BorshReader;
import io.jnear.sdk.borsh.BorshWriter;
import io.jnear.sdk.json.JsonCodec;
import io.jnear.sdk.json.JsonCodecs;
import io.jnear.sdk.json.JsonReader;
import io.jnear.sdk.json.JsonStruct;
import io.jnear.sdk.json.JsonWriter;
import io.jnear.sdk.spi.Dispatch;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * JSON codecs of the types that cross this contract's boundary.
 */
@Generated("io.jnear.processor.JnearProcessor")
@SuppressWarnings({"deprecation", "removal"})
final class CrossGreeterCodecs {
    private CrossGreeterCodecs() {
    }

    static final class NewArgsCodec implements JsonCodec<CrossGreeterStub.NewArgs> {
        static final NewArgsCodec INSTANCE = new NewArgsCodec();

        private static final JsonStruct.Field<String> FIELD_0 = JsonStruct.required("hello_account", JsonCodecs.STRING);

        private static final JsonStruct STRUCT = JsonStruct.of("new", FIELD_0);

        private NewArgsCodec() {
        }

        @Override
        public CrossGreeterStub.NewArgs read(JsonReader in) {
            Object[] values = STRUCT.read(in);
            return new CrossGreeterStub.NewArgs((String) values[0]);
        }

        @Override
        public void write(JsonWriter out, CrossGreeterStub.NewArgs value) {
            if (value == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            FIELD_0.write(out, value.helloAccount());
            out.endObject();
        }
    }

    static final class ChangeGreetingArgsCodec implements JsonCodec<CrossGreeterStub.ChangeGreetingArgs> {
        static final ChangeGreetingArgsCodec INSTANCE = new ChangeGreetingArgsCodec();

        private static final JsonStruct.Field<String> FIELD_0 = JsonStruct.required("new_greeting", JsonCodecs.STRING);

        private static final JsonStruct STRUCT = JsonStruct.of("change_greeting", FIELD_0);

        private ChangeGreetingArgsCodec() {
        }

        @Override
        public CrossGreeterStub.ChangeGreetingArgs read(JsonReader in) {
            Object[] values = STRUCT.read(in);
            return new CrossGreeterStub.ChangeGreetingArgs((String) values[0]);
        }

        @Override
        public void write(JsonWriter out, CrossGreeterStub.ChangeGreetingArgs value) {
            if (value == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            FIELD_0.write(out, value.newGreeting());
            out.endObject();
        }
    }

    static final class CompareGreetingsArgsCodec implements JsonCodec<CrossGreeterStub.CompareGreetingsArgs> {
        static final CompareGreetingsArgsCodec INSTANCE = new CompareGreetingsArgsCodec();

        private static final JsonStruct.Field<String> FIELD_0 = JsonStruct.required("other_account", JsonCodecs.STRING);

        private static final JsonStruct STRUCT = JsonStruct.of("compare_greetings", FIELD_0);

        private CompareGreetingsArgsCodec() {
        }

        @Override
        public CrossGreeterStub.CompareGreetingsArgs read(JsonReader in) {
            Object[] values = STRUCT.read(in);
            return new CrossGreeterStub.CompareGreetingsArgs((String) values[0]);
        }

        @Override
        public void write(JsonWriter out, CrossGreeterStub.CompareGreetingsArgs value) {
            if (value == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            FIELD_0.write(out, value.otherAccount());
            out.endObject();
        }
    }

    static final class CountGreetingsArgsCodec implements JsonCodec<CrossGreeterStub.CountGreetingsArgs> {
        static final CountGreetingsArgsCodec INSTANCE = new CountGreetingsArgsCodec();

        private static final JsonStruct.Field<List<String>> FIELD_0 = JsonStruct.required("accounts", JsonCodecs.list(JsonCodecs.STRING));

        private static final JsonStruct STRUCT = JsonStruct.of("count_greetings", FIELD_0);

        private CountGreetingsArgsCodec() {
        }

        @Override
        @SuppressWarnings("unchecked")
        public CrossGreeterStub.CountGreetingsArgs read(JsonReader in) {
            Object[] values = STRUCT.read(in);
            return new CrossGreeterStub.CountGreetingsArgs((List<String>) values[0]);
        }

        @Override
        public void write(JsonWriter out, CrossGreeterStub.CountGreetingsArgs value) {
            if (value == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            FIELD_0.write(out, value.accounts());
            out.endObject();
        }
    }

    static final class DonateArgsCodec implements JsonCodec<CrossGreeterStub.DonateArgs> {
        static final DonateArgsCodec INSTANCE = new DonateArgsCodec();

        private static final JsonStruct.Field<String> FIELD_0 = JsonStruct.required("memo", JsonCodecs.STRING);

        private static final JsonStruct STRUCT = JsonStruct.of("donate", FIELD_0);

        private DonateArgsCodec() {
        }

        @Override
        public CrossGreeterStub.DonateArgs read(JsonReader in) {
            Object[] values = STRUCT.read(in);
            return new CrossGreeterStub.DonateArgs((String) values[0]);
        }

        @Override
        public void write(JsonWriter out, CrossGreeterStub.DonateArgs value) {
            if (value == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            FIELD_0.write(out, value.memo());
            out.endObject();
        }
    }

    static final class DonationCodec implements JsonCodec<CrossGreeter.Donation> {
        static final DonationCodec INSTANCE = new DonationCodec();

        private static final JsonStruct.Field<AccountId> FIELD_0 = JsonStruct.required("donor", JsonCodecs.ACCOUNT_ID);

        private static final JsonStruct.Field<NearToken> FIELD_1 = JsonStruct.required("amount", JsonCodecs.NEAR_TOKEN);

        private static final JsonStruct.Field<String> FIELD_2 = JsonStruct.required("memo", JsonCodecs.STRING);

        private static final JsonStruct STRUCT = JsonStruct.of("Donation", FIELD_0, FIELD_1, FIELD_2);

        private DonationCodec() {
        }

        @Override
        public CrossGreeter.Donation read(JsonReader in) {
            Object[] values = STRUCT.read(in);
            return new CrossGreeter.Donation((AccountId) values[0], (NearToken) values[1], (String) values[2]);
        }

        @Override
        public void write(JsonWriter out, CrossGreeter.Donation value) {
            if (value == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            FIELD_0.write(out, value.donor());
            FIELD_1.write(out, value.amount());
            FIELD_2.write(out, value.memo());
            out.endObject();
        }
    }

    static final class DonationsByArgsCodec implements JsonCodec<CrossGreeterStub.DonationsByArgs> {
        static final DonationsByArgsCodec INSTANCE = new DonationsByArgsCodec();

        private static final JsonStruct.Field<AccountId> FIELD_0 = JsonStruct.required("donor", JsonCodecs.ACCOUNT_ID);

        private static final JsonStruct.Field<Long> FIELD_1 = JsonStruct.required("limit", JsonCodecs.I64);

        private static final JsonStruct STRUCT = JsonStruct.of("donations_by", FIELD_0, FIELD_1);

        private DonationsByArgsCodec() {
        }

        @Override
        public CrossGreeterStub.DonationsByArgs read(JsonReader in) {
            Object[] values = STRUCT.read(in);
            return new CrossGreeterStub.DonationsByArgs((AccountId) values[0], (long) values[1]);
        }

        @Override
        public void write(JsonWriter out, CrossGreeterStub.DonationsByArgs value) {
            if (value == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            FIELD_0.write(out, value.donor());
            FIELD_1.write(out, value.limit());
            out.endObject();
        }
    }

    static final class MoodCodec {
        static final JsonCodec<CrossGreeter.Mood> INSTANCE = JsonCodecs.enumeration("Mood", CrossGreeter.Mood.values());

        private MoodCodec() {
        }
    }

    static final class SetMoodArgsCodec implements JsonCodec<CrossGreeterStub.SetMoodArgs> {
        static final SetMoodArgsCodec INSTANCE = new SetMoodArgsCodec();

        private static final JsonStruct.Field<CrossGreeter.Mood> FIELD_0 = JsonStruct.required("mood", MoodCodec.INSTANCE);

        private static final JsonStruct STRUCT = JsonStruct.of("set_mood", FIELD_0);

        private SetMoodArgsCodec() {
        }

        @Override
        public CrossGreeterStub.SetMoodArgs read(JsonReader in) {
            Object[] values = STRUCT.read(in);
            return new CrossGreeterStub.SetMoodArgs((CrossGreeter.Mood) values[0]);
        }

        @Override
        public void write(JsonWriter out, CrossGreeterStub.SetMoodArgs value) {
            if (value == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            FIELD_0.write(out, value.mood());
            out.endObject();
        }
    }

    static final class DonationBorshCodec implements BorshCodec<CrossGreeter.Donation> {
        static final DonationBorshCodec INSTANCE = new DonationBorshCodec();

        private static final BorshCodec<AccountId> FIELD_0 = BorshCodecs.ACCOUNT_ID;

        private static final BorshCodec<NearToken> FIELD_1 = BorshCodecs.NEAR_TOKEN;

        private static final BorshCodec<String> FIELD_2 = BorshCodecs.STRING;

        private DonationBorshCodec() {
        }

        @Override
        public CrossGreeter.Donation read(BorshReader in) {
            return new CrossGreeter.Donation(FIELD_0.read(in), FIELD_1.read(in), FIELD_2.read(in));
        }

        @Override
        public void write(BorshWriter out, CrossGreeter.Donation value) {
            FIELD_0.write(out, value.donor());
            FIELD_1.write(out, value.amount());
            FIELD_2.write(out, value.memo());
        }
    }

    static final class StateCodec implements BorshCodec<CrossGreeter> {
        static final StateCodec INSTANCE = new StateCodec();

        private static final BorshCodec<String> FIELD_0 = BorshCodecs.STRING;

        private static final BorshCodec<List<CrossGreeter.Donation>> FIELD_1 = BorshCodecs.list(DonationBorshCodec.INSTANCE);

        private static final BorshCodec<CrossGreeter.Mood> FIELD_2 = BorshCodecs.enumeration(CrossGreeter.Mood.values());

        private StateCodec() {
        }

        @Override
        public CrossGreeter read(BorshReader in) {
            CrossGreeter contract = new CrossGreeter();
            contract.helloAccount = FIELD_0.read(in);
            contract.donations = FIELD_1.read(in);
            contract.mood = FIELD_2.read(in);
            return contract;
        }

        @Override
        public void write(BorshWriter out, CrossGreeter contract) {
            FIELD_0.write(out, Dispatch.stateField(contract.helloAccount, "helloAccount"));
            FIELD_1.write(out, Dispatch.stateField(contract.donations, "donations"));
            FIELD_2.write(out, Dispatch.stateField(contract.mood, "mood"));
        }
    }
}
