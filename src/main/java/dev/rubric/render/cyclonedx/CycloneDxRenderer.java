package dev.rubric.render.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.render.FixedFormatRenderer;
import dev.rubric.render.json.ReportJson;
import dev.rubric.report.Inventory;
import dev.rubric.report.Report;
import dev.rubric.report.ReportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cyclonedx.Version;
import org.cyclonedx.generators.json.BomJsonGenerator;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * rubric-report.cdx.json: a CycloneDX 1.6 AI-BOM of the audited system, from the report's
 * inventory — models (machine-learning-model components, adapters with their base model as
 * pedigree ancestor), datasets (data components) and model servers (services), each with the
 * places it was found as {@code rubric:location} properties and its pinning verdict. Components,
 * services, properties and dependencies are sorted and bom-refs are the inventory's stable refs.
 * A reproducible report (no generation time) gets a serial number derived from the BOM's content,
 * so the same input gives the same bytes; otherwise a random one and a timestamp, as CycloneDX intends.
 */
public final class CycloneDxRenderer extends FixedFormatRenderer {
    static final Version SPEC = Version.VERSION_16;
    static final String SYSTEM_REF = "system";

    public CycloneDxRenderer() {
        super("cyclonedx", "cdx.json");
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        ReportJson.write(json(report), out);
    }

    static JsonNode json(Report report) throws IOException {
        Bom bom = bom(report);
        ObjectNode json = (ObjectNode) new BomJsonGenerator(bom, SPEC).toJsonNode();
        String serial = report.generatedAt() == null
                ? UUID.nameUUIDFromBytes(ReportJson.writer().writeValueAsString(json).getBytes(StandardCharsets.UTF_8)).toString()
                : UUID.randomUUID().toString();
        bom.setSerialNumber("urn:uuid:" + serial);
        return new BomJsonGenerator(bom, SPEC).toJsonNode();
    }

    static Bom bom(Report report) {
        Inventory inventory = report.inventory();
        Bom bom = new Bom();
        bom.setVersion(1);
        bom.setMetadata(metadata(report));
        List<Component> components = new ArrayList<>();
        inventory.models().forEach(m -> components.add(BomComponents.model(m)));
        inventory.datasets().forEach(d -> components.add(BomComponents.dataset(d)));
        components.sort(Comparator.comparing(Component::getBomRef));
        bom.setComponents(components);
        List<Service> services = new ArrayList<>(inventory.services().stream().map(BomComponents::service).toList());
        services.sort(Comparator.comparing(Service::getBomRef));
        bom.setServices(services);
        bom.setDependencies(dependencies(inventory));
        return bom;
    }

    private static Metadata metadata(Report report) {
        Metadata metadata = new Metadata();
        // the library stamps every Metadata with the current time; a reproducible report must have none
        metadata.setTimestamp(report.generatedAt() == null ? null : Date.from(Instant.parse(report.generatedAt())));
        Component tool = new Component();
        tool.setType(Component.Type.APPLICATION);
        tool.setName(report.tool().name());
        tool.setVersion(report.tool().version());
        ToolInformation tools = new ToolInformation();
        tools.setComponents(List.of(tool));
        metadata.setToolChoice(tools);
        Component system = new Component();
        system.setType(Component.Type.APPLICATION);
        system.setBomRef(SYSTEM_REF);
        system.setName(report.sources().isEmpty() ? "audited system"
                : report.sources().stream().map(ReportSource::target).collect(Collectors.joining(", ")));
        String commits = report.sources().stream().filter(s -> s.revision() != null && s.revision().commit() != null)
                .map(s -> s.revision().commit()).distinct().collect(Collectors.joining(", "));
        if (!commits.isEmpty()) {
            system.setVersion(commits);
        }
        metadata.setComponent(system);
        List<Property> properties = new ArrayList<>();
        properties.add(new Property("rubric:rubric", report.rubric().id() + " " + report.rubric().version()));
        if (report.level() != null) {
            properties.add(new Property("rubric:level", report.level() + " " + report.levelName()));
            properties.add(new Property("rubric:score", String.valueOf(report.score())));
        }
        metadata.setProperties(properties);
        return metadata;
    }

    /** The system depends on everything listed; a server on the model it serves; an adapter on its base model. */
    private static List<Dependency> dependencies(Inventory inventory) {
        Set<String> refs = new TreeSet<>();
        inventory.models().forEach(m -> refs.add(m.ref()));
        inventory.datasets().forEach(d -> refs.add(d.ref()));
        inventory.services().forEach(s -> refs.add(s.ref()));
        List<Dependency> out = new ArrayList<>();
        Dependency system = new Dependency(SYSTEM_REF);
        refs.forEach(r -> system.addDependency(new Dependency(r)));
        out.add(system);
        for (Inventory.Model m : inventory.models()) {
            Set<String> on = new TreeSet<>(m.datasets());
            String base = BomComponents.modelRef(m.baseModel(), m.baseModelRevision());
            if (m.baseModel() != null && refs.contains(base)) {
                on.add(base);
            }
            out.add(dependency(m.ref(), on));
        }
        for (Inventory.Dataset d : inventory.datasets()) {
            out.add(dependency(d.ref(), Set.of()));
        }
        for (Inventory.Service s : inventory.services()) {
            String model = BomComponents.modelRef(s.model(), s.revision());
            out.add(dependency(s.ref(), s.model() != null && refs.contains(model) ? Set.of(model) : Set.of()));
        }
        out.sort(Comparator.comparing(Dependency::getRef));
        return out;
    }

    private static Dependency dependency(String ref, Set<String> on) {
        Dependency d = new Dependency(ref);
        new TreeSet<>(on).forEach(r -> d.addDependency(new Dependency(r)));
        return d;
    }
}
