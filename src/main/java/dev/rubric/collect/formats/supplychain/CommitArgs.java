package dev.rubric.collect.formats.supplychain;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The build arguments a CI definition sets to the commit it builds ({@code --build-arg
 * GIT_SHA=${{ github.sha }}}, a {@code build-args:} line {@code GIT_SHA=$CI_COMMIT_SHA}): a
 * Dockerfile whose revision label reads such an argument labels each image with its own commit,
 * which the link stage checks against the Dockerfile.
 */
final class CommitArgs {
    /** How CI systems and shells spell the commit being built. */
    private static final String COMMIT = "(?:\\$\\{\\{\\s*github\\.sha\\s*\\}\\}|\\$\\{\\{\\s*github\\.event\\.pull_request\\.head\\.sha\\s*\\}\\}"
            + "|\\$\\{?GITHUB_SHA\\}?|\\$\\{?CI_COMMIT_SHA\\}?|\\$\\{?CI_COMMIT_SHORT_SHA\\}?|\\$\\(Build\\.SourceVersion\\)"
            + "|\\$\\{?BUILD_SOURCEVERSION\\}?|\\$\\{?GIT_COMMIT\\}?|\\$\\{?env\\.GIT_COMMIT\\}?|\\$\\(git rev-parse[^)]*\\))";
    // RE2/J: linear whatever the file holds; (?m)^ restarts at each line
    private static final Pattern ARG = Pattern.compile(
            "(?m)(?:--build-arg[= ]|^[\\s-]*)[\"']?([A-Za-z_][A-Za-z0-9_]*)=[\"']?" + COMMIT);

    private CommitArgs() {
    }

    static List<String> in(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = ARG.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }
}
