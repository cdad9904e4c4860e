package dev.rubric.collect.formats.rag;

import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import java.util.regex.Pattern;

/**
 * Compose files ({@code docker-compose.yml}, {@code compose.prod.yaml}) whose services set a
 * RAG platform's variables in {@code environment:}; the same variables in a {@code .env} file
 * are read by the dotenv parser.
 */
public final class ComposeRagParser implements FormatParser {
    private static final Pattern COMPOSE_NAME = Pattern.compile("(?i)(docker-)?compose([.\\-][\\w.\\-]+)?\\.ya?ml");
    private static final Signature SIGNATURE = Signature.of(
            Signature.weak("compose*.{yml,yaml}", "docker-compose*.{yml,yaml}").matching(COMPOSE_NAME));
    private static final RagEnv RAG_PLATFORMS = new RagEnv();

    @Override
    public String family() {
        return "rag-env";
    }

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        return RAG_PLATFORMS.readCompose(file, sink);
    }
}
