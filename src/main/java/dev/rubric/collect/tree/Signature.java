package dev.rubric.collect.tree;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A format's file-name rule, stated once as data: both what the name says of a file
 * ({@link #hint}) and the names the collector needs to ask about at all ({@link #names}) come
 * from the same rules, so the cheap prefilter can never hide a file the hint would take.
 *
 * <p>Rules are tried in order and the first whose name (and path, if it has a condition) matches
 * decides: an exclusion ({@link #none}) listed before a broader rule takes names out of it. Names
 * are globs, compared ignoring case unless {@link Rule#exactCase()}: {@code *} is any run of
 * characters, {@code ?} one character, {@code {a,b}} either word. Each glob yields its prefilter
 * key: a whole name when it has no wildcard, else the literal text before its first wildcard, else
 * the extension after its last dot; a glob that yields none (say {@code *}) is refused, since it
 * would make every file of a tree a candidate.
 */
public final class Signature {
    /** An array, not a list: asked about most files of a tree, and a list's iterator is an allocation each time. */
    private final Rule[] rules;
    private final NameFilter names;

    private Signature(List<Rule> rules) {
        this.rules = rules.toArray(Rule[]::new);
        Set<String> extensions = new LinkedHashSet<>();
        Set<String> wholeNames = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        for (Rule rule : this.rules) {
            if (rule.strength == Hint.NONE) {
                continue;
            }
            for (Glob glob : rule.globs) {
                glob.key(extensions, wholeNames, prefixes);
            }
        }
        this.names = new NameFilter(Set.copyOf(extensions), Set.copyOf(wholeNames), List.copyOf(prefixes));
    }

    public static Signature of(Rule... rules) {
        return new Signature(List.of(rules));
    }

    /** Names this format reads with care: a content that does not confirm them is recorded as unrecognised. */
    public static Rule strong(String... globs) {
        return new Rule(Hint.STRONG, globs);
    }

    /** Names worth a look, no more: any {@code .yaml} may be one of a dozen formats. */
    public static Rule weak(String... globs) {
        return new Rule(Hint.WEAK, globs);
    }

    /** Names a later, broader rule would take but this format must not read. */
    public static Rule none(String... globs) {
        return new Rule(Hint.NONE, globs);
    }

    /** What the name says of a file: the strength of the first rule that matches, NONE when none does. */
    public Hint hint(String relativePath, String fileName) {
        Rule rule = match(relativePath, fileName);
        return rule == null ? Hint.NONE : rule.strength;
    }

    /**
     * The tags of the first matching rule: which of its readers a format that reads one file for
     * several collections applies to this name. Empty when no rule (or an exclusion) matches.
     */
    public Set<String> tags(String relativePath, String fileName) {
        Rule rule = match(relativePath, fileName);
        return rule == null || rule.strength == Hint.NONE ? Set.of() : rule.tags;
    }

    /** The prefilter: every name some rule can give a hint to, and in practice few others. */
    public NameFilter names() {
        return names;
    }

    List<Rule> rules() {
        return List.of(rules);
    }

    private Rule match(String relativePath, String fileName) {
        for (Rule rule : rules) {
            if (rule.matches(relativePath, fileName)) {
                return rule;
            }
        }
        return null;
    }

    /** One line of a signature: names, an optional narrowing by path or by name, and the hint they give. */
    public static final class Rule {
        private final Hint strength;
        private final Glob[] globs;
        private final boolean exactCase;
        private final Predicate<String> path;
        private final Predicate<String> name;
        private final Set<String> tags;

        private Rule(Hint strength, String[] globs) {
            this(strength, expand(globs), false, null, null, Set.of());
        }

        private Rule(Hint strength, Glob[] globs, boolean exactCase, Predicate<String> path, Predicate<String> name,
                     Set<String> tags) {
            this.strength = strength;
            this.globs = globs;
            this.exactCase = exactCase;
            this.path = path;
            this.name = name;
            this.tags = tags;
        }

        /** Letter case counts: {@code MLmodel} is MLflow's file, {@code mlmodel} is not. */
        public Rule exactCase() {
            return new Rule(strength, globs, true, path, name, tags);
        }

        /** Only inside {@code folder} (a path such as {@code .github/workflows}) at any depth of the tree. */
        public Rule under(String folder) {
            String head = folder + "/";
            String inner = "/" + folder + "/";
            return new Rule(strength, globs, exactCase, p -> p.startsWith(head) || p.contains(inner), name, tags);
        }

        /** Only when the folder part of the path mentions {@code word}, in any case ({@code agent_prompts/}). */
        public Rule inFolderMentioning(String word) {
            return new Rule(strength, globs, exactCase, p -> {
                int slash = p.lastIndexOf('/');
                return slash >= 0 && p.substring(0, slash).toLowerCase(java.util.Locale.ROOT).contains(word);
            }, name, tags);
        }

        /**
         * Narrows the globs by a pattern over the whole (original-case) name, for rules a glob
         * states too loosely; the globs still give the prefilter, so they must cover the pattern.
         */
        public Rule matching(Pattern pattern) {
            return where(n -> pattern.matcher(n).matches());
        }

        /** Narrows the globs by a test of the name that is owned elsewhere (a language table, say). */
        public Rule where(Predicate<String> test) {
            return new Rule(strength, globs, exactCase, path, name == null ? test : name.and(test), tags);
        }

        /** Marks the rule for {@link Signature#tags}. */
        public Rule tagged(String... more) {
            return new Rule(strength, globs, exactCase, path, name, Set.of(more));
        }

        Hint strength() {
            return strength;
        }

        boolean matches(String relativePath, String fileName) {
            boolean named = false;
            for (Glob glob : globs) {
                if (glob.matches(fileName, exactCase)) {
                    named = true;
                    break;
                }
            }
            return named && (path == null || path.test(relativePath)) && (name == null || name.test(fileName));
        }

        private static Glob[] expand(String[] globs) {
            List<Glob> out = new ArrayList<>();
            for (String glob : globs) {
                for (String alternative : Glob.alternatives(glob)) {
                    out.add(new Glob(alternative));
                }
            }
            return out.toArray(Glob[]::new);
        }
    }

    /**
     * One brace-free glob. The common shapes (a whole name, {@code head*}, {@code *tail},
     * {@code head*tail}) are tested by region compares: hints are asked of most files of a tree.
     */
    static final class Glob {
        private final String text;
        private final String head;
        private final String tail;
        private final Pattern pattern;
        private final Pattern exactPattern;

        Glob(String text) {
            this.text = text;
            int star = text.indexOf('*');
            boolean simple = text.indexOf('?') < 0 && (star < 0 || star == text.lastIndexOf('*'));
            this.head = !simple ? null : star < 0 ? text : text.substring(0, star);
            this.tail = !simple || star < 0 ? null : text.substring(star + 1);
            this.pattern = simple ? null : Pattern.compile(regex(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            this.exactPattern = simple ? null : Pattern.compile(regex(text));
            if (firstWildcard(text) == 0 && extension(text) == null) {
                throw new IllegalArgumentException("a glob needs a literal start or extension to prefilter names: " + text);
            }
        }

        boolean matches(String name, boolean exactCase) {
            if (pattern != null) {
                return (exactCase ? exactPattern : pattern).matcher(name).matches();
            }
            if (tail == null) {
                return exactCase ? name.equals(head) : name.equalsIgnoreCase(head);
            }
            boolean ignoreCase = !exactCase;
            return name.length() >= head.length() + tail.length()
                    && name.regionMatches(ignoreCase, 0, head, 0, head.length())
                    && name.regionMatches(ignoreCase, name.length() - tail.length(), tail, 0, tail.length());
        }

        /** The prefilter key: whole name, else literal start, else extension. */
        void key(Set<String> extensions, Set<String> names, Set<String> prefixes) {
            String lower = NameFilter.lowerCase(text);
            int wildcard = firstWildcard(lower);
            if (wildcard < 0) {
                names.add(lower);
            } else if (wildcard > 0) {
                prefixes.add(lower.substring(0, wildcard));
            } else {
                extensions.add(extension(lower));
            }
        }

        /** The literal after the last dot when no wildcard follows it, else null. */
        private static String extension(String glob) {
            int dot = glob.lastIndexOf('.');
            if (dot < 0 || dot == glob.length() - 1) {
                return null;
            }
            String extension = glob.substring(dot + 1);
            return firstWildcard(extension) < 0 ? NameFilter.lowerCase(extension) : null;
        }

        private static int firstWildcard(String glob) {
            int star = glob.indexOf('*');
            int any = glob.indexOf('?');
            return star < 0 ? any : any < 0 ? star : Math.min(star, any);
        }

        private static String regex(String glob) {
            StringBuilder out = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (char c : glob.toCharArray()) {
                if (c == '*' || c == '?') {
                    out.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                    literal.setLength(0);
                } else {
                    literal.append(c);
                }
            }
            return out.append(Pattern.quote(literal.toString())).toString();
        }

        /** {@code a{b,c}d{e,f}} as its four brace-free spellings. */
        static List<String> alternatives(String glob) {
            int open = glob.indexOf('{');
            if (open < 0) {
                return List.of(glob);
            }
            int close = glob.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed brace in " + glob);
            }
            List<String> out = new ArrayList<>();
            for (String choice : glob.substring(open + 1, close).split(",", -1)) {
                out.addAll(alternatives(glob.substring(0, open) + choice + glob.substring(close + 1)));
            }
            return out;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
