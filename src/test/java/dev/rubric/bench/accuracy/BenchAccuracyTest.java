package dev.rubric.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer's command line: pooled totals, unavailable repositories, and located errors. */
class BenchAccuracyTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BenchAccuracy.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path truth(String owner, String name, String body) throws IOException {
        Path file = dir.resolve(owner + "__" + name + ".yaml");
        Files.writeString(file, "repository: https://github.com/" + owner + "/" + name
                + "\ncommit: 0123456789abcdef0123456789abcdef01234567\n" + body);
        return file;
    }

    private Path tree(String... files) throws IOException {
        Path tree = Files.createTempDirectory(dir, "tree");
        for (String file : files) {
            Files.createDirectories(tree.resolve(file).getParent());
            Files.writeString(tree.resolve(file), "x");
        }
        return tree;
    }

    private Path evidence(String json) throws IOException {
        Path file = Files.createTempFile(dir, "evidence", ".json");
        Files.writeString(file, json.replace('\'', '"'));
        return file;
    }

    @Test
    void totalsArePooledOverEntriesNotAveragedOverRepositories() throws IOException {
        Path small = truth("a", "small", "models:\n  - {file: x/m.py, value: m}\n");
        Path large = truth("b", "large", "models:\n  - {file: x/m.py, value: m1}\n  - {file: x/m.py, value: m2}\n"
                + "  - {file: x/m.py, value: m3}\n");
        Path none = truth("c", "gone", "");
        String found = "{'models':[{'id':'1','location':{'path':'x/m.py','line':1},'name':'m','pinning':'floating'}]}";
        int code = run("--score", large.toString(), evidence("{}").toString(), tree("x/m.py").toString(),
                "--score", small.toString(), evidence(found).toString(), tree("x/m.py").toString(),
                "--unavailable", none.toString(), "not under /mirror");
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(table).containsSubsequence("a/small", "1/1 100.0%", "b/large", "0/3 0.0%",
                "c/gone", "not available: not under /mirror", "total (2 of 3 repositories)", "1/4 25.0%");
    }

    @Test
    void verboseListsWhatDevelopersWorkFrom() throws IOException {
        Path t = truth("a", "app", "models:\n  - {file: m.py, line: 5, value: gpt-4o}\n"
                + "noise:\n  - {collection: models, file: m.py, value: stub, why: test double}\n");
        String json = "{'models':[{'id':'1','location':{'path':'m.py','line':30},'name':'stub','pinning':'floating'}]}";
        run("--verbose", "--score", t.toString(), evidence(json).toString(), tree("m.py").toString());
        assertThat(out.toString(StandardCharsets.UTF_8)).containsSubsequence(
                "== a/app", "missed (must-find, not reported): 1", "models         m.py:5  gpt-4o",
                "false positives (reported in scope, in no truth entry): 1", "m.py:30  stub [floating]",
                "noise reported: 1", "m.py:30  stub — test double");
    }

    @Test
    void aTruthEntryForAFileTheCommitLacksIsALocatedError() throws IOException {
        Path t = truth("a", "app", "prompts:\n  - {file: p/here.txt}\n  - {file: p/gone.txt}\n");
        int code = run("--score", t.toString(), evidence("{}").toString(), tree("p/here.txt").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo(t + ":5:1: p/gone.txt does not exist at commit 0123456789abcdef0123456789abcdef01234567");
    }

    @Test
    void checkNamesEveryBadFileAndTheNameMustMatchTheRepository() throws IOException {
        Path good = truth("a", "app", "");
        Path misnamed = dir.resolve("a__other.yaml");
        Files.writeString(misnamed, Files.readString(good));
        Path broken = truth("a", "broken", "models:\n  - {file: a.py, value: m, pinning: exact}\n");
        int code = run("--check", good.toString(), misnamed.toString(), broken.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(misnamed + ":1:1: a truth file for a/app must be named a__app.yaml")
                .contains(broken + ":4:").doesNotContain(good + ":");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 truth files, 2 errors");
    }

    @Test
    void badUsageIsExitTwo() {
        assertThat(run("--score", "only-one")).isEqualTo(2);
        assertThat(run("--frobnicate")).isEqualTo(2);
    }
}
