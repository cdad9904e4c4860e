package dev.rubric.collect.formats;

import java.nio.file.Path;
import java.util.List;

/**
 * One tree that puts a secret into every carrier the parsers read: env files (also OTel headers
 * and endpoints), manifests (env literals, args, {@code sh -c} commands, annotations in prose and
 * PEM, ConfigMap values and prompts, a collector config inside one), Dockerfile ARG defaults, ENV
 * and labels, CI workflow env and commands, CycloneDX properties and service endpoints, an AI
 * inventory, prompt configuration, parameters and bodies (Prompty, Dotprompt, Modelfile, a prompt
 * in Python), dependency index URLs, a LiteLLM config, a serving script, a collector config file,
 * fine-tune dataset URLs (user info, S3 keys, presigned tokens), and malformed JSON and YAML whose
 * parser errors would quote the input. Every value is unique, so a hit names its carrier.
 */
public final class SecretsProofCorpus {
    public static final Path TREE = Path.of("src/test/resources/secrets-proof");

    public static final List<String> SEEDED = List.of(
            "sk-proj-SEEDED0env0file0000000000001",
            "SeededPgPass0002",
            "SeededUrlPass0003",
            "seeded-langfuse-secret-0004",
            "seeded-vllm-key-0005",
            "sk-SEEDED0configmap000000006",
            "hf_SEEDEDdockerfile0000000000000007",
            "SeededPipPass0008",
            "SeededLabelPass0009",
            "sk-SEEDED0workflow0000000010",
            "SeededDockerPass0011",
            "SeededBomPass0012",
            "seeded-bom-key-0013",
            "seeded-prompty-key-0014",
            "seeded-prompt-param-0015",
            "SeededPypiPass0016",
            "SeededNpmPass0017",
            "SeededMavenPass0018",
            "seeded-inventory-key-0019",
            "SeededInvPass0020",
            "seeded-otel-token-0021",
            "sk-SEEDED0litellm00000000000022",
            "seeded-vllm-shell-0023",
            "seeded-dotprompt-key-0024",
            "seeded-gitlab-pass-0025",
            "seeded-bare-token-0026",
            "SeededRedisPass0027",
            "seeded-dockerfile-env-0028",
            "sk-SEEDED0litellm0master000000029",
            "seeded-otel-file-key-0030",
            "seeded-redis-empty-user-0031",
            "seeded-prose-key-0032",
            "seeded-prose-pass-0033",
            "seeded-query-token-0034",
            "MIIEowIBAAKCAQEAseededPemBody0035",
            "SeededPemBodyLine0036xyz==",
            "seeded-dotprompt-body-0037",
            "seededModelfileBearer0038",
            "seeded-inline-pass-0039",
            "seeded-annotation-key-0040",
            "MIIseededAnnotationPem0041",
            "seeded-arg-token-0042",
            "seeded-shell-query-0043",
            "seededEnvBasic0044",
            "seeded-configmap-prompt-0045",
            "seededDotenvBasic0046",
            "seeded-dotenv-query-0047",
            "seeded-otel-userinfo-0048",
            "seeded-litellm-query-0049",
            "seeded-dataset-pass-0050",
            "AKIASEEDED0DATASET51",
            "seeded-s3-secret-0052",
            "ASIASEEDED0CRED00053",
            "seeded0signature0054",
            "seeded-session-token-0055",
            "seeded-yaml-alias-0056");

    /** Planted at test time: a dangling link, and git metadata, which a resource folder cannot hold. */
    public static final String SYMLINK_TARGET = "https://lnuser:seeded-symlink-pass-0057@example.com/x";
    public static final String REMOTE_URL = "https://ci:seeded-remote-pass-0058@git.example.com/r.git";
    public static final String COMMIT_MESSAGE = "rotate token=seeded-commit-message-0059";

    private SecretsProofCorpus() {
    }
}
