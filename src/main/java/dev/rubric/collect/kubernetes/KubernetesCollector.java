package dev.rubric.collect.kubernetes;

import dev.rubric.collect.ClusterSnapshotTarget;
import dev.rubric.collect.ClusterTarget;
import dev.rubric.collect.Collector;
import dev.rubric.collect.ErrorCount;
import dev.rubric.collect.SubjectSink;
import dev.rubric.collect.Target;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Source;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.SafeYaml;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Live clusters and their dumps. Both end in {@link ClusterReader}, so a cluster and a
 * {@code kubectl get -o yaml|json} of it give the same subjects. Live collection only ever
 * sends GET, page by page, with a bounded time per request; a cluster that cannot be reached
 * or does not accept the credentials fails the source with one message, and a resource type
 * the credentials may not list costs that type only: one message, the source partial, and the
 * collections that type fills marked incomplete, so the criteria needing them are unknown.
 */
public final class KubernetesCollector implements Collector {
    public static final String KIND = "cluster";
    public static final String SNAPSHOT_KIND = "snapshot";
    /** What a cluster tells for sure; facts found in ConfigMap values are recorded but not claimed complete. */
    public static final Set<String> COLLECTIONS = Set.of("workloads", "environments", "servingConfigs", "services");

    /** Asked for when the first object is read: the list may still be in the making while the cluster is reached. */
    private final Supplier<List<FormatParser>> parsers;
    private final Map<String, String> environment;

    private final KubeApi.ServiceAccount serviceAccount;

    /** @param parsers the format parsers ConfigMap values go through, as files do */
    public KubernetesCollector(List<FormatParser> parsers, Map<String, String> environment) {
        this(() -> parsers, environment, KubeApi.ServiceAccount.POD);
    }

    /** @param parsers asked for the format parsers once the cluster answers, so they can be built meanwhile */
    public KubernetesCollector(Supplier<List<FormatParser>> parsers, Map<String, String> environment) {
        this(parsers, environment, KubeApi.ServiceAccount.POD);
    }

    /** With a stand-in for the pod's service-account files (tests). */
    KubernetesCollector(List<FormatParser> parsers, Map<String, String> environment, KubeApi.ServiceAccount serviceAccount) {
        this(() -> parsers, environment, serviceAccount);
    }

    private KubernetesCollector(Supplier<List<FormatParser>> parsers, Map<String, String> environment,
                                KubeApi.ServiceAccount serviceAccount) {
        this.parsers = parsers;
        this.environment = Map.copyOf(environment);
        this.serviceAccount = serviceAccount;
    }

