package test;

import static java.lang.System.out; //-

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;
import java.util.function.*;

// Every place of the class is read, and every refusal the sandbox would make at deploy is reported where
// the source says it.
@Contract
public class C {
    static final long STARTED = System.currentTimeMillis(); //- //! ERROR jnear/non-deterministic "System.currentTimeMillis is not allowed in contract code: clocks differ between nodes"
    static final long STARTED = 0; //+
    long seed = new Random().nextLong(); //- //! ERROR jnear/non-deterministic "new Random is not allowed in contract code: randomness differs between nodes"
    long seed = 7; //+
    final transient LongSupplier clock = System::currentTimeMillis; //- //! ERROR jnear/non-deterministic "System.currentTimeMillis is not allowed"
    final transient LongSupplier clock = Env::blockTimestamp; //+
    final transient DoubleSupplier dice = Math::random; //- //! ERROR jnear/non-deterministic "Math.random is not allowed in contract code: randomness differs between nodes"
    final transient DoubleSupplier dice = () -> 0.5; //+
    final transient Supplier<String> id = () -> UUID.randomUUID().toString(); //- //! ERROR jnear/non-deterministic "UUID.randomUUID is not allowed"
    final transient Supplier<String> id = () -> "id"; //+
    transient Thread worker; //- //! ERROR jnear/non-deterministic "java.lang.Thread is not allowed in contract code: contracts run on one thread"

    static {
        Runtime.getRuntime().gc(); //- //! ERROR jnear/non-deterministic "Runtime.getRuntime is not allowed in contract code: contracts cannot reach the process" //! ERROR jnear/non-deterministic "Runtime.gc is not allowed"
    }

    {
        System.exit(1); //- //! ERROR jnear/non-deterministic "System.exit is not allowed in contract code: contracts cannot reach the process"
    }

    static final class Helper {
        static int code(Object o) {
            return System.identityHashCode(o); //- //! ERROR jnear/non-deterministic "System.identityHashCode is not allowed in contract code: identity hash codes differ between runs"
            return Objects.hashCode(o); //+
        }
    }

    final class Inner {
        void shout() {
            out.println("x"); //- //! ERROR jnear/non-deterministic "System.out is not allowed in contract code: contracts have no console" //! ERROR jnear/non-deterministic "PrintStream.println is not allowed"
            Env.log("x"); //+
        }
    }

    static class Later extends java.util.TimerTask { //- //! ERROR jnear/non-deterministic "java.util.TimerTask is not allowed"
        public void run() { //-
        } //-
    } //-

    static class Task implements java.util.concurrent.Callable<String> { //- //! ERROR jnear/non-deterministic "java.util.concurrent.Callable is not allowed in contract code: contracts run on one thread"
        public String call() { //-
            return ""; //-
        } //-
    } //-

    public long work(List<String> names) {
        class Local {
            long now() {
                return Calendar.getInstance().getTimeInMillis(); //- //! ERROR jnear/non-deterministic "Calendar.getInstance is not allowed in contract code: clocks differ between nodes" //! ERROR jnear/non-deterministic "Calendar.getTimeInMillis is not allowed"
                return 0; //+
            }
        }
        Runnable r = new Runnable() {
            @Override
            public void run() {
                names.parallelStream().count(); //- //! ERROR jnear/non-deterministic "Collection.parallelStream is not allowed in contract code: contracts run on one thread"
            }
        };
        r.run();
        Collections.shuffle(names); //- //! ERROR jnear/non-deterministic "Collections.shuffle is not allowed in contract code: randomness differs between nodes"
        java.time.Clock.systemUTC(); //- //! ERROR jnear/non-deterministic "Clock.systemUTC is not allowed in contract code: clocks differ between nodes"
        java.util.concurrent.ForkJoinPool.commonPool(); //- //! ERROR jnear/non-deterministic "ForkJoinPool.commonPool is not allowed in contract code: contracts run on one thread"
        getClass().getDeclaredFields(); //- //! ERROR jnear/non-deterministic "Class.getDeclaredFields is not allowed in contract code: reflection could reach into the runtime"
        Object o = names;
        if (o instanceof java.lang.reflect.Method) { //- //! ERROR jnear/non-deterministic "java.lang.reflect.Method is not allowed in contract code: reflection could reach into the runtime"
            return ((java.util.concurrent.Future<?>) o).hashCode(); //- //! ERROR jnear/non-deterministic "java.util.concurrent.Future is not allowed in contract code: contracts run on one thread"
        } //-
        Object[] handles = new java.lang.invoke.MethodHandle[0]; //- //! ERROR jnear/non-deterministic "java.lang.invoke.MethodHandle is not allowed in contract code: method handles could reach into the runtime"
        String text = String.valueOf(Thread.class); //- //! ERROR jnear/non-deterministic "java.lang.Thread is not allowed"
        Supplier<Timer> timers = Timer::new; //- //! ERROR jnear/non-deterministic "new Timer is not allowed in contract code: contracts run on one thread"
        try {
            names.get(0);
        } catch (java.util.concurrent.CompletionException e) { //- //! ERROR jnear/non-deterministic "java.util.concurrent.CompletionException is not allowed in contract code: contracts run on one thread"
        } catch (IndexOutOfBoundsException e) { //+
            return -1;
        }
        return new Local().now() + seed + dice.getAsDouble() > 0 ? 1 : 0;
    }

    public native long peek(); //- //! ERROR jnear/non-deterministic "native method C.peek is not allowed in contract code: native code runs outside the sandbox"

    @Override //-
    protected void finalize() { //- //! ERROR jnear/non-deterministic "C.finalize is not allowed in contract code: finalizers run on another thread, unmetered"
    } //-
}
