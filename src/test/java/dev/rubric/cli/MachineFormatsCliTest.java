package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -f sarif,junit,cyclonedx from the command line: the files, their bytes across runs, and what the AI-BOM leaves out. */
class MachineFormatsCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void the_three_files_are_written_and_reproducible_runs_give_the_same_bytes() throws Exception {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        for (Path out : new Path[] {first, second}) {
            CliRun run = CliRun.of("audit", CliTest.WEAK, "-f", "sarif,junit,cyclonedx", "--reproducible", "-o", out.toString());
            assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        }
        for (String name : new String[] {"rubric-report.sarif", "rubric-report.junit.xml", "rubric-report.cdx.json"}) {
            assertThat(first.resolve(name)).exists();
            assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
        assertThat(first.resolve("rubric-report.json")).as("only the formats asked for").doesNotExist();
    }

    @Test
    void the_ai_bom_lists_the_production_model_but_not_the_one_a_test_names() throws Exception {
        Path app = Files.createDirectories(tmp.resolve("app"));
        Files.createDirectories(app.resolve("src"));
        Files.createDirectories(app.resolve("tests"));
        String call = """
                from openai import OpenAI
                client = OpenAI()
                reply = client.chat.completions.create(model="%s", messages=[])
                """;
        Files.writeString(app.resolve("src/answer.py"), call.formatted("gpt-4o-2024-08-06"));
        Files.writeString(app.resolve("tests/test_answer.py"), call.formatted("gpt-3.5-turbo"));
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("audit", app.toString(), "-f", "cyclonedx", "--reproducible", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        JsonNode bom = MAPPER.readTree(out.resolve("rubric-report.cdx.json").toFile());
        assertThat(bom.get("components")).extracting(c -> c.get("name").asText()).containsExactly("gpt-4o-2024-08-06");
        assertThat(bom.get("components").get(0).get("properties")).anySatisfy(p -> {
            assertThat(p.get("name").asText()).isEqualTo("rubric:location");
            assertThat(p.get("value").asText()).isEqualTo("app/src/answer.py:3");
        });
    }
}
