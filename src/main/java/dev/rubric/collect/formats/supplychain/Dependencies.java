package dev.rubric.collect.formats.supplychain;

import java.util.Set;
import java.util.TreeSet;

/**
 * What one manifest or lockfile says, whatever the ecosystem: how many dependencies, how many of
 * them name exactly one version, whether artifact hashes are recorded, and which AI packages appear.
 */
final class Dependencies {
    final String ecosystem;
    final String format;
    final boolean lockfile;
    int count;
    int pinned;
    int hashed;
    final Set<String> aiPackages = new TreeSet<>();

    Dependencies(String ecosystem, String format, boolean lockfile) {
        this.ecosystem = ecosystem;
        this.format = format;
        this.lockfile = lockfile;
    }

    void add(String name, boolean exact, boolean hash, boolean ai) {
        count++;
        if (exact) {
            pinned++;
        }
        if (hash) {
            hashed++;
        }
        if (ai) {
            aiPackages.add(name);
        }
    }
}
