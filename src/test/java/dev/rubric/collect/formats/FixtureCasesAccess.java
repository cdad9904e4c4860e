package dev.rubric.collect.formats;

import dev.rubric.evidence.Evidence;
import java.nio.file.Path;

/** Lets tests in other packages collect an input folder the way the fixture cases do. */
public final class FixtureCasesAccess {
    private FixtureCasesAccess() {
    }

    public static Evidence collect(Path input) {
        return FixtureCasesTest.collect(input);
    }
}
