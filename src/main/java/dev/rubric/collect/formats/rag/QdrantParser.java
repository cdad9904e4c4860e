package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Qdrant files (formats.md §2.1): the server config ({@code storage.storage_path} +
 * {@code service.http_port}, no collections: recorded with scope "server") and collection create
 * bodies ({@code vectors.size/distance}, or named vectors). A create body holds no name: the REST call
 * names the collection in its path ({@code PUT /collections/products_v7}), and a body kept in a
 * {@code collections/} folder mirrors that path, so its file name is the collection's name there.
 */
public final class QdrantParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml,json}"));

    public QdrantParser() {
        super("qdrant", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        boolean server = Needles.contains(file, "storage_path") && Needles.contains(file, "http_port");
        boolean collection = Needles.contains(file, "\"vectors\"")
                && (Needles.contains(file, "\"size\"") || Needles.contains(file, "\"distance\""));
        if (!server && !collection) {
            return false;
        }
        List<RagRecord> records = new ArrayList<>();
        for (MapNode document : file.yamlMappings()) {
            if (server && document.text("storage", "storage_path").isPresent() && document.at("service", "http_port").isPresent()) {
                records.add(serverConfig(document));
            } else if (collection) {
                records.addAll(collectionBody(document, nameFromPath(file.relativePath())));
            }
        }
        if (records.isEmpty()) {
            return false;
        }
        boolean isServer = records.get(0).scope.equals(RagRecord.SERVER);
        sink.classify("rag-config", isServer ? "qdrant-config" : "qdrant-collection", "parsed");
        RagRecord.emitAll(file.subjectId(), sink, records);
        return true;
    }

    private static RagRecord serverConfig(MapNode config) {
        RagRecord record = new RagRecord("qdrant", "qdrant-config", RagRecord.SERVER, config.keyMark("storage").line());
        record.setting("storagePath", config.text("storage", "storage_path").orElse(null));
        record.setting("snapshotsPath", config.text("storage", "snapshots_path").orElse(null));
        record.setting("onDiskPayload", Documents.scalar(config, "storage", "on_disk_payload"));
        record.setting("httpPort", Documents.number(config, "service", "http_port"));
        record.setting("grpcPort", Documents.number(config, "service", "grpc_port"));
        record.setting("clusterEnabled", Documents.scalar(config, "cluster", "enabled"));
        // Only that a key is configured; its value never enters evidence.
        record.setting("apiKeyConfigured", config.at("service", "api_key").isPresent() ? Boolean.TRUE : null);
        return record;
    }

    /** {@code collections/products_v7.json} → products_v7; null for a file outside a collections folder. */
    private static String nameFromPath(String path) {
        int slash = path.lastIndexOf('/');
        String folder = path.substring(0, Math.max(slash, 0));
        if (!(folder.equals("collections") || folder.endsWith("/collections"))) {
            return null;
        }
        String fileName = path.substring(slash + 1);
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : null;
    }

    private static List<RagRecord> collectionBody(MapNode body, String nameFromPath) {
        List<RagRecord> out = new ArrayList<>();
        MapNode vectors = body.map("vectors").orElse(null);
        if (vectors == null) {
            return out;
        }
        String name = body.text("collection_name").orElse(body.text("name").orElse(nameFromPath));
        if (vectors.get("size") != null || vectors.get("distance") != null) {
            out.add(vectorParams(body, vectors, name, null));
        } else {
            for (String vectorName : vectors.keys()) {
                Node value = vectors.get(vectorName);
                if (value instanceof MapNode named && named.get("size") != null) {
                    out.add(vectorParams(body, named, name, vectorName));
                }
            }
        }
        return out;
    }

    private static RagRecord vectorParams(MapNode body, MapNode params, String collection, String vectorName) {
        RagRecord record = new RagRecord("qdrant", "qdrant-collection", RagRecord.COLLECTION, params.mark().line());
        record.collection = collection;
        record.dimension = Documents.number(params, "size");
        record.metric = Metrics.normalise(params.text("distance").orElse(null));
        record.setting("vector", vectorName);
        record.setting("onDisk", Documents.scalar(params, "on_disk"));
        MapNode hnsw = params.map("hnsw_config").orElse(body.map("hnsw_config").orElse(null));
        if (hnsw != null) {
            record.setting("m", Documents.number(hnsw, "m"));
            record.setting("ef_construct", Documents.number(hnsw, "ef_construct"));
        }
        MapNode quantization = params.map("quantization_config").orElse(body.map("quantization_config").orElse(null));
        if (quantization != null && !quantization.keys().isEmpty()) {
            record.setting("quantization", quantization.keys().get(0));
        }
        return record;
    }
}
