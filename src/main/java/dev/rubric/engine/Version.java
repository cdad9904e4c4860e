package dev.rubric.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, from the resource Maven filters at build time. */
public final class Version {
    private static final String VALUE = read();

    private Version() {
    }

    public static String get() {
        return VALUE;
    }

    private static String read() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("rubric-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
