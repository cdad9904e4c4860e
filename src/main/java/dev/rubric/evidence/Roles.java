package dev.rubric.evidence;

import java.util.List;

/**
 * What a file is for, which decides whether a rubric judges what was found in it. Every
 * {@code files} record carries one; a subject's {@code location.role} carries it when it is not
 * production. A rubric judges the roles of its {@code scope} (production by default); subjects of
 * other roles stay in the evidence as an inventory.
 */
public final class Roles {
    public static final String PRODUCTION = "production";
    public static final String TEST = "test";
    /** Examples, samples, tutorials, workshops, notebooks, cookbooks, demos. */
    public static final String EXAMPLE = "example";
    public static final String DOCS = "docs";
    /** Third-party code copied into the tree. */
    public static final String VENDORED = "vendored";
    /** Code written by a generator (protobuf stubs, minified bundles). */
    public static final String GENERATED = "generated";
    /** UI translations: never a source of models or prompts. */
    public static final String LOCALE = "locale";
    /** Taken out of scope by the user (--exclude, .rubric.yaml). */
    public static final String EXCLUDED = "excluded";

    public static final List<String> ALL = List.of(PRODUCTION, TEST, EXAMPLE, DOCS, VENDORED, GENERATED, LOCALE, EXCLUDED);

    private Roles() {
    }
}
