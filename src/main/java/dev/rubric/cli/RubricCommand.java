package dev.rubric.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "rubric", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Audits how traceable agentic-AI / LLM systems are: for any response, can a teammate see "
                + "the environment, logs, model version, prompts, code, RAG setup and fine-tune lineage that produced it?",
        footer = {"", ExitCodes.HELP})
final class RubricCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show phase timings (e.g. the git history walk) and details of internal errors.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
