package io.jnear.build;

import org.teavm.tooling.TeaVMToolLog;

/** TeaVM's log, keeping only errors (TeaVM's progress lines would drown a build's output). */
final class ErrorLog implements TeaVMToolLog {
    private final StringBuilder errors = new StringBuilder();

    String text() {
        return errors.toString();
    }

    @Override
    public void info(String text) {
    }

    @Override
    public void debug(String text) {
    }

    @Override
    public void warning(String text) {
    }

    @Override
    public void error(String text) {
        errors.append('\n').append(text);
    }

    @Override
    public void info(String text, Throwable e) {
    }

    @Override
    public void debug(String text, Throwable e) {
    }

    @Override
    public void warning(String text, Throwable e) {
    }

    @Override
    public void error(String text, Throwable e) {
        errors.append('\n').append(text).append(": ").append(e);
    }
}
