package dev.rubric.collect.images;

import dev.rubric.collect.Collector;
import dev.rubric.collect.ImageTarget;
import dev.rubric.collect.SubjectSink;
import dev.rubric.collect.Target;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Source;
import java.util.Map;
import java.util.Set;

/**
 * Collects container images: each {@code --image} target, and (with {@code --resolve-images})
 * the images the audited workloads and Dockerfiles name, which {@link ReferencedImages} saw on
 * their way into the evidence. Strictly read-only; an image that cannot be read is unknown with
 * its reason and the others are still collected.
 */
public final class ImageCollector implements Collector {
    public static final String KIND = "image";
    public static final Set<String> COLLECTIONS = Set.of("images");
    /** The source the images named inside audited targets are recorded under. */
    public static final String REFERENCED_SOURCE = "referenced-images";

    private final ImageOptions options;

    public ImageCollector(ImageOptions options) {
        this.options = options;
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
        return target instanceof ImageTarget;
    }

    @Override
    public Source collect(Target target, SubjectSink sink) {
        ImageTarget image = (ImageTarget) target;
        Location location = new Location(image.id(), null, null, null, null, null, null, null, null, image.display(), null);
        try (ImageLocator locator = new ImageLocator(options)) {
            ImageArchive.Contents contents = locator.read(image.reference());
            String givenRef = contents.images().size() == 1 && !isArchive(image.reference()) ? bare(image.reference()) : null;
            for (ResolvedImage found : contents.images()) {
                ImageSubjects.emit(image.id(), givenRef, found, sink);
            }
            for (String problem : contents.problems()) {
                sink.error(new CollectionError(image.id(), location, problem));
            }
            String status = contents.problems().isEmpty() ? Source.OK : contents.images().isEmpty() ? Source.FAILED : Source.PARTIAL;
            return new Source(image.id(), location, KIND, image.display(), status,
                    status.equals(Source.FAILED) ? "no image could be read: " + String.join("; ", contents.problems()) : null,
                    ImageSubjects.stats(contents.images().size(), contents.problems().size()));
        } catch (ImageReadException e) {
            return new Source(image.id(), location, KIND, image.display(), Source.FAILED, e.getMessage(), ImageSubjects.stats(0, 1));
        }
    }

    /**
     * The images named inside the audited targets, each where it was first named: one source,
     * partial when some could not be read (each such image an error with its reason).
     */
    public Source collectReferenced(Map<String, Location> references, SubjectSink sink) {
        Location sourceLocation = new Location(REFERENCED_SOURCE, null, null, null, null, null, null, null, null, null, null);
        int read = 0;
        int unknown = 0;
        try (ImageLocator locator = new ImageLocator(options)) {
            for (Map.Entry<String, Location> reference : references.entrySet()) {
                try {
                    for (ResolvedImage found : locator.read(reference.getKey()).images()) {
                        ImageSubjects.emit(REFERENCED_SOURCE, reference.getKey(), found, sink);
                        read++;
                    }
                } catch (ImageReadException e) {
                    unknown++;
                    sink.error(new CollectionError(REFERENCED_SOURCE, reference.getValue(),
                            "image " + reference.getKey() + " is unknown: " + e.getMessage()));
                }
            }
        }
        String status = unknown == 0 ? Source.OK : read == 0 ? Source.FAILED : Source.PARTIAL;
        return new Source(REFERENCED_SOURCE, sourceLocation, KIND, "images named by the audited targets", status,
                status.equals(Source.FAILED) ? "none of the " + unknown + " images named could be read (see errors)" : null,
                ImageSubjects.stats(read, unknown));
    }

    private static boolean isArchive(String reference) {
        return reference.startsWith("docker-archive:") || reference.startsWith("oci-archive:") || reference.startsWith("oci:")
                || ImageLocator.existingPath(reference) != null;
    }

    private static String bare(String reference) {
        return reference.startsWith("docker-daemon:") ? reference.substring("docker-daemon:".length())
                : reference.startsWith("docker://") ? reference.substring("docker://".length()) : reference;
    }
}
