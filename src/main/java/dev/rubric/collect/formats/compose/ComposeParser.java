package dev.rubric.collect.formats.compose;

import dev.rubric.collect.read.container.WorkloadModels;
import dev.rubric.collect.read.container.WorkloadServing;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.Workload;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Docker Compose files ({@code compose.yaml}, {@code docker-compose.gpu.yml}): each service is a
 * workload of kind {@code ComposeService}, read through the same container readers as a
 * Kubernetes Deployment, so a vLLM or Ollama service gives its serving config and model, and a
 * GPU reservation counts as a GPU. The file's YAML is parsed once for this parser and the RAG
 * reader of the same file (ComposeRagParser), which classifies it first when it finds a RAG
 * platform's settings.
 */
public final class ComposeParser extends FormatParser {
    private static final Pattern COMPOSE_NAME = Pattern.compile("(?i)(docker-)?compose([.\\-][\\w.\\-]+)?\\.ya?ml");
    private static final Signature SIGNATURE = Signature.of(
            Signature.weak("compose*.{yml,yaml}", "docker-compose*.{yml,yaml}").matching(COMPOSE_NAME));

    public ComposeParser() {
        super("compose", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.text().contains("services")) {
            return false;
        }
        List<Workload> workloads = new ArrayList<>();
        for (MapNode document : file.yamlMappings()) {
            MapNode services = document.get("services") instanceof MapNode map ? map : null;
            if (services == null || !ComposeServices.looksLikeServices(services)) {
                continue;
            }
            for (String name : services.keys()) {
                Node service = services.get(name);
                if (!(service instanceof MapNode definition)) {
                    sink.error(service.mark().line(), service.mark().column(),
                            "services." + name + " must be a mapping, not " + service.describe());
                    continue;
                }
                try {
                    workloads.add(ComposeServices.read(file, name, services.keyMark(name).line(), definition));
                } catch (RuntimeException e) {
                    // a bug here must cost one service, not the file and not the run
                    sink.error(services.keyMark(name).line(), 0, "services." + name + ": internal error while reading it: " + e);
                }
            }
        }
        if (workloads.isEmpty()) {
            return false;
        }
        sink.classify("compose", "docker-compose", "parsed");
        for (Workload workload : workloads) {
            sink.workload(workload);
            WorkloadServing.read(workload, sink);
            WorkloadModels.read(workload, sink);
        }
        return true;
    }
}
