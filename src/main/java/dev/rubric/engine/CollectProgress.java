package dev.rubric.engine;

/**
 * What a long collection reports while it runs, for a progress line: which target (1-based of
 * how many) and each artifact file found. May be called from parser threads.
 */
public interface CollectProgress {
    CollectProgress NONE = new CollectProgress() {
        @Override
        public void target(String display, int index, int count) {
        }

        @Override
        public void fileFound() {
        }

        @Override
        public void done() {
        }
    };

    void target(String display, int index, int count);

    void fileFound();

    /** Collection is over: a line drawn over and over must be cleared before anything else is printed. */
    void done();
}
