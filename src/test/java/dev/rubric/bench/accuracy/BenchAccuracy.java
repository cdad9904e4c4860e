package dev.rubric.bench.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scorer behind scripts/bench-accuracy (which finds the repositories, exports the pinned
 * commits and runs rubric collect). Usage:
 * <pre>
 *   BenchAccuracy --check TRUTH...
 *   BenchAccuracy [--verbose] (--score TRUTH EVIDENCE TREE | --unavailable TRUTH WHY)...
 * </pre>
 * {@code --check} only reads the truth files. {@code TREE} is the exported commit: every file a
 * truth entry names must exist in it. Exit 0 when the figures were printed, 1 when a truth file
 * or an evidence file cannot be used (each error "file:line:column: message"), 2 on bad usage.
 */
public final class BenchAccuracy {
    private BenchAccuracy() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean verbose = false;
        boolean checkOnly = false;
        List<String[]> scored = new ArrayList<>();
        List<String[]> missing = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--verbose" -> verbose = true;
                case "--check" -> checkOnly = true;
                case "--score" -> {
                    if (i + 3 >= args.length) {
                        return usage(err);
                    }
                    scored.add(new String[] {args[i + 1], args[i + 2], args[i + 3]});
                    i += 3;
                }
                case "--unavailable" -> {
                    if (i + 2 >= args.length) {
                        return usage(err);
                    }
                    missing.add(new String[] {args[i + 1], args[i + 2]});
                    i += 2;
                }
                default -> {
                    if (!checkOnly || args[i].startsWith("--")) {
                        return usage(err);
                    }
                    checked.add(args[i]);
                }
            }
        }
        List<String> errors = new ArrayList<>();
        if (checkOnly) {
            for (String file : checked) {
                load(file, errors);
            }
            errors.forEach(err::println);
            out.printf("%d truth files, %d errors%n", checked.size(), errors.size());
            return errors.isEmpty() ? 0 : 1;
        }
        List<RepoScore> scores = new ArrayList<>();
        for (String[] job : scored) {
            Truth truth = load(job[0], errors);
            if (truth != null && filesExist(truth, Path.of(job[2]), errors)) {
                JsonNode evidence = evidence(job[1], errors);
                if (evidence != null) {
                    scores.add(Scorer.score(truth, evidence));
                }
            }
        }
        Map<String, String> unavailable = new TreeMap<>();
        for (String[] job : missing) {
            Truth truth = load(job[0], errors);
            if (truth != null) {
                unavailable.put(truth.name(), job[1]);
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach(err::println);
            return 1;
        }
        scores.sort(Comparator.comparing(RepoScore::name));
        ScoreTable.print(scores, unavailable, verbose, out);
        return 0;
    }

    private static Truth load(String file, List<String> errors) {
        try {
            Truth truth = TruthReader.read(file, Files.readString(Path.of(file), StandardCharsets.UTF_8));
            String expected = truth.name().replace("/", "__") + ".yaml";
            if (!Path.of(file).getFileName().toString().equals(expected)) {
                errors.add(file + ":1:1: a truth file for " + truth.name() + " must be named " + expected);
                return null;
            }
            return truth;
        } catch (TruthException e) {
            errors.add(e.getMessage());
        } catch (IOException e) {
            errors.add(file + ":1:1: cannot read: " + e.getMessage());
        }
        return null;
    }

    /** A truth entry naming a file the commit does not have is a typo, or a truth file for another commit. */
    private static boolean filesExist(Truth truth, Path tree, List<String> errors) {
        int before = errors.size();
        List<Object[]> spots = new ArrayList<>();
        truth.models().forEach(e -> spots.add(new Object[] {e.spot().file(), e.at()}));
        truth.prompts().forEach(e -> spots.add(new Object[] {e.spot().file(), e.at()}));
        truth.facts().forEach(e -> spots.add(new Object[] {e.spot().file(), e.at()}));
        truth.noise().forEach(e -> spots.add(new Object[] {e.spot().file(), e.at()}));
        for (Object[] spot : spots) {
            if (!Files.isRegularFile(tree.resolve((String) spot[0]))) {
                errors.add(truth.source() + ":" + spot[1] + ":1: " + spot[0] + " does not exist at commit "
                        + truth.commit());
            }
        }
        return errors.size() == before;
    }

    private static JsonNode evidence(String file, List<String> errors) {
        try {
            return new ObjectMapper().readTree(Path.of(file).toFile());
        } catch (IOException e) {
            errors.add(file + ":1:1: cannot read the evidence: " + e.getMessage());
            return null;
        }
    }

    private static int usage(PrintStream err) {
        err.println("usage: BenchAccuracy --check TRUTH... | [--verbose] (--score TRUTH EVIDENCE TREE | --unavailable TRUTH WHY)...");
        return 2;
    }
}
