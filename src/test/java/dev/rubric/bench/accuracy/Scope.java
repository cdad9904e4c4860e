package dev.rubric.bench.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which evidence subjects a truth file judges: those in production files (a role absent or
 * "production", on the subject's location or else on its file's record) under {@code paths:}
 * when the truth file restricts them. Everything else is out of the benchmark, whatever it says.
 */
record Scope(List<String> paths) {
    static final String PRODUCTION = "production";

    /** True for a path under one of {@code paths} ("a/" and "a" both mean the folder a), or any path when none. */
    boolean under(String path) {
        if (paths.isEmpty()) {
            return true;
        }
        for (String prefix : paths) {
            String folder = prefix.endsWith("/") ? prefix : prefix + "/";
            if (path.equals(prefix) || path.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    /** The role of each file the evidence classified, by path. */
    static Map<String, String> fileRoles(JsonNode evidence) {
        Map<String, String> roles = new HashMap<>();
        for (JsonNode file : evidence.path("files")) {
            String path = file.path("path").isTextual() ? file.path("path").asText() : Subjects.path(file);
            String role = file.path("role").asText(file.path("location").path("role").asText(""));
            if (path != null && !role.isEmpty()) {
                roles.put(path, role);
            }
        }
        return roles;
    }

    /** Whether this truth file judges the subject (see the class comment). */
    boolean judges(JsonNode subject, Map<String, String> fileRoles) {
        String path = Subjects.path(subject);
        if (path == null || !under(path)) {
            return false;
        }
        String role = subject.path("location").path("role").asText("");
        if (role.isEmpty()) {
            role = fileRoles.getOrDefault(path, PRODUCTION);
        }
        return role.equals(PRODUCTION);
    }
}
