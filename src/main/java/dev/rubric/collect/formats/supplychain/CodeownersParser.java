package dev.rubric.collect.formats.supplychain;

import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CODEOWNERS (GitHub and GitLab syntax): the rules in file order, each a pattern and its owners.
 * The last matching rule wins, so coverage of prompt or model folders is computed later from the
 * whole list. Confirmed by at least one rule whose owners are {@code @user}, {@code @org/team} or
 * e-mail addresses; an owner of another shape is reported at its line, as GitHub does.
 */
public final class CodeownersParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.strong("CODEOWNERS").exactCase());

    /** The locations GitHub and GitLab read; a CODEOWNERS file elsewhere has no effect. */
    private static final Set<String> EFFECTIVE = Set.of("CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS");
    private static final Pattern OWNER = Pattern.compile("@[A-Za-z0-9][\\w.-]*(/[\\w.-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SECTION = Pattern.compile("\\^?\\[[^\\]]+](\\[\\d+])?(\\s.*)?");

    public CodeownersParser() {
        super("codeowners", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        List<Map<String, Object>> rules = new ArrayList<>();
        List<int[]> invalid = new ArrayList<>();
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty() || SECTION.matcher(line).matches()) {
                continue;
            }
            List<String> words = words(line);
            List<String> owners = words.subList(1, words.size());
            int bad = owners.stream().filter(o -> !OWNER.matcher(o).matches()).findFirst().map(owners::indexOf).orElse(-1);
            if (bad >= 0) {
                invalid.add(new int[] {i + 1, lines[i].indexOf(owners.get(bad)) + 1});
                continue;
            }
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("line", sink.location(i + 1).line());
            rule.put("pattern", words.get(0));
            rule.put("owners", List.copyOf(owners));
            rules.add(rule);
        }
        if (rules.stream().noneMatch(r -> !((List<?>) r.get("owners")).isEmpty())) {
            return false;
        }
        sink.classify("codeowners", "codeowners", "parsed");
        for (int[] at : invalid) {
            sink.error(at[0], at[1], "CODEOWNERS rule ignored: an owner must be @user, @org/team or an e-mail address");
        }
        sink.fact("rules", rules);
        sink.fact("ruleCount", rules.size());
        sink.fact("effective", EFFECTIVE.contains(file.relativePath()));
        return true;
    }

    private static String stripComment(String line) {
        if (line.stripLeading().startsWith("#")) {
            return "";
        }
        int hash = line.indexOf(" #");
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    /** Whitespace-separated, where {@code \ } keeps a space inside a pattern. */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
                word.append(' ');
                i++;
            } else if (Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }
}
