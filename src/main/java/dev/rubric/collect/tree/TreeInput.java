package dev.rubric.collect.tree;

import java.io.IOException;

/**
 * Where the walker's files come from: a directory on disk, or the tree of a git commit read
 * without any checkout. An input streams its entries to a {@link Visitor}; the walker decides
 * what to read, reads it on its pool and parses it the same way whatever the input.
 */
public interface TreeInput {

    /** Streams every entry; throws only when the input as a whole cannot be read. */
    void walk(Visitor visitor) throws IOException;

    /**
     * The same input limited to one of its folders ('/' separated, relative to the root), paths then
     * relative to that folder: for a format whose unit is a folder rather than a file (a Helm chart is
     * rendered from all its files at once). Ignore rules are those of the whole input. Null when
     * the input cannot be entered at random (a stream of files held elsewhere).
     */
    default TreeInput below(String folder) {
        return null;
    }

    /** One regular file by its path relative to the root, or null when there is none (or no random access). */
    default Blob file(String relative) throws IOException {
        return null;
    }

    /** The content of one file, read only when the walker wants it (possibly on another thread). */
    interface Blob {
        long size() throws IOException;

        byte[] read() throws IOException;
    }

    interface Visitor {
        /**
         * A directory below the root ({@code relative} is '/' separated); false skips its subtree.
         * Dependency folders, VCS internals and build outputs are refused here for every input.
         */
        boolean enterDirectory(String relative, String name);

        /** A regular file that is not ignored. */
        void file(String relative, String name, Blob blob);

        /** A file that git ignores. */
        void ignored();

        /** A symbolic link, submodule or special file: never followed. */
        void nonRegular();

        /** A link that is not followed and whose target cannot be resolved (a loop, or dangling). */
        void brokenLink(String relative, String problem);

        /** A directory skipped for a reason of the input's own (our own output, git ignore rules). */
        void skippedDirectory();

        /** An entry that could not be read. */
        void failed(String relative, String message);
    }
}
