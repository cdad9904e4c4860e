package dev.rubric.engine;

import dev.rubric.collect.Collector;
import dev.rubric.collect.Target;
import dev.rubric.collect.git.GitCollector;
import dev.rubric.collect.kubernetes.KubernetesCollector;
import dev.rubric.collect.formats.Formats;
import dev.rubric.collect.images.ImageCollector;
import dev.rubric.collect.tree.FileLimits;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.scope.ScopeRules;
import dev.rubric.collect.tree.TreeCollector;
import dev.rubric.evidence.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every collector, in the order they are offered a target: the first that accepts it collects
 * it. Git comes first because a repository is also a directory, and git knows more about it.
 * The registry lives in the engine, not in collect/, so that collect/ never depends on its own
 * subpackages.
 */
final class Collectors {
    private final List<Collector> all;

    private Collectors(List<Collector> all) {
        this.all = List.copyOf(all);
    }

    static Collectors of(CollectRequest request) {
        FileLimits limits = new FileLimits(request.maxFileBytes(), FileLimits.defaults().threads());
        // some seventy parsers and their static tables: built beside the first target's own set-up
        Supplier<List<FormatParser>> parsers = InBackground.start("rubric-formats", Formats::all);
        TreeCollector tree = new TreeCollector(parsers, limits, request.excluded(), TreeCollector.DEFAULT_PARSE_BUDGET,
                ScopeRules.of(request.scope().include(), request.scope().exclude()));
        GitCollector git = new GitCollector(tree, new GitCollector.Options(request.tempRoot(), request.environment(),
                request.log()));
        KubernetesCollector kubernetes = new KubernetesCollector(parsers, request.environment());
        return new Collectors(List.of(kubernetes, git, tree, new ImageCollector(request.images())));
    }

    List<Collector> all() {
        return all;
    }

    /** The image collector, which also reads the images other targets name (--resolve-images). */
    ImageCollector images() {
        return all.stream().filter(ImageCollector.class::isInstance).map(ImageCollector.class::cast).findFirst().orElseThrow();
    }

    Optional<Collector> first(Target target) {
        return all.stream().filter(c -> c.accepts(target)).findFirst();
    }

    /**
     * What each kind of source fills, as the collectors declare it: read from their constants, so
     * that judging saved evidence neither builds the parsers nor sets up git.
     */
    private static final Map<String, Set<String>> DECLARED = Map.of(
            GitCollector.KIND, GitCollector.COLLECTIONS,
            TreeCollector.KIND, TreeCollector.COLLECTIONS,
            ImageCollector.KIND, ImageCollector.COLLECTIONS,
            KubernetesCollector.KIND, KubernetesCollector.COLLECTIONS,
            KubernetesCollector.SNAPSHOT_KIND, KubernetesCollector.COLLECTIONS);

    /**
     * The collections filled by the sources that did not fail, known from their kinds: saved
     * evidence says which kinds of source it holds, not which collector made them.
     */
    static Set<String> available(List<Source> sources) {
        Set<String> available = new TreeSet<>();
        Set<String> incomplete = new TreeSet<>();
        for (Source source : sources) {
            if (source.usable()) {
                available.addAll(DECLARED.getOrDefault(source.kind(), Set.of()));
                if (source.incomplete() != null) {
                    incomplete.addAll(source.incomplete());
                }
            }
        }
        // judged on part of the facts, a criterion would pass on what it was not allowed to see
        available.removeAll(incomplete);
        return available;
    }

    /** For each collection, the kinds of source that fill it: how to collect what is missing. */
    static Map<String, Set<String>> sourceKinds() {
        Map<String, Set<String>> kinds = new TreeMap<>();
        DECLARED.forEach((kind, collections) ->
                collections.forEach(c -> kinds.computeIfAbsent(c, k -> new TreeSet<>()).add(kind)));
        return kinds;
    }
}
