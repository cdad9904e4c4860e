package dev.rubric.engine;

import dev.rubric.collect.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves command-line targets. Each gets a short id (its directory name, "-2" on a clash) that
 * prefixes the ids of its subjects; paths in evidence are relative to the target, so the same
 * tree gives the same evidence wherever it is checked out.
 */
public final class Targets {
    private Targets() {
    }

    public static List<Target> resolve(List<String> arguments) {
        if (arguments.isEmpty()) {
            throw new UserError("no target given: name a directory or git working tree, e.g. 'rubric audit .'");
        }
        List<Target> targets = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (String argument : arguments) {
            if (argument.contains("://") || argument.matches("^[\\w.-]+@[\\w.-]+:.*")) {
                throw new UserError("target '" + argument + "': remote repositories are not supported yet; clone it and audit the directory");
            }
            Path path = Path.of(argument);
            if (!Files.exists(path)) {
                throw new UserError("target '" + argument + "' does not exist");
            }
            Path absolute = path.toAbsolutePath().normalize();
            String base = absolute.getFileName() == null ? "root" : absolute.getFileName().toString();
            int count = used.merge(base, 1, Integer::sum);
            String id = count == 1 ? base : base + "-" + count;
            targets.add(new Target(id, display(argument), path));
        }
        return List.copyOf(targets);
    }

    private static String display(String argument) {
        String unix = argument.replace('\\', '/');
        while (unix.length() > 1 && unix.endsWith("/")) {
            unix = unix.substring(0, unix.length() - 1);
        }
        return unix;
    }
}
