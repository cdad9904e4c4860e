package dev.rubric.collect.images;

import dev.rubric.collect.ForwardingSink;
import dev.rubric.collect.LocatedSink;
import dev.rubric.collect.SubjectSink;
import dev.rubric.collect.read.container.WorkloadServing;
import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Container;
import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.Image;
import dev.rubric.evidence.ImageRef;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything one inspected image says, into the sink: the {@code images} record; its entrypoint
 * and command read as a container's would be (a vLLM or TGI image's flags become serving
 * evidence through the same reader as a Deployment's); an OCI model artifact as a model pinned by
 * its digest.
 */
final class ImageSubjects {
    private ImageSubjects() {
    }

    static Image emit(String sourceId, String givenRef, ResolvedImage found, SubjectSink sink) {
        Image image = ImageFacts.of(sourceId, givenRef, found);
        sink.image(image);
        if (image.artifactType() != null) {
            model(image, sink);
        } else {
            WorkloadServing.read(asWorkload(image, found.config()), new ImageSink(image.location(), sourceId, sink));
        }
        return image;
    }

    /** A model packaged as an OCI artifact: its digest is the revision, so it is pinned when the digest is known. */
    private static void model(Image image, SubjectSink sink) {
        if (!image.artifactType().toLowerCase(java.util.Locale.ROOT).contains("model")) {
            return;
        }
        ImageRef ref = ImageReferences.parse(image.ref());
        String name = ref == null || ref.repository() == null ? image.ref()
                : (ref.registry() == null ? "" : ref.registry() + "/") + ref.repository();
        boolean pinned = image.digest() != null;
        sink.model(new ModelRef(image.id() + "#model", image.location(), name, "oci", image.digest(),
                pinned ? ModelRef.PINNED : ModelRef.FLOATING,
                pinned ? "an OCI model artifact, named by its manifest digest" : "an OCI model artifact whose digest is unknown",
                image.id(), "artifact"));
    }

    /** The image as the one container that would run it with no command of its own. */
    private static Workload asWorkload(Image image, ImageConfig config) {
        List<EnvVar> env = new ArrayList<>();
        for (String entry : config.env()) {
            int equals = entry.indexOf('=');
            env.add(equals < 0 ? new EnvVar(entry, null, null, null, null)
                    : new EnvVar(entry.substring(0, equals), entry.substring(equals + 1), null, null, null));
        }
        Container container = new Container("image", false, ImageReferences.parse(image.ref()), config.entrypoint(),
                config.cmd(), env, null, null, null, 0, null);
        return new Workload(image.id(), image.location(), "Image", null, image.ref(), null, null, Map.of(), Map.of(),
                Map.of(), Map.of(), null, List.of(container), false, null, null, null);
    }

    /** Problems met reading an image's command are located at the image. */
    private static final class ImageSink extends ForwardingSink implements LocatedSink {
        private final Location location;
        private final String sourceId;

        ImageSink(Location location, String sourceId, SubjectSink next) {
            super(next);
            this.location = location;
            this.sourceId = sourceId;
        }

        @Override
        public Location location(int line) {
            return location;
        }

        @Override
        public void error(int line, int column, String message) {
            error(new CollectionError(sourceId, location, message));
        }
    }

    static Map<String, Long> stats(int images, int unknown) {
        return Map.of("images", (long) images, "unknownImages", (long) unknown);
    }
}
