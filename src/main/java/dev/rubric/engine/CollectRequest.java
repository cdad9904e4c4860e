package dev.rubric.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What to collect: the targets as typed, the file size limit, and paths never to walk (our own output). */
public record CollectRequest(List<String> targets, long maxFileBytes, Set<Path> excluded) {
}
