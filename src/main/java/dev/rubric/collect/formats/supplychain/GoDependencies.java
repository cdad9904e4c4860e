package dev.rubric.collect.formats.supplychain;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** go.mod (minimal version selection: every version is exact) and go.sum (one hash per module version). */
final class GoDependencies {
    private static final Pattern MODULE = Pattern.compile("(?m)^module\\s+\\S+");
    private static final Pattern REQUIRE_LINE = Pattern.compile("^\\s*(?:require\\s+)?([^\\s()]+)\\s+(v\\S+)(\\s*//.*)?$");
    private static final Pattern SUM_LINE = Pattern.compile("(\\S+) (v[^\\s/]+)(/go\\.mod)? h1:\\S+");

    private GoDependencies() {
    }

    static Dependencies goMod(String text) {
        if (!MODULE.matcher(text).find()) {
            return null;
        }
        Dependencies out = new Dependencies("go", "go-mod", false);
        boolean inBlock = false;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("require (") || l.equals("require(")) {
                inBlock = true;
                continue;
            }
            if (inBlock && l.startsWith(")")) {
                inBlock = false;
                continue;
            }
            if (inBlock || l.startsWith("require ")) {
                Matcher matcher = REQUIRE_LINE.matcher(l);
                if (matcher.matches()) {
                    String module = matcher.group(1);
                    out.add(module, true, false, AiPackages.go(module));
                }
            }
        }
        return out;
    }

    static Dependencies goSum(String text) {
        Dependencies out = new Dependencies("go", "go-sum", true);
        Set<String> seen = new HashSet<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = SUM_LINE.matcher(line.strip());
            if (!matcher.matches()) {
                return null;
            }
            if (seen.add(matcher.group(1) + " " + matcher.group(2))) {
                out.add(matcher.group(1), true, true, AiPackages.go(matcher.group(1)));
            }
        }
        return out.count > 0 ? out : null;
    }
}
