package dev.rubric.collect.tree;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The git index as the walker of a working tree sees it. Tracked files are never ignored (as in
 * git), and an ignored folder that holds tracked files is still walked for them. The walker also
 * reports what it saw, so the working tree's status comes from the same walk instead of a second
 * one. Paths are relative to the root of the working tree, '/' separated.
 */
public interface GitIndexView {
    boolean tracked(String repoPath);

    /** Whether some tracked file lies below the folder {@code repoDirectory}. */
    boolean trackedBelow(String repoDirectory);

    /** A regular file the walk reached, tracked or not (ignored files are not reported). */
    void walked(String repoPath, BasicFileAttributes attributes, Path file);

    /** A symbolic link or special file the walk reached. */
    void walkedNonRegular(String repoPath);

    /** A folder the walk did not enter (a dependency or build folder, our own output). */
    void notWalked(String repoDirectory);
}
