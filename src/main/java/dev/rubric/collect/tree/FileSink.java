package dev.rubric.collect.tree;

import dev.rubric.collect.ForwardingSink;
import dev.rubric.collect.LocatedSink;
import dev.rubric.collect.SubjectSink;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Location;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What parsers report into, for one file: subjects go straight on to the collector's sink, and
 * the file's own classification is remembered so the walker writes exactly one {@code files}
 * record.
 */
public final class FileSink extends ForwardingSink implements LocatedSink {
    /** Where an embedded text's own sink reports: beside this one, so its problems are not this file's. */
    private final SubjectSink evidence;
    private final ParsedFile file;
    private final List<FormatParser> parsers;
    private String kind;
    private String format;
    private String parseStatus;
    private final Map<String, Object> facts = new TreeMap<>();
    private final AtomicInteger errors = new AtomicInteger();

    /** @param parsers the registry in force, asked again about text embedded in this file */
    public FileSink(SubjectSink evidence, ParsedFile file, List<FormatParser> parsers) {
        super(evidence);
        this.evidence = evidence;
        this.file = file;
        this.parsers = parsers;
    }

    /**
     * Runs every parser whose hint accepts {@code name} over text embedded in this file (a
     * ConfigMap value, a Helm values block, ...). What they find is recorded as usual; the embedded
     * families are listed in this file's facts under "embeds".
     *
     * @param firstLine the line of this file on which the embedded text starts
     * @return true when some parser recognised the embedded text
     */
    public boolean parseEmbedded(String name, String subjectSuffix, String text, int firstLine, String carrier) {
        ParsedFile embedded = file.embedded(name, subjectSuffix, text, firstLine, carrier);
        FileSink inner = new FileSink(evidence, embedded, parsers);
        boolean recognised = false;
        Hint[] hints = HintIndex.of(parsers).hints(name, name);
        for (int i = 0; hints != null && i < hints.length; i++) {
            if (hints[i] != Hint.NONE) {
                recognised |= parsers.get(i).parse(embedded, inner);
            }
        }
        if (inner.kind != null) {
            synchronized (this) {
                @SuppressWarnings("unchecked")
                Set<String> embeds = (Set<String>) facts.computeIfAbsent("embeds", k -> new TreeSet<String>());
                embeds.add(inner.kind);
            }
        }
        return recognised;
    }

    /**
     * A sink for another file of the same walk (the template a chart rendered), reporting to the same
     * evidence and asking the same parsers about text embedded in it; its classification is not recorded.
     */
    public FileSink sinkFor(ParsedFile other) {
        return new FileSink(evidence, other, parsers);
    }

    /** Declares what the file is; the first declaration wins when several parsers recognise it. */
    public void classify(String kind, String format, String parseStatus) {
        if (this.kind == null) {
            this.kind = kind;
            this.format = format;
            this.parseStatus = parseStatus;
        }
    }

    /** A supply-chain fact about the file itself, kept in its {@code files} record. */
    public synchronized void fact(String name, Object value) {
        if (value != null) {
            facts.put(name, value);
        }
    }

    /** A problem anywhere; counted like the ones at a position in this file. */
    @Override
    public void error(CollectionError error) {
        errors.incrementAndGet();
        super.error(error);
    }

    /** A problem at a position in this file; line and column are 1-based, 0 when unknown. */
    @Override
    public void error(int line, int column, String message) {
        errors.incrementAndGet();
        Location at = file.variant() != null ? location(0)
                : Location.file(file.sourceId(), file.relativePath(), shift(line), column);
        super.error(new CollectionError(file.sourceId(), at,
                file.variant() == null ? message : "rendered with " + file.variant() + ": " + message));
    }

    /** A position in this file; always build locations here so embedded content points at the real line. */
    @Override
    public Location location(int line) {
        if (file.variant() != null) {
            return Location.rendered(file.sourceId(), file.relativePath(), file.variant());
        }
        return Location.file(file.sourceId(), file.relativePath(), shift(line));
    }

    private int shift(int line) {
        return line > 0 ? line + file.lineOffset() : line;
    }

    /** Problems parsers reported for this file: an unrecognised file with some was unreadable, not foreign. */
    int errorCount() {
        return errors.get();
    }

    public String kind() {
        return kind;
    }

    String format() {
        return format;
    }

    String parseStatus() {
        return parseStatus;
    }

    synchronized Map<String, Object> facts() {
        return facts.isEmpty() ? null : new TreeMap<>(facts);
    }
}
