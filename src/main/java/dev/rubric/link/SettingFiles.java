package dev.rubric.link;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a file's path says about the settings it holds: whether it is a dotenv file, a template of
 * one ({@code .env.example}), and which environment it configures. Two files that set one
 * variable for different environments ({@code .env.production}, {@code overlays/staging/},
 * {@code values-prod.yaml}) are expected to differ; only files of one environment must agree.
 */
final class SettingFiles {
    static final String DEFAULT_ENVIRONMENT = "";
    private static final Set<String> TEMPLATES = Set.of("example", "sample", "template", "dist", "tpl", "defaults",
            "default");
    private static final Set<String> ENVIRONMENT_FOLDERS = Set.of("overlays", "environments", "envs", "env", "stages",
            "clusters");
    private static final List<String> ENVIRONMENT_WORDS = List.of("production", "prod", "staging", "stage", "development",
            "dev", "test", "testing", "qa", "uat", "preview", "local", "sandbox", "demo", "ci");

    private SettingFiles() {
    }

    /** Production files only: tests, examples and docs may set a slot to anything. */
    static boolean inProduction(dev.rubric.evidence.Location location) {
        return location.role() == null || dev.rubric.evidence.Roles.PRODUCTION.equals(location.role());
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** {@code .env}, {@code .env.local}, {@code .env.example}, {@code prod.env}. */
    static boolean isDotenv(String path) {
        String name = fileName(path).toLowerCase(Locale.ROOT);
        return name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env");
    }

    /** A file that documents settings for the reader to copy: not what runs. */
    static boolean isTemplate(String path) {
        String name = fileName(path).toLowerCase(Locale.ROOT);
        for (String part : name.split("[.\\-_]")) {
            if (TEMPLATES.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The environment a file configures, from its name ({@code .env.production}, {@code
     * values-prod.yaml}) or folders ({@code overlays/prod/}, {@code environments/staging/});
     * {@link #DEFAULT_ENVIRONMENT} when nothing names one. {@code .env.local} is its own
     * environment: it overrides {@code .env} on one machine by design.
     */
    static String environment(String path) {
        String[] segments = path.toLowerCase(Locale.ROOT).split("/");
        for (String part : segments[segments.length - 1].split("[.\\-_]")) {
            String word = normal(part);
            if (word != null) {
                return word;
            }
        }
        for (int i = 0; i < segments.length - 1; i++) {
            if (ENVIRONMENT_FOLDERS.contains(segments[i]) && i + 1 < segments.length - 1) {
                return segments[i + 1];
            }
            String word = normal(segments[i]);
            if (word != null) {
                return word;
            }
        }
        return DEFAULT_ENVIRONMENT;
    }

    private static String normal(String word) {
        if (!ENVIRONMENT_WORDS.contains(word)) {
            return null;
        }
        return switch (word) {
            case "production" -> "prod";
            case "staging" -> "stage";
            case "development" -> "dev";
            case "testing" -> "test";
            default -> word;
        };
    }
}
