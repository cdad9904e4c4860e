package dev.rubric.collect.git;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The system ssh as JGit drives it. When the remote end fails (a refused key, say), JGit asks for
 * the exit code as soon as the error output ends, which can be a moment before ssh has exited; a
 * bare Process then throws "process hasn't exited" and the real reason — ssh's own message — is
 * lost. Waiting briefly for the exit keeps it. And JGit reads ssh's error output on a thread of its
 * own, but builds its "not found" message as soon as the output ends: on a busy machine that can be
 * before the error output ("Permission denied (publickey)") was copied, and a refused key reads as a
 * missing repository. So the end of the output is held back until the error output has ended too.
 */
final class SshProcess extends Process {
    private static final long EXIT_WAIT_SECONDS = 10;
    private static final long ERRORS_WAIT_SECONDS = 5;

    private final Process ssh;
    private final CountDownLatch errorsEnded = new CountDownLatch(1);
    private final InputStream output;
    private final InputStream errors;

    SshProcess(Process ssh) {
        this.ssh = ssh;
        this.errors = new EndAware(ssh.getErrorStream()) {
            @Override
            void ended() {
                errorsEnded.countDown();
            }
        };
        this.output = new EndAware(ssh.getInputStream()) {
            @Override
            void ended() {
                try {
                    errorsEnded.await(ERRORS_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    @Override
    public OutputStream getOutputStream() {
        return ssh.getOutputStream();
    }

    @Override
    public InputStream getInputStream() {
        return output;
    }

    @Override
    public InputStream getErrorStream() {
        return errors;
    }

    /** A stream that is told when a read finds its end, before that end is returned. */
    private abstract static class EndAware extends FilterInputStream {
        EndAware(InputStream in) {
            super(in);
        }

        abstract void ended();

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                ended();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                ended();
            }
            return n;
        }
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
