package dev.rubric.link;

import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.FileHistory;
import dev.rubric.evidence.Prompt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A prompt takes the git history of the file that holds it: "who changed this prompt, when, and
 * was it evaluated since" is asked of the prompt, while git answers it for the file. Every prompt
 * is found in a file that has its own {@code files} record (the walker records each file a parser
 * recognised), so the join is by source and path; a prompt whose file has no history (outside a
 * repository) is left as it is.
 */
public final class FileHistoryJoin implements LinkStep {
    @Override
    public String name() {
        return "file-history";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        Map<String, FileHistory> byFile = new HashMap<>();
        for (ArtifactFile file : evidence.files()) {
            FileHistory history = file.history();
            if (history != null) {
                byFile.put(key(file.location().source(), file.path()), history);
            }
        }
        if (byFile.isEmpty()) {
            return evidence;
        }
        List<Prompt> prompts = evidence.prompts().stream()
                .map(prompt -> {
                    FileHistory history = byFile.get(key(prompt.location().source(), prompt.location().path()));
                    return history == null ? prompt : prompt.withHistory(history);
                })
                .toList();
        return evidence.withPrompts(prompts);
    }

    private static String key(String source, String path) {
        return source + '\u0000' + path;
    }
}
