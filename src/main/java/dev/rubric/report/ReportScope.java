package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What the audit judged and what it left in the inventory only. {@code roles}: the file roles the
 * rubric judges; {@code include}/{@code exclude}: the user's globs and {@code config} the
 * .rubric.yaml they came from (absent when none); {@code files}: artifact files per role;
 * {@code collections}: per evidence collection, how many subjects were judged and how many were
 * out of scope (by role, and in how many files); {@code notes}: plain statements for each
 * dimension whose every subject was out of scope ("prompts exist only in tests (4 files)").
 * {@code recorded} is false for evidence written before files had roles: then every subject
 * counts as production.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportScope(List<String> roles, boolean recorded, List<String> include, List<String> exclude,
                          String config, Map<String, Integer> files, List<Collection> collections, List<Note> notes) {

    public int filesInScope() {
        return files.entrySet().stream().filter(e -> roles.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    /** "40 test", "8 docs": the files of each role the rubric does not judge, in the order the report lists roles. */
    public List<String> filesOutOfScopeByRole() {
        return files.entrySet().stream().filter(e -> !roles.contains(e.getKey())).map(e -> e.getValue() + " " + e.getKey()).toList();
    }

    public int filesOutOfScope() {
        return files.values().stream().mapToInt(Integer::intValue).sum() - filesInScope();
    }

    public record Collection(String collection, int inScope, int outOfScope, Map<String, Integer> outOfScopeByRole,
                             int outOfScopeFiles) {
    }

    public record Note(String dimension, String message) {
    }
}
