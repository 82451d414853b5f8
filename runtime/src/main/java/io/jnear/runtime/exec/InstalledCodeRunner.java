package io.jnear.runtime.exec;

import java.util.Optional;
import java.util.ServiceLoader;

/** The {@link CodeRunner} on the class path, looked up once: the service lookup scans the class path. */
final class InstalledCodeRunner {
    static final Optional<CodeRunner> RUNNER =
            ServiceLoader.load(CodeRunner.class, CodeRunner.class.getClassLoader()).findFirst();

    private InstalledCodeRunner() {
    }
}
