package dev.rubric.collect.formats.supplychain;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maven POMs, Gradle build scripts and Gradle lockfiles. Maven and Gradle versions are exact
 * unless written as ranges, {@code +}, {@code latest.*}, LATEST/RELEASE or snapshots; a dependency
 * without a version takes it from a BOM or dependencyManagement, which is fixed too.
 */
final class JvmDependencies {
    private static final Pattern XML_COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern DEPENDENCY = Pattern.compile("(?s)<dependency>(.*?)</dependency>");
    private static final Pattern PROPERTIES = Pattern.compile("(?s)<properties>(.*?)</properties>");
    private static final Pattern PROPERTY = Pattern.compile("(?s)<([A-Za-z0-9_.-]+)>([^<]*)</\\1>");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern GRADLE_DEPENDENCY = Pattern.compile(
            "\\b(?:implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|testCompileOnly"
                    + "|annotationProcessor|kapt|ksp|classpath|compile|runtime|developmentOnly)\\s*\\(?\\s*"
                    + "(?:(?:platform|enforcedPlatform)\\s*\\(\\s*)?[\"']([^\"':\\s]+):([^\"':\\s]+)(?::([^\"'@\\s]+))?(?:@[^\"']*)?[\"']");
    private static final Pattern GRADLE_CATALOG = Pattern.compile(
            "\\b(?:implementation|api|compileOnly|runtimeOnly|testImplementation|annotationProcessor|kapt|ksp)\\s*\\(?\\s*libs\\.");
    private static final Pattern GRADLE_LOCK_LINE = Pattern.compile("([^#\\s:][^:\\s]*):([^:\\s]+):([^=\\s]+)=.*");

    private JvmDependencies() {
    }

    static Dependencies pom(String text) {
        if (!text.contains("<project") || !(text.contains("<artifactId>") || text.contains("<modelVersion>"))) {
            return null;
        }
        String xml = XML_COMMENT.matcher(text).replaceAll("");
        Map<String, String> properties = new HashMap<>();
        Matcher block = PROPERTIES.matcher(xml);
        if (block.find()) {
            Matcher property = PROPERTY.matcher(block.group(1));
            while (property.find()) {
                properties.put(property.group(1), property.group(2).strip());
            }
        }
        Dependencies out = new Dependencies("java", "maven", false);
        Matcher dependency = DEPENDENCY.matcher(xml);
        while (dependency.find()) {
            String body = dependency.group(1);
            String group = element(body, "groupId");
            String artifact = element(body, "artifactId");
            if (group == null || artifact == null) {
                continue;
            }
            String version = element(body, "version");
            if (version != null) {
                Matcher reference = REFERENCE.matcher(version);
                if (reference.matches() && properties.containsKey(reference.group(1))) {
                    version = properties.get(reference.group(1));
                }
            }
            out.add(group + ":" + artifact, version == null || !dynamic(version), false, AiPackages.jvm(group, artifact));
        }
        return out;
    }

    private static String element(String body, String name) {
        Matcher matcher = Pattern.compile("<" + name + ">\\s*([^<]*?)\\s*</" + name + ">").matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    static boolean dynamic(String version) {
        String v = version.strip();
        return v.isEmpty() || v.contains("+") || v.startsWith("latest.") || v.equals("LATEST") || v.equals("RELEASE")
                || v.startsWith("[") || v.startsWith("(") || v.endsWith("-SNAPSHOT");
    }

    /** Literal coordinates only; version catalog references ({@code libs.x}) are counted apart. */
    static Dependencies gradle(String text, String format) {
        if (!text.contains("dependencies") && !text.contains("plugins")) {
            return null;
        }
        Dependencies out = new Dependencies("java", format, false);
        Matcher dependency = GRADLE_DEPENDENCY.matcher(text);
        while (dependency.find()) {
            String group = dependency.group(1);
            String artifact = dependency.group(2);
            String version = dependency.group(3);
            out.add(group + ":" + artifact, version == null || !dynamic(version), false, AiPackages.jvm(group, artifact));
        }
        return out;
    }

    static int catalogReferences(String text) {
        int count = 0;
        Matcher matcher = GRADLE_CATALOG.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** gradle.lockfile: {@code group:artifact:version=configurations}, one per line. */
    static Dependencies gradleLock(String text) {
        Dependencies out = new Dependencies("java", "gradle-lock", true);
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("empty=")) {
                continue;
            }
            Matcher matcher = GRADLE_LOCK_LINE.matcher(l);
            if (!matcher.matches()) {
                return null;
            }
            out.add(matcher.group(1) + ":" + matcher.group(2), true, false, AiPackages.jvm(matcher.group(1), matcher.group(2)));
        }
        return out.count > 0 || text.contains("Gradle generated file for dependency locking") ? out : null;
    }
}
