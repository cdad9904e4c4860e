package dev.rubric.cli;

import dev.rubric.engine.Version;
import picocli.CommandLine;

/** "rubric 0.1.0" for --version. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"rubric " + Version.get()};
    }
}
