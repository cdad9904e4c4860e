package dev.rubric.collect.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where the credentials for a registry come from, in the order docker itself looks: the
 * environment ({@code RUBRIC_REGISTRY_USERNAME} / {@code RUBRIC_REGISTRY_PASSWORD}, for CI), then
 * {@code ~/.docker/config.json} (or {@code $DOCKER_CONFIG/config.json}): a credential helper
 * named for the host ({@code credHelpers}), the default store ({@code credsStore}), an inline
 * {@code auths} entry. Nothing read here is ever written to evidence or messages.
 */
final class RegistryCredentials {
    /** A user name and a password or identity token; {@code identityToken} set means OAuth refresh token. */
    record Credential(String username, String secret) {
        String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Credential[" + username + ", secret hidden]";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCKER_HUB_KEY = "https://index.docker.io/v1/";

    private final Map<String, String> environment;
    private final Path dockerConfig;

    RegistryCredentials(Map<String, String> environment) {
        this.environment = environment;
        String configDir = environment.get("DOCKER_CONFIG");
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        this.dockerConfig = configDir != null ? Path.of(configDir, "config.json") : Path.of(home, ".docker", "config.json");
    }

    /** The credential for {@code host}, or null to go anonymous. */
    Credential forHost(String host) {
        String user = environment.get("RUBRIC_REGISTRY_USERNAME");
        String password = environment.get("RUBRIC_REGISTRY_PASSWORD");
        if (user != null && password != null) {
            return new Credential(user, password);
        }
        JsonNode config = config();
        if (config == null) {
            return null;
        }
        String key = host.equals(RegistryAddress.DOCKER_HUB) ? DOCKER_HUB_KEY : host;
        String helper = config.path("credHelpers").path(key).asText(config.path("credHelpers").path(host).asText(null));
        if (helper == null) {
            helper = config.path("credsStore").asText(null);
        }
        if (helper != null) {
            Credential fromHelper = helper(helper, key);
            if (fromHelper != null) {
                return fromHelper;
            }
        }
        JsonNode auth = config.path("auths").path(key);
        if (auth.isMissingNode()) {
            auth = config.path("auths").path("https://" + host);
        }
        if (auth.hasNonNull("auth")) {
            String decoded = new String(Base64.getDecoder().decode(auth.get("auth").asText()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new Credential(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
        return null;
    }

    private JsonNode config() {
        try {
            return Files.isRegularFile(dockerConfig) ? JSON.readTree(dockerConfig.toFile()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** docker-credential-<helper> get: the server URL on stdin, {"Username","Secret"} on stdout. */
    private static Credential helper(String helper, String serverUrl) {
        if (!helper.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
            return null;
        }
        try {
            Process process = new ProcessBuilder("docker-credential-" + helper, "get")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(serverUrl.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = process.getInputStream().readNBytes(64 << 10);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                return null;
            }
            JsonNode answer = JSON.readTree(out);
            String user = answer.path("Username").asText(null);
            String secret = answer.path("Secret").asText(null);
            return user == null || secret == null ? null : new Credential(user, secret);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
