package dev.rubric.collect.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RemoteSession;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.FS;

/**
 * ssh through the system's {@code ssh} program (or {@code GIT_SSH}), as git itself does: the user's
 * agent, keys, known hosts and ~/.ssh/config apply, and JGit needs no ssh library. BatchMode stops
 * ssh from prompting, so a missing key is an authentication failure instead of a hang.
 */
final class ExternalSsh extends SshSessionFactory {
    private final String program;

    ExternalSsh(String program) {
        this.program = program;
    }

    @Override
    public RemoteSession getSession(URIish uri, CredentialsProvider credentials, FS fs, int timeoutSeconds) {
        return new RemoteSession() {
            @Override
            public Process exec(String command, int timeout) throws IOException {
                List<String> args = new ArrayList<>(List.of(program, "-o", "BatchMode=yes"));
                if (timeoutSeconds > 0) {
                    args.addAll(List.of("-o", "ConnectTimeout=" + timeoutSeconds));
                }
                if (uri.getPort() > 0) {
                    args.addAll(List.of("-p", Integer.toString(uri.getPort())));
                }
                args.add(uri.getUser() == null ? uri.getHost() : uri.getUser() + "@" + uri.getHost());
                args.add(command);
                return new ProcessBuilder(args).start();
            }

            @Override
            public void disconnect() {
                // one process per command: nothing stays open
            }
        };
    }

    @Override
    public String getType() {
        return "external-ssh";
    }
}
