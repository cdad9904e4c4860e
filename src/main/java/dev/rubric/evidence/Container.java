package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A container of a workload. {@code init} marks init containers. {@code args} and
 * {@code command} have secret-looking values redacted. {@code limits}/{@code requests} are the
 * resource quantities as written; {@code gpu} is the accelerator count asked for (limits, else
 * requests), 0 when none. {@code mounts}: where volumes of the pod appear in this container's
 * file system (mount path → volume name), null when none: what a path the container reads is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Container(String name, boolean init, ImageRef image, List<String> command, List<String> args,
                        List<EnvVar> env, List<String> envFrom, Map<String, String> limits,
                        Map<String, String> requests, long gpu, String imagePullPolicy, Map<String, String> mounts) {

    /** A container without volume mounts (Compose services, and every reader that does not know them). */
    public Container(String name, boolean init, ImageRef image, List<String> command, List<String> args,
                     List<EnvVar> env, List<String> envFrom, Map<String, String> limits,
                     Map<String, String> requests, long gpu, String imagePullPolicy) {
        this(name, init, image, command, args, env, envFrom, limits, requests, gpu, imagePullPolicy, null);
    }

    /** This container with another environment. */
    public Container withEnv(List<EnvVar> replaced) {
        return new Container(name, init, image, command, args, replaced, envFrom, limits, requests, gpu, imagePullPolicy, mounts);
    }

    /** This container running another image. */
    public Container withImage(ImageRef replaced) {
        return new Container(name, init, replaced, command, args, env, envFrom, limits, requests, gpu, imagePullPolicy, mounts);
    }
}
