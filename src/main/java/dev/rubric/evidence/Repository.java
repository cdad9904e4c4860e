package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A git repository that was audited. {@code headCommit} is the commit whose tree was audited (the
 * one {@code --ref} named, else HEAD); {@code url} and every remote URL have their user info
 * (names, passwords, tokens) removed. {@code dirty} is true when tracked files differ from that
 * commit or artifact files are untracked, and absent (with the modified and untracked lists) when
 * git's index could not be read; the artifact files concerned are listed by path
 * relative to the source. History counts cover only the commits present: {@code shallow} says the
 * history was cut by {@code --depth}. {@code codeowners} is the CODEOWNERS file in force; who owns
 * each file is on its {@code files} record, and which files must have an owner is the rubric's call.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Repository(String id, Location location, String url, boolean bare, String ref, String headCommit,
                         String headCommitDate, String branch, List<String> tags, List<String> headTags,
                         List<String> releaseTags, Boolean dirty, List<String> modifiedFiles,
                         List<String> untrackedFiles, List<Remote> remotes, boolean shallow, long commitCount,
                         long signedCommits, Double signedCommitRatio, String codeowners) {

    /** A configured remote, its URL without credentials. */
    public record Remote(String name, String url) {
    }
}
