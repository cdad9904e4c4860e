package dev.rubric.collect.scope;

import dev.rubric.evidence.Roles;
import java.util.List;

/**
 * The roles of an audit's files: the ecosystem conventions ({@link RoleConventions}), overridden by
 * the user's globs. {@code include} puts matching files in production whatever their conventional
 * role; {@code exclude} takes them out of scope (role {@code excluded}, still inventoried). When
 * both match, exclude wins: taking a file out is the deliberate act, and the one that cannot
 * inflate a score.
 */
public record ScopeRules(List<Glob> include, List<Glob> exclude) {
    public static final ScopeRules CONVENTIONS = new ScopeRules(List.of(), List.of());

    public ScopeRules {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public static ScopeRules of(List<String> include, List<String> exclude) {
        return new ScopeRules(include.stream().map(Glob::of).toList(), exclude.stream().map(Glob::of).toList());
    }

    /** The role of a file by its path relative to the target root. */
    public String role(String path) {
        return role(path, false);
    }

    /** The role of a file that is an artifact's own description (RoleConventions#artifactDescriptionRole). */
    public String role(String path, boolean describesArtifact) {
        for (Glob glob : exclude) {
            if (glob.matches(path)) {
                return Roles.EXCLUDED;
            }
        }
        for (Glob glob : include) {
            if (glob.matches(path)) {
                return Roles.PRODUCTION;
            }
        }
        return describesArtifact ? RoleConventions.artifactDescriptionRole(path) : RoleConventions.role(path);
    }
}
