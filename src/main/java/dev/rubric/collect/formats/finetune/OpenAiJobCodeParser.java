package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.code.MaskedCode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code that creates OpenAI fine-tuning jobs (formats.md §3.6): {@code client.fine_tuning.jobs.create(...)}
 * in Python, {@code client.fineTuning.jobs.create({...})} in TypeScript/JavaScript, and the
 * pre-1.0 {@code openai.FineTuningJob.create(...)}. Arguments are read as text, never run: a
 * literal, a module-level string constant, or {@code upload.id} of a {@code files.create(file=open("path"))}
 * in the same file (the local JSONL the training file was uploaded from).
 */
public final class OpenAiJobCodeParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{py,ts,mts,cts,js,mjs,cjs}"));
    private static final Needles JOB_APIS = Needles.of("fine_tuning", "fineTuning", "FineTuningJob");
    private static final Pattern CALL = Pattern.compile(
            "\\b(?:fine_tuning|fineTuning)\\s*\\.\\s*jobs\\s*\\.\\s*create\\s*\\(|\\bFineTuningJob\\s*\\.\\s*create\\s*\\(");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern UPLOAD_ID = Pattern.compile("([A-Za-z_$][\\w$]*)\\.id");
    private static final Pattern FIRST_STRING = Pattern.compile("([\"'`])([^\"'`\\n]+)\\1");

    private static String language(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".py")) {
            return "python";
        }
        if (name.endsWith(".ts") || name.endsWith(".mts") || name.endsWith(".cts")) {
            return "typescript";
        }
        return name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".cjs") ? "javascript" : null;
    }

    public OpenAiJobCodeParser() {
        super("openai-fine-tuning-code", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (JOB_APIS.noneIn(file)) {
            return false;
        }
        String masked = MaskedCode.of(file);
        if (masked == null) {
            return false;
        }
        String text = file.text();
        // found in code only; the arguments are read from the text, at the same offsets
        Matcher call = CALL.matcher(masked);
        int count = 0;
        while (call.find()) {
            int open = call.end() - 1;
            int close = CallArguments.closingParen(text, open);
            int line = file.lineOf(call.start());
            if (close < 0) {
                sink.error(line, 0, "fine-tuning job call: cannot find the end of its arguments");
                continue;
            }
            if (count == 0) {
                sink.classify("code", language(file.fileName()), "parsed");
            }
            count++;
            String id = file.subjectId() + "#fine_tuning.jobs.create" + (count == 1 ? "" : "~" + count);
            FineTuneDraft.emitSafely(sink, line, "fine-tuning job call", () -> read(text, id, line, text.substring(open + 1, close)));
        }
        return count > 0;
    }

    private static FineTuneDraft read(String text, String id, int line, String arguments) {
        Map<String, String> args = CallArguments.keywords(arguments);
        FineTuneDraft draft = new FineTuneDraft(id, line, OpenAiJobParser.FRAMEWORK);
        draft.baseModel(value(text, args.get("model")), null, line);
        draft.dataset(value(text, args.get("training_file")), "train", null, null, null, null);
        draft.dataset(value(text, args.get("validation_file")), "validation", null, null, null, null);
        if (args.get("hyperparameters") != null) {
            hyperparameters(args.get("hyperparameters"), draft);
        }
        if (args.get("method") != null) {
            Map<String, String> method = CallArguments.entries(args.get("method"));
            draft.method = method.get("type") == null ? null : CallArguments.string(method.get("type"));
            if (draft.method != null && method.get(draft.method) != null) {
                String hyper = CallArguments.entries(method.get(draft.method)).get("hyperparameters");
                if (hyper != null) {
                    hyperparameters(hyper, draft);
                }
            }
        }
        String suffix = value(text, args.get("suffix"));
        if (suffix != null) {
            draft.hyperparameters.put("suffix", suffix);
        }
        Object seed = args.get("seed") == null ? null : CallArguments.number(args.get("seed"));
        draft.seed = seed instanceof Long l ? l : null;
        return draft;
    }

    private static void hyperparameters(String raw, FineTuneDraft draft) {
        Map<String, String> entries = CallArguments.entries(raw);
        for (String key : OpenAiJobParser.HYPERPARAMETERS) {
            String value = entries.get(key);
            if (value != null) {
                Object number = CallArguments.number(value);
                Object kept = number != null ? number : CallArguments.string(value);
                if (kept != null) {
                    draft.hyperparameters.put(key, kept);
                }
            }
        }
    }

    /** A literal, a string constant defined in the file, or the local file behind an upload id. */
    private static String value(String text, String raw) {
        if (raw == null) {
            return null;
        }
        String literal = CallArguments.string(raw);
        if (literal != null) {
            return literal;
        }
        String trimmed = raw.strip();
        if (IDENTIFIER.matcher(trimmed).matches()) {
            return constant(text, trimmed);
        }
        Matcher upload = UPLOAD_ID.matcher(trimmed);
        return upload.matches() ? uploadedFile(text, upload.group(1)) : null;
    }

    /** {@code NAME = "x"} (Python) or {@code const NAME = "x"} (JS/TS) on a line of its own. */
    private static String constant(String text, String name) {
        Pattern assignment = Pattern.compile("(?m)^[ \\t]*(?:(?:export[ \\t]+)?(?:const|let|var)[ \\t]+)?"
                + Pattern.quote(name) + "[ \\t]*(?::[ \\t]*[\\w.\\[\\]]+[ \\t]*)?=[ \\t]*([\"'`])([^\"'`\\n]*)\\1");
        Matcher m = assignment.matcher(text);
        return m.find() && !(m.group(1).equals("`") && m.group(2).contains("${")) ? m.group(2) : null;
    }

    /** {@code name = client.files.create(file=open("data/train.jsonl", "rb"), ...)}: the path opened. */
    private static String uploadedFile(String text, String name) {
        Pattern upload = Pattern.compile("\\b" + Pattern.quote(name)
                + "\\s*=\\s*(?:await\\s+)?[\\w$.]*files\\s*\\.\\s*create\\s*\\(");
        Matcher m = upload.matcher(text);
        if (!m.find()) {
            return null;
        }
        int close = CallArguments.closingParen(text, m.end() - 1);
        if (close < 0) {
            return null;
        }
        String file = CallArguments.keywords(text.substring(m.end(), close)).get("file");
        if (file == null) {
            return null;
        }
        Matcher path = FIRST_STRING.matcher(file);
        return path.find() ? path.group(2) : null;
    }
}
