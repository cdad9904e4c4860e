package dev.rubric.collect.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.evidence.ImageRef;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads images already present in a Docker-API engine (Docker, or Podman's API service) through
 * docker-java's transport: {@code GET /images/{name}/json} and nothing else, so rubric never
 * pulls, runs or changes anything there. An image the engine lacks is unknown, with that reason.
 */
final class EngineClient implements AutoCloseable {
    private final URI host;
    private final DockerHttpClient http;

    EngineClient(URI host) {
        this.host = host;
        this.http = new ZerodepDockerHttpClient.Builder().dockerHost(host)
                .connectionTimeout(Duration.ofSeconds(5)).responseTimeout(Duration.ofSeconds(30)).build();
    }

    /**
     * The engine to ask: DOCKER_HOST when set, else the first socket of Docker or Podman that
     * exists (rootful, then rootless); empty when there is none, so no engine is tried.
     */
    static Optional<URI> locate(Map<String, String> environment) {
        String dockerHost = environment.get("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return Optional.of(URI.create(dockerHost.strip()));
        }
        List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"), Path.of("/run/podman/podman.sock")));
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null) {
            sockets.add(Path.of(runtime, "podman", "podman.sock"));
            sockets.add(Path.of(runtime, "docker.sock"));
        }
        String home = environment.get("HOME");
        if (home != null) {
            sockets.add(Path.of(home, ".docker", "run", "docker.sock"));
        }
        return sockets.stream().filter(Files::exists).findFirst().map(p -> URI.create("unix://" + p));
    }

    ResolvedImage read(String ref) throws ImageReadException {
        JsonNode inspect = inspect(ref);
        ImageConfig config = ImageConfig.fromInspect(inspect);
        return new ResolvedImage(ref, repoDigest(ref, inspect.path("RepoDigests")), inspect.path("Id").asText(null), config,
                Map.of(), config.layers(), Set.of(), null, ImageReaders.ENGINE);
    }

    private JsonNode inspect(String ref) throws ImageReadException {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path("/images/" + ref + "/json").build();
        try (DockerHttpClient.Response response = http.execute(request); InputStream body = response.getBody()) {
            byte[] bytes = body.readNBytes((int) ArchiveMembers.MAX_MEMBER_BYTES);
            return switch (response.getStatusCode()) {
                case 200 -> ManifestWalker.parse(bytes, "the engine's inspection of " + ref);
                case 404 -> throw new ImageReadException(ref + " is not present in the engine at " + host
                        + " (rubric never pulls)");
                default -> throw new ImageReadException("the engine at " + host + " answered " + response.getStatusCode()
                        + " for " + ref);
            };
        } catch (IOException | RuntimeException e) {
            throw new ImageReadException("cannot reach the engine at " + host + ": " + rootMessage(e));
        }
    }

    /** The repo digest recorded for the reference's repository: the manifest digest it was pulled or pushed by. */
    private static String repoDigest(String ref, JsonNode repoDigests) {
        ImageRef parsed = ImageReferences.parse(ref);
        if (parsed != null && parsed.digest() != null) {
            return parsed.digest();
        }
        String repository = parsed == null ? null : parsed.repository();
        for (JsonNode entry : repoDigests) {
            String text = entry.asText();
            int at = text.indexOf('@');
            if (at > 0 && repository != null && text.substring(0, at).endsWith(repository)) {
                return text.substring(at + 1);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            // nothing was written through it; a failed close loses nothing
        }
    }
}
