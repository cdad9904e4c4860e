package dev.rubric.render.cyclonedx;

import dev.rubric.report.Inventory;
import dev.rubric.report.ReportLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cyclonedx.model.Ancestors;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Pedigree;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.modelCard.ModelParameters;

/** One inventory entry as a CycloneDX component or service. */
final class BomComponents {
    static final String LOCATION = "rubric:location";

    private BomComponents() {
    }

    /** The inventory ref of a model named with this revision (as the engine forms it for a model reference without provider). */
    static String modelRef(String name, String revision) {
        return "model:" + name + (revision == null ? "" : "@" + revision);
    }

    static Component model(Inventory.Model m) {
        Component c = new Component();
        c.setType(Component.Type.MACHINE_LEARNING_MODEL);
        c.setBomRef(m.ref());
        c.setName(m.name());
        c.setVersion(m.revision());
        if (m.provider() != null) {
            OrganizationalEntity supplier = new OrganizationalEntity();
            supplier.setName(m.provider());
            c.setSupplier(supplier);
        }
        List<Property> properties = new ArrayList<>();
        add(properties, "rubric:kind", m.kind());
        add(properties, "rubric:pinning", m.pinning());
        if (m.baseModel() != null) {
            c.setPedigree(ancestry(m));
            add(properties, "rubric:baseModelPinning", m.baseModelPinning());
        }
        if (!m.datasets().isEmpty()) {
            ModelParameters parameters = new ModelParameters();
            List<DatasetChoice> datasets = new ArrayList<>();
            for (String ref : m.datasets()) {
                DatasetChoice choice = new DatasetChoice();
                choice.setRef(ref);
                datasets.add(choice);
            }
            parameters.setDatasets(datasets);
            ModelCard card = new ModelCard();
            card.setModelParameters(parameters);
            c.setModelCard(card);
        }
        locations(properties, m.locations());
        c.setProperties(sorted(properties));
        return c;
    }

    /** The base model an adapter or fine-tune was trained from: CycloneDX's pedigree ancestor. */
    private static Pedigree ancestry(Inventory.Model m) {
        Component base = new Component();
        base.setType(Component.Type.MACHINE_LEARNING_MODEL);
        base.setName(m.baseModel());
        base.setVersion(m.baseModelRevision());
        if (m.baseModelPinning() != null) {
            base.setProperties(List.of(new Property("rubric:pinning", m.baseModelPinning())));
        }
        Ancestors ancestors = new Ancestors();
        ancestors.setComponents(List.of(base));
        Pedigree pedigree = new Pedigree();
        pedigree.setAncestors(ancestors);
        return pedigree;
    }

    static Component dataset(Inventory.Dataset d) {
        Component c = new Component();
        c.setType(Component.Type.DATA);
        c.setBomRef(d.ref());
        c.setName(d.name());
        c.setVersion(d.revision() != null ? d.revision() : d.hash());
        ComponentData data = new ComponentData();
        data.setType(ComponentData.ComponentDataType.DATASET);
        data.setName(d.name());
        c.setData(List.of(data));
        List<Property> properties = new ArrayList<>();
        add(properties, "rubric:pinned", Boolean.toString(d.pinned()));
        add(properties, "rubric:hash", d.hash());
        locations(properties, d.locations());
        c.setProperties(sorted(properties));
        return c;
    }

    static Service service(Inventory.Service s) {
        Service service = new Service();
        service.setBomRef(s.ref());
        service.setName(s.name());
        service.setGroup(s.engine());
        List<Property> properties = new ArrayList<>();
        add(properties, "rubric:engine", s.engine());
        add(properties, "rubric:model", s.model());
        add(properties, "rubric:modelRevision", s.revision());
        add(properties, "rubric:pinning", s.pinning());
        add(properties, "rubric:image", s.image());
        if (s.servedNames() != null) {
            s.servedNames().forEach(n -> add(properties, "rubric:servedName", n));
        }
        if (s.adapters() != null) {
            s.adapters().forEach(a -> add(properties, "rubric:adapter", a));
        }
        locations(properties, s.locations());
        service.setProperties(sorted(properties));
        return service;
    }

    /** "source/path:line:column", or the object or image when there is no file. */
    static String location(ReportLocation l) {
        String place = l.display();
        return l.path() != null && l.source() != null ? l.source() + "/" + place : place;
    }

    private static void locations(List<Property> properties, List<ReportLocation> locations) {
        locations.forEach(l -> add(properties, LOCATION, location(l)));
    }

    private static void add(List<Property> properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.add(new Property(name, value));
        }
    }

    private static List<Property> sorted(List<Property> properties) {
        List<Property> out = new ArrayList<>(properties);
        out.sort(Comparator.comparing(Property::getName).thenComparing(Property::getValue));
        return out;
    }
}
