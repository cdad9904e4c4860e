package dev.rubric.collect.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RemoteSession;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.FS;

/**
 * ssh through the system's {@code ssh} program, as git itself does: the user's agent, keys, known
 * hosts and ~/.ssh/config apply, and JGit needs no ssh library. As with git, {@code GIT_SSH_COMMAND}
 * (a shell command, arguments appended) wins over {@code GIT_SSH} (a program). BatchMode stops ssh
 * from prompting, so a missing key is an authentication failure instead of a hang.
 */
final class ExternalSsh extends SshSessionFactory {
    /** The command line before ssh's own arguments. */
    private final List<String> prefix;

    private ExternalSsh(List<String> prefix) {
        this.prefix = List.copyOf(prefix);
    }

    static ExternalSsh from(Map<String, String> env) {
        String command = env.get("GIT_SSH_COMMAND");
        if (command != null && !command.isBlank()) {
            // "$0" is a placeholder name; "$@" are ssh's arguments, quoted as the shell passes them
            return new ExternalSsh(List.of("sh", "-c", command + " \"$@\"", "ssh"));
        }
        String program = env.get("GIT_SSH");
        return new ExternalSsh(List.of(program != null && !program.isBlank() ? program : "ssh"));
    }

    @Override
    public RemoteSession getSession(URIish uri, CredentialsProvider credentials, FS fs, int timeoutSeconds) {
        return new RemoteSession() {
            @Override
            public Process exec(String command, int timeout) throws IOException {
                List<String> args = new ArrayList<>(prefix);
                args.addAll(List.of("-o", "BatchMode=yes"));
                if (timeoutSeconds > 0) {
                    args.addAll(List.of("-o", "ConnectTimeout=" + timeoutSeconds));
                }
                if (uri.getPort() > 0) {
                    args.addAll(List.of("-p", Integer.toString(uri.getPort())));
                }
                args.add(uri.getUser() == null ? uri.getHost() : uri.getUser() + "@" + uri.getHost());
                args.add(command);
                return new SshProcess(new ProcessBuilder(args).start());
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
