package dev.rubric.collect.read.rag;

import java.util.regex.Pattern;

/**
 * A collection or index name that carries a version ({@code docs_v7}, {@code kb-2024-05-01},
 * {@code chunks_20240501}) names one build of the index: a rollback target and an answer to
 * "which index served this request" (criteria.md rag.index_versioned). So does a name computed at
 * run time from the date, recorded as its scheme ({@code products_{%Y_%m_%d}}): every run is a new build.
 */
public final class IndexVersions {
    private static final Pattern VERSIONED = Pattern.compile(
            "(?i).*[_\\-.](v\\d+([._]\\d+)*|\\d{8}|\\d{4}[_\\-.]\\d{2}[_\\-.]\\d{2}|\\d{10,}|\\{%[^}]+})");

    private IndexVersions() {
    }

    /** The name itself when it is versioned, else null. */
    public static String of(String collection) {
        return collection != null && VERSIONED.matcher(collection).matches() ? collection : null;
    }
}
