package dev.rubric.engine;

import dev.rubric.collect.ClusterSnapshotTarget;
import dev.rubric.collect.ImageTarget;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.RepositoryUrlTarget;
import dev.rubric.collect.Target;
import dev.rubric.collect.git.RemoteUrls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves command-line targets: local paths, and repository URLs (https://, ssh://, git@host:path,
 * file://) whose form is checked here, before anything is cloned. Each gets a short id (its
 * directory or repository name, "-2" on a clash) that
 * prefixes the ids of its subjects; paths in evidence are relative to the target, so the same
 * tree gives the same evidence wherever it is checked out. {@code ref} and {@code depth} (null for
 * none) go with every target; which collector can honour them is the registry's business.
 */
public final class Targets {
    private Targets() {
    }

    /**
     * The targets, then one per {@code --image}: an image's id is its last path segment (a file
     * name, or a repository's name with its tag), "-2" on a clash with any other target.
     */
    public static List<Target> resolve(List<String> arguments, String ref, Integer depth, List<String> images) {
        // images alone are a whole audit: no folder has to be named with them
        List<Target> targets = new ArrayList<>(arguments.isEmpty() && !images.isEmpty() ? List.of() : resolve(arguments, ref, depth));
        Map<String, Integer> used = new HashMap<>();
        targets.forEach(t -> used.merge(t.id(), 1, Integer::sum));
        for (String image : images) {
            if (image.isBlank()) {
                throw new UserError("--image takes an image reference, archive or OCI layout path, not an empty string");
            }
            // the transport prefix says how to read the image, not what it is called
            String name = image.replaceFirst("^(docker-archive|oci-archive|oci|docker-daemon):(//)?", "")
                    .replaceFirst("^docker://", "").replaceAll("/+$", "");
            name = name.substring(name.lastIndexOf('/') + 1).replace('@', '-');
            targets.add(new ImageTarget(uniqueId(name.isEmpty() ? "image" : name, used), image, image));
        }
        return List.copyOf(targets);
    }

    public static List<Target> resolve(List<String> arguments, String ref, Integer depth) {
        if (arguments.isEmpty()) {
            throw new UserError("no target given: name a directory, git repository or repository URL, e.g. 'rubric audit .'");
        }
        List<Target> targets = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (String argument : arguments) {
            if (RemoteUrls.isUrl(argument)) {
                String stripped = RemoteUrls.strip(argument);
                RemoteUrls.problem(argument).ifPresent(problem -> {
                    throw new UserError("target '" + stripped + "' is not a valid repository URL: " + problem);
                });
                targets.add(new RepositoryUrlTarget(uniqueId(RemoteUrls.repositoryName(argument), used), stripped, argument,
                        ref, depth));
                continue;
            }
            Path path = Path.of(argument);
            if (!Files.exists(path)) {
                throw new UserError("target '" + argument + "' does not exist");
            }
            if (ClusterDumps.isDump(path)) {
                targets.add(new ClusterSnapshotTarget(uniqueId(ClusterDumps.name(path), used), display(argument), path));
                continue;
            }
            Path absolute = path.toAbsolutePath().normalize();
            String base = absolute.getFileName() == null ? "root" : absolute.getFileName().toString();
            targets.add(new PathTarget(uniqueId(base, used), display(argument), followed(path), ref));
        }
        return List.copyOf(targets);
    }

    /**
     * A target that is itself a symbolic link names what it points to: the user typed it, so the
     * walk, which never follows links inside the tree, must start behind it. Id and display keep
     * the name the user gave.
     */
    private static Path followed(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return path;
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UserError("target '" + path + "' is a symbolic link that cannot be resolved: " + e.getMessage());
        }
    }

    private static String uniqueId(String base, Map<String, Integer> used) {
        int count = used.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "-" + count;
    }

    private static String display(String argument) {
        String unix = argument.replace('\\', '/');
        while (unix.length() > 1 && unix.endsWith("/")) {
            unix = unix.substring(0, unix.length() - 1);
        }
        return unix;
    }
}
