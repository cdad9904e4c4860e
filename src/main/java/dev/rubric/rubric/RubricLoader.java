package dev.rubric.rubric;

import dev.rubric.yaml.Mark;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.SafeYaml;
import dev.rubric.yaml.YamlException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Loads a rubric and validates all of it before any scanning starts: unknown keys, missing
 * fields, duplicate ids, weights and levels out of range, and CEL that does not compile are each
 * reported as {@code file:line:column: message}, all at once.
 */
public final class RubricLoader {
    public static final String BUILTIN = "builtin:agentic-ai";
    private static final String BUILTIN_RESOURCE = "rubric/agentic-ai.yaml";
    private static final int MAX_RUBRIC_BYTES = 4 * 1024 * 1024;


    private final CelCompiler cel = new CelCompiler();

    /** The built-in rubric when {@code location} is null or "builtin:agentic-ai", else the file. */
    public Rubric load(String location) throws InvalidRubricException {
        if (location == null || location.equals(BUILTIN)) {
            try (InputStream in = RubricLoader.class.getClassLoader().getResourceAsStream(BUILTIN_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(BUILTIN_RESOURCE + " is missing from the classpath");
                }
                return parse(in.readAllBytes(), BUILTIN_RESOURCE, BUILTIN);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the built-in rubric", e);
            }
        }
        Path path = Path.of(location);
        try {
            if (Files.isDirectory(path)) {
                throw single(location, "is a directory, not a rubric file");
            }
            if (Files.size(path) > MAX_RUBRIC_BYTES) {
                throw single(location, "is larger than 4 MB; a rubric is a small YAML file");
            }
            return parse(Files.readAllBytes(path), location, location);
        } catch (NoSuchFileException e) {
            throw single(location, "no such file");
        } catch (IOException e) {
            throw single(location, "cannot read: " + e.getMessage());
        }
    }

    Rubric parse(byte[] bytes, String file, String origin) throws InvalidRubricException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Node root;
        try {
            root = new SafeYaml(MAX_RUBRIC_BYTES).readOne(text);
        } catch (YamlException e) {
            throw new InvalidRubricException(List.of(new RubricProblem(file, e.mark(), "malformed YAML: " + e.getMessage())));
        }
        RubricReader v = new RubricReader(cel, file, text.split("\n", -1));
        Rubric rubric = v.rubric(root, origin, sha256(bytes));
        if (!v.fields.problems().isEmpty()) {
            throw new InvalidRubricException(v.fields.problems());
        }
        return rubric;
    }

    private static InvalidRubricException single(String file, String message) {
        return new InvalidRubricException(List.of(new RubricProblem(file, Mark.NONE, message)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
