/**
 * Reading tree objects straight from pack files, on JGit's internal storage API.
 *
 * <p>Why: JGit's own reader keeps only the base just below a requested object, so the history
 * walk re-inflated trees fifty deltas deep about 25 times each (bench-git: 6-7x git's time). Here
 * every object rebuilt along a delta chain is cached ({@code ObjectLru}), and runs of unchanged
 * tree entries are passed over in one comparison ({@code TreeDiff}).
 *
 * <p>What breaks on a JGit upgrade: this package, and only it (with its tests' pack builders),
 * imports {@code org.eclipse.jgit.internal.storage.file.Pack}, {@code PackIndex},
 * {@code ObjectDirectory} and {@code org.eclipse.jgit.internal.storage.pack.BinaryDelta}, which JGit
 * may change in any release. {@code PackedTreesTest} and {@code HistoryTest} compare this reader
 * with JGit's {@code TreeWalk} on loose objects, deep OFS and REF delta chains and tiny caches; when
 * they fail after an upgrade, fix this package or fall back to {@code TreeWalk} (anything not found
 * in a pack already does). The architecture test keeps JGit internals out of every other package.
 */
package dev.rubric.collect.git.internal;
