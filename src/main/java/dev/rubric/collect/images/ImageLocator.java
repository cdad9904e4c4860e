package dev.rubric.collect.images;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides how one reference is read and reads it. A transport prefix decides (skopeo's names);
 * otherwise an existing path is an archive or layout, and a reference is looked for in the local
 * engine first (what is present there is what runs on this machine), then in its registry. Each
 * way that fails adds its reason, so an unknown image says everything that was tried.
 */
final class ImageLocator implements AutoCloseable {
    private static final List<String> ARCHIVE_PREFIXES = List.of("docker-archive:", "oci-archive:", "oci:");
    private static final String ENGINE_PREFIX = "docker-daemon:";
    private static final String REGISTRY_PREFIX = "docker://";

    private final ImageOptions options;
    private final Optional<URI> engineHost;
    private EngineClient engine;
    private RegistryClient registry;

    ImageLocator(ImageOptions options) {
        this.options = options;
        this.engineHost = EngineClient.locate(options.environment());
    }

    ImageArchive.Contents read(String reference) throws ImageReadException {
        for (String prefix : ARCHIVE_PREFIXES) {
            if (reference.startsWith(prefix)) {
                return ImageArchive.read(Path.of(reference.substring(prefix.length())), options.chosenPlatform());
            }
        }
        if (reference.startsWith(ENGINE_PREFIX)) {
            return one(engine(reference).read(reference.substring(ENGINE_PREFIX.length())));
        }
        if (reference.startsWith(REGISTRY_PREFIX)) {
            return one(registry().read(reference.substring(REGISTRY_PREFIX.length()), options.chosenPlatform()));
        }
        Path path = existingPath(reference);
        if (path != null) {
            return ImageArchive.read(path, options.chosenPlatform());
        }
        List<String> reasons = new ArrayList<>();
        if (engineHost.isPresent()) {
            try {
                return one(engine(reference).read(reference));
            } catch (ImageReadException e) {
                reasons.add(e.getMessage());
            }
        }
        try {
            return one(registry().read(reference, options.chosenPlatform()));
        } catch (ImageReadException e) {
            reasons.add(e.getMessage());
        }
        throw new ImageReadException(String.join("; ", reasons));
    }

    private static ImageArchive.Contents one(ResolvedImage image) {
        return new ImageArchive.Contents(List.of(image), List.of());
    }

    static Path existingPath(String reference) {
        try {
            Path path = Path.of(reference);
            return Files.exists(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private EngineClient engine(String reference) throws ImageReadException {
        if (engine == null) {
            URI host = engineHost.orElseThrow(() -> new ImageReadException(
                    "no engine to read " + reference + " from: DOCKER_HOST is not set and no Docker or Podman socket exists"));
            engine = new EngineClient(host);
        }
        return engine;
    }

    private RegistryClient registry() {
        if (registry == null) {
            registry = new RegistryClient(new RegistryCredentials(options.environment()), options.insecureRegistries());
        }
        return registry;
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
    }
}
