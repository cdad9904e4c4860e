package dev.rubric.collect.git;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * A minimal CODEOWNERS reader (GitHub and GitLab share the core): one {@code pattern owner...}
 * per line, gitignore-style patterns, the LAST matching line wins, a line without owners
 * removes ownership. GitLab sections ({@code [Section]}) are read as plain lines; {@code #}
 * starts a comment.
 */
final class CodeOwners {
    /** Where GitHub and GitLab look, in their order: the first one present is used. */
    static final List<String> LOCATIONS = List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS");

    private record Rule(FastIgnoreRule pattern, List<String> owners) {
    }

    private final String path;
    private final List<Rule> rules;

    private CodeOwners(String path, List<Rule> rules) {
        this.path = path;
        this.rules = rules;
    }

    /** Where the file was found, relative to the repository root. */
    String path() {
        return path;
    }

    static CodeOwners parse(String path, String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            int hash = line.indexOf(" #");
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("[") || line.startsWith("^[")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts[0].startsWith("!")) {
                continue; // negation is not part of CODEOWNERS syntax
            }
            List<String> owners = List.of(parts).subList(1, parts.length);
            try {
                rules.add(new Rule(new FastIgnoreRule(parts[0]), List.copyOf(owners)));
            } catch (RuntimeException e) {
                // an invalid pattern matches nothing, as on GitHub
            }
        }
        return new CodeOwners(path, rules);
    }

    /** The owners of a path relative to the repository root; empty when nobody owns it. */
    List<String> owners(String path) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rule rule = rules.get(i);
            if (rule.pattern().isMatch(path, false)) {
                return rule.owners().stream().sorted().toList();
            }
        }
        return List.of();
    }
}
