package dev.rubric.collect.git;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * The system ssh as JGit drives it. When the remote end fails (a refused key, say), JGit asks for
 * the exit code as soon as the error output ends, which can be a moment before ssh has exited; a
 * bare Process then throws "process hasn't exited" and the real reason — ssh's own message — is
 * lost. Waiting briefly for the exit keeps it.
 */
final class SshProcess extends Process {
    private static final long EXIT_WAIT_SECONDS = 10;

    private final Process ssh;

    SshProcess(Process ssh) {
        this.ssh = ssh;
    }

    @Override
    public OutputStream getOutputStream() {
        return ssh.getOutputStream();
    }

    @Override
    public InputStream getInputStream() {
        return ssh.getInputStream();
    }

    @Override
    public InputStream getErrorStream() {
        return ssh.getErrorStream();
    }

    @Override
    public int waitFor() throws InterruptedException {
        return ssh.waitFor();
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        return ssh.waitFor(timeout, unit);
    }

    @Override
    public int exitValue() {
        try {
            ssh.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ssh.exitValue();
    }

    @Override
    public void destroy() {
        ssh.destroy();
    }

    @Override
    public Process destroyForcibly() {
        ssh.destroyForcibly();
        return this;
    }

    @Override
    public boolean isAlive() {
        return ssh.isAlive();
    }
}
