package dev.rubric.engine;

import dev.rubric.evidence.FineTune;
import dev.rubric.evidence.ImageRef;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelDeployment;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.ServingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The records {@link ReportInventory} reads, built from the CEL values of the in-scope evidence
 * with the fields it reads and no others. A generic conversion (Jackson's {@code convertValue}:
 * every value written out and parsed back) of 200,000 subjects took a tenth of judging them
 * (docs/performance.md). Scalars are read as that conversion reads them: a number or a boolean
 * where text is expected becomes its text, an integer field takes any number.
 */
final class InventoryRecords {
    private InventoryRecords() {
    }

    static List<ModelRef> models(Map<String, Object> evidence) {
        return each(evidence, "models", m -> new ModelRef(text(m, "id"), location(m.get("location")), text(m, "name"),
                text(m, "provider"), text(m, "revision"), text(m, "pinning"), null, null, null, null, null));
    }

    static List<FineTune> fineTunes(Map<String, Object> evidence) {
        return each(evidence, "fineTunes", m -> new FineTune(text(m, "id"), location(m.get("location")), null,
                text(m, "method"), text(m, "baseModel"), text(m, "baseModelRevision"), text(m, "baseModelPinning"),
                text(m, "baseModelRelation"), datasets(m.get("datasets")), null, null, text(m, "output"),
                whole(m, "loraRank"), null, null, null, null, null, null, null, null, null, null, null));
    }

    static List<ServingConfig> servingConfigs(Map<String, Object> evidence) {
        return each(evidence, "servingConfigs", m -> new ServingConfig(text(m, "id"), location(m.get("location")),
                text(m, "engine"), null, text(m, "model"), text(m, "revision"), text(m, "modelPinning"),
                texts(m.get("servedModelNames")), texts(m.get("loraModules")), null, null, null, null, null,
                m.get("image") instanceof Map<?, ?> image ? new ImageRef(text(image, "ref"), null, null, null, null, null) : null,
                null));
    }

    static List<ModelDeployment> modelDeployments(Map<String, Object> evidence) {
        return each(evidence, "modelDeployments", m -> new ModelDeployment(text(m, "id"), location(m.get("location")),
                text(m, "platform"), null, text(m, "deployment"), text(m, "model"), null, text(m, "version"), null, null,
                null, null, null, null, null, null, text(m, "pinning"), null));
    }

    private static <T> List<T> each(Map<String, Object> evidence, String collection, Function<Map<?, ?>, T> record) {
        if (!(evidence.get(collection) instanceof List<?> items)) {
            return List.of();
        }
        List<T> out = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item instanceof Map<?, ?> map) {
                out.add(record.apply(map));
            }
        }
        return out;
    }

    private static List<FineTune.Dataset> datasets(Object value) {
        if (!(value instanceof List<?> items)) {
            return null;
        }
        List<FineTune.Dataset> out = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item instanceof Map<?, ?> d) {
                out.add(new FineTune.Dataset(text(d, "name"), null, null, null, text(d, "revision"), text(d, "hash"),
                        Boolean.TRUE.equals(d.get("pinned"))));
            }
        }
        return out;
    }

    static Location location(Object value) {
        if (!(value instanceof Map<?, ?> l)) {
            return null;
        }
        return new Location(text(l, "source"), text(l, "path"), integer(l, "line"), integer(l, "column"), text(l, "cluster"),
                text(l, "namespace"), text(l, "kind"), text(l, "name"), text(l, "fieldPath"), text(l, "image"),
                text(l, "digest"), text(l, "role"), text(l, "variant"));
    }

    private static List<String> texts(Object value) {
        if (!(value instanceof List<?> items)) {
            return null;
        }
        List<String> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(scalarText(item));
        }
        return out;
    }

    private static String text(Map<?, ?> map, String key) {
        return scalarText(map.get(key));
    }

    private static String scalarText(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean ? String.valueOf(value) : null;
    }

    private static Long whole(Map<?, ?> map, String key) {
        return map.get(key) instanceof Number number ? number.longValue() : null;
    }

    private static Integer integer(Map<?, ?> map, String key) {
        return map.get(key) instanceof Number number ? number.intValue() : null;
    }
}
