package dev.rubric.cli;

import dev.rubric.config.InvalidConfigException;
import dev.rubric.config.ProjectConfig;
import dev.rubric.config.ProjectConfigLoader;
import dev.rubric.engine.UserError;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Loads the .rubric.yaml a command was pointed at; its problems become a usage error (exit 2), each located. */
final class ProjectConfigs {
    private ProjectConfigs() {
    }

    static ProjectConfig load(String display) {
        try {
            return new ProjectConfigLoader().load(Path.of(display), display);
        } catch (InvalidConfigException e) {
            throw new UserError("invalid configuration:\n" + String.join("\n", e.problems()));
        } catch (InvalidPathException e) {
            throw new UserError("--config: not a file path: " + display);
        }
    }

    /** A path written in the config file, relative to the file's own folder (as the user would type it). */
    static String besideConfig(ProjectConfig config, String path) {
        if (Path.of(path).isAbsolute() || path.contains("://") || path.matches("[^/]+@[^/]+:.*")) {
            return path;
        }
        Path folder = Path.of(config.file()).getParent();
        return folder == null ? path : folder.resolve(path).normalize().toString();
    }
}
