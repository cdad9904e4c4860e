package dev.rubric.collect.kubernetes;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** A kubeconfig whose server is a local port nothing listens on: a cluster that cannot be reached. */
public record UnreachableCluster(Path kubeconfig, String url) {
    public static UnreachableCluster write(Path dir, String context) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        Path kubeconfig = dir.resolve(context + ".kubeconfig");
        Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\nclusters:\n- name: gone\n  cluster:\n    server: " + url
                + "\ncontexts:\n- name: " + context + "\n  context: {cluster: gone, user: u}\ncurrent-context: " + context
                + "\nusers:\n- name: u\n  user: {token: t}\n");
        return new UnreachableCluster(kubeconfig, url);
    }
}
