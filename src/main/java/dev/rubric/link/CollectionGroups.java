package dev.rubric.link;

import dev.rubric.evidence.RagConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configurations of one collection: same source, same store, same name (case folded). A name
 * computed from the run date, recorded as its scheme ({@code products_{%Y_%m_%d}}), belongs to every
 * collection of the source and store that is one of its builds ({@code products_2026_11_28}); a scheme
 * with no build named anywhere stays out, as does a name read from a variable ({@code ${X}}): which
 * collection it is is decided at run time. Only production settings take part.
 */
final class CollectionGroups {
    private CollectionGroups() {
    }

    /** The groups, by key; each sorted by id. */
    static Map<String, List<RagConfig>> of(List<RagConfig> configs) {
        Map<String, List<RagConfig>> byCollection = new TreeMap<>();
        List<RagConfig> schemes = new ArrayList<>();
        for (RagConfig config : configs) {
            if (config.collection() == null || config.collection().contains("$") || !SettingFiles.inProduction(config.location())) {
                continue;
            }
            if (config.collection().contains("{")) {
                schemes.add(config);
            } else {
                byCollection.computeIfAbsent(key(config, config.collection()), k -> new ArrayList<>()).add(config);
            }
        }
        for (RagConfig scheme : schemes) {
            for (Map.Entry<String, List<RagConfig>> group : byCollection.entrySet()) {
                RagConfig member = group.getValue().get(0);
                if (key(member, "").equals(key(scheme, "")) && isBuildOf(member.collection(), scheme.collection())) {
                    group.getValue().add(scheme);
                }
            }
        }
        byCollection.values().forEach(group -> group.sort(Comparator.comparing(RagConfig::id)));
        return byCollection;
    }

    private static String key(RagConfig config, String name) {
        return config.location().source() + '\u0000' + config.store() + '\u0000' + name.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code name} is what {@code scheme} gives on some date: its text in any case, each date field as digits. */
    static boolean isBuildOf(String name, String scheme) {
        int at = 0;
        boolean inBraces = false;
        for (int i = 0; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            if (c == '{' || c == '}') {
                inBraces = c == '{';
                continue;
            }
            if (inBraces && c == '%' && i + 1 < scheme.length()) {
                int digits = switch (scheme.charAt(++i)) {
                    case 'Y' -> 4;
                    case 'j' -> 3;
                    case 'y', 'm', 'd', 'H', 'M', 'S' -> 2;
                    default -> -1;
                };
                if (digits < 0 || at + digits > name.length()) {
                    return false;
                }
                for (int d = 0; d < digits; d++) {
                    if (!Character.isDigit(name.charAt(at++))) {
                        return false;
                    }
                }
            } else if (at >= name.length() || Character.toLowerCase(name.charAt(at++)) != Character.toLowerCase(c)) {
                return false;
            }
        }
        return at == name.length();
    }
}