    /**
     * Builds a throw-away HTTP client on a daemon thread: the client every connection is made
     * from sets up TLS with the JDK's trust store first (about 50 ms on one core), even when the
     * kubeconfig then gives its own CA. Done early, it is cached when the real client is built.
     */
    public static void prepareClient() {
        Thread thread = new Thread(() -> new okhttp3.OkHttpClient.Builder().build(), "rubric-cluster-tls");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> collections() {
        return COLLECTIONS;
    }

    @Override
    public boolean accepts(Target target) {
        return target instanceof ClusterTarget || target instanceof ClusterSnapshotTarget;
    }

    @Override
    public Source collect(Target target, SubjectSink sink) {
        if (target instanceof ClusterSnapshotTarget snapshot) {
            return new SnapshotReader(parsers.get()).collect(snapshot, sink);
        }
        return collect((ClusterTarget) target, sink);
    }

    private Source collect(ClusterTarget target, SubjectSink sink) {
        KubeApi api;
        try {
            api = KubeApi.connect(target, environment, serviceAccount);
        } catch (IOException e) {
            return failed(target.id(), target.display(), "cannot read the cluster configuration: " + e.getMessage());
        }
        String id = sourceId(api.context());
        ErrorCount counted = new ErrorCount(sink);
        Set<String> served;
        try {
            served = servedGroupVersions(api);
        } catch (ClusterAccessException e) {
            return failed(id, api.context(), e.getMessage());
        }
        List<String> namespaces = target.allNamespaces() ? null
                : !target.namespaces().isEmpty() ? target.namespaces()
                : List.of(api.namespace() == null ? "default" : api.namespace());
        Set<String> incomplete = new TreeSet<>();
        // fetched side by side (the time goes to waiting for the server and parsing its answers), read
        // in the order of ALL: namespaces and nodes first, whose facts the objects in them take
        List<ClusterResources.Resource> wanted = ClusterResources.ALL.stream()
                .flatMap(r -> r.servedAs(served).stream()).toList();
        ExecutorService fetchers = Executors.newFixedThreadPool(FETCHERS, daemon("rubric-cluster-list"));
        ExecutorService readers = Executors.newFixedThreadPool(READERS, daemon("rubric-cluster-read"));
        try {
            Map<ClusterResources.Resource, ListedObjects> listed = new LinkedHashMap<>();
            for (ClusterResources.Resource resource : wanted) {
                ListedObjects objects = new ListedObjects();
                listed.put(resource, objects);
                fetchers.execute(() -> {
                    try {
                        objects(api, resource, namespaces, target.selector(), objects::add);
                        objects.finish();
                    } catch (Throwable failure) {
                        objects.fail(failure);
                    }
                });
            }
            ClusterReader reader = new ClusterReader(id, counted, parsers.get(), new SafeYaml(Integer.MAX_VALUE));
            // what the others take facts from is read first, on this thread; the rest, most of the
            // time of a large cluster, batch by batch on all cores (the evidence is sorted when
            // built, so the order in which objects are read changes nothing in it)
            List<Future<?>> reading = new ArrayList<>();
            String unreachable = null;
            for (Map.Entry<ClusterResources.Resource, ListedObjects> entry : listed.entrySet()) {
                ClusterResources.Resource resource = entry.getKey();
                try {
                    if (readFirst(resource)) {
                        entry.getValue().readAll(object -> read(reader, resource, object));
                    } else {
                        entry.getValue().readBatches(batch -> reading.add(readers.submit(() -> {
                            for (MapNode object : batch) {
                                read(reader, resource, object);
                            }
                        })));
                    }
                } catch (ClusterAccessException e) {
                    if (e.status() == 0 || e.status() == 401) {
                        unreachable = e.getMessage();
                        break;
                    }
                    counted.error(new CollectionError(id, Location.clusterObject(id, id, null, resource.kind(), null),
                            e.getMessage() + (resource.collections().isEmpty() ? ""
                                    : "; criteria that need " + String.join(", ", new TreeSet<>(resource.collections()))
                                    + " are unknown")));
                    incomplete.addAll(resource.collections());
                }
            }
            // every batch handed over is read before the source is closed, failed or not: nothing
            // may reach the evidence after its source is done
            for (Future<?> batch : reading) {
                String interrupted = finish(batch);
                unreachable = unreachable == null ? interrupted : unreachable;
            }
            if (unreachable != null) {
                return failed(id, api.context(), unreachable);
            }
            String status = counted.get() > 0 ? Source.PARTIAL : Source.OK;
            return new Source(id, location(id), KIND, api.context(), status, null, new TreeMap<>(reader.counts()),
                    incomplete.isEmpty() ? null : List.copyOf(incomplete));
        } finally {
            fetchers.shutdownNow();
            readers.shutdownNow();
        }
    }

    /** Lists fetched at once: a few keep the connection busy without crowding the server. */
    private static final int FETCHERS = 4;

    /** Threads reading objects into evidence: the work is CPU only. */
    private static final int READERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** Namespaces and nodes, and what workloads are joined to, before any workload. */
    private static boolean readFirst(ClusterResources.Resource resource) {
        return resource == ClusterResources.NAMESPACES || resource == ClusterResources.NODES
                || ClusterReader.readBeforeWorkloads(resource.groupVersion(), resource.kind());
    }

    /** Waits for a batch: null when it was read, why not when the wait was interrupted; a reader's own failure is a bug, thrown. */
    private static String finish(Future<?> batch) {
        try {
            batch.get();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while reading the cluster";
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Namespaces named with -n are read one by one (GET), so listing all of them is not needed. */
    private static void objects(KubeApi api, ClusterResources.Resource resource, List<String> namespaces,
                                String selector, Consumer<MapNode> each) throws ClusterAccessException {
        if (resource == ClusterResources.NAMESPACES && namespaces != null) {
            for (String namespace : namespaces) {
                try {
                    if (api.get(resource.path(null) + "/" + namespace, List.of()) instanceof MapNode object) {
                        each.accept(object);
                    }
                } catch (ClusterAccessException e) {
                    if (e.status() != 404) {
                        throw e;
                    }
                }
            }
            return;
        }
        boolean scoped = resource.namespaced() && namespaces != null;
        // the selector picks the audited system's objects; namespaces and nodes are its surroundings
        String labels = resource == ClusterResources.NAMESPACES || resource == ClusterResources.NODES ? null : selector;
        if (!scoped) {
            api.list(resource.path(null), labels, each);
            return;
        }
        for (String namespace : namespaces) {
            api.list(resource.path(namespace), labels, each);
        }
    }

    static void read(ClusterReader reader, ClusterResources.Resource resource, MapNode object) {
        if (resource == ClusterResources.NAMESPACES) {
            reader.namespace(object);
        } else if (resource == ClusterResources.NODES) {
            reader.node(object);
        } else {
            // list items carry no apiVersion and kind of their own on every server: the type says them
            reader.object(object, resource.groupVersion(), resource.kind());
        }
    }

    /** The groups and versions the server serves besides the core ones: which custom resources exist. */
    private static Set<String> servedGroupVersions(KubeApi api) throws ClusterAccessException {
        Set<String> served = new TreeSet<>();
        Node groups;
        try {
            groups = api.get("/apis", List.of());
        } catch (ClusterAccessException e) {
            if (e.forbidden()) {
                return served; // discovery withheld: audit the built-in types
            }
            throw e;
        }
        if (groups instanceof MapNode list) {
            list.list("groups").ifPresent(items -> items.items().forEach(group -> {
                if (group instanceof MapNode map) {
                    map.list("versions").ifPresent(versions -> versions.items().forEach(version -> {
                        if (version instanceof MapNode v) {
                            v.text("groupVersion").ifPresent(served::add);
                        }
                    }));
                }
            }));
        }
        return served;
    }

    /** A context name as a source id: "/" separates the parts of subject ids. */
    static String sourceId(String context) {
        return context.replace('/', '_');
    }

    static Location location(String id) {
        return Location.clusterObject(id, id, null, null, null);
    }

    private static Source failed(String id, String display, String message) {
        return new Source(id, location(id), KIND, display, Source.FAILED, message, Map.of());
    }
}
