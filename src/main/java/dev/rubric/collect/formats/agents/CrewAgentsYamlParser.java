package dev.rubric.collect.formats.agents;

import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.Agent;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A CrewAI crew's {@code agents.yaml}: each top-level key is an agent with a {@code role},
 * {@code goal} and {@code backstory} (its instructions, written in the file) and optionally the
 * {@code llm} it runs on and its {@code tools}. Every entry must have a role and a goal: a YAML
 * list of deployment agents or a CI config named agents.yaml is not a crew.
 */
public final class CrewAgentsYamlParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("agents.yaml", "agents.yml"));

    public CrewAgentsYamlParser() {
        super("crewai-agents", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.text().contains("role") || !file.text().contains("goal")) {
            return false;
        }
        MapNode root = file.yamlRoot().orElse(null);
        if (root == null || root.entries().isEmpty()) {
            return false;
        }
        for (Node value : root.entries().values()) {
            if (!(value instanceof MapNode agent) || agent.get("role") == null || agent.get("goal") == null) {
                return false;
            }
        }
        sink.classify("agent-config", "crewai-agents", "parsed");
        List<Agent> agents = new ArrayList<>();
        for (Map.Entry<String, Node> entry : root.entries().entrySet()) {
            MapNode agent = (MapNode) entry.getValue();
            String id = file.subjectId() + "#agent:" + entry.getKey();
            String model = Nodes.string(agent, "llm");
            String pinning = null;
            if (model != null) {
                ModelPinning.Verdict verdict = ModelRefs.record(new MeaningfulModels(sink), id, "llm", "llm", ModelRefs.Reference.of(model), sink.location(Nodes.line(agent.get("llm"))));
                pinning = verdict == null ? null : verdict.pinning();
            }
            List<String> tools = Nodes.names(agent.get("tools"));
            agents.add(Agent.agent(id, sink.location(Nodes.line(agent)), entry.getKey(), "crewai", model, pinning, "inline",
                    tools.isEmpty() ? null : tools, null, null));
        }
        agents.forEach(sink::agent);
        return true;
    }
}
