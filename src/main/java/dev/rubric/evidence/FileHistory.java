package dev.rubric.evidence;

import java.util.List;

/**
 * What version control says about one file, attached to its {@code files} record and to the
 * prompts it holds. Not serialised on its own: its fields are copied onto those records, so rubric
 * expressions read {@code item.revisions} directly. Every field is null when unknown.
 */
public record FileHistory(Boolean tracked, Integer revisions, String firstCommit, String firstCommitDate,
                          String lastCommit, String lastCommitDate, Integer authors, Integer changesWithoutEval,
                          List<String> owners) {
}
