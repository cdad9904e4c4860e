package dev.rubric.collect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per kind of secret the free-text redactor must find, and texts it must leave alone. */
class SecretsTest {
    private static final String M = Secrets.MARKER;

    @Test
    void a_pem_private_key_loses_its_body_not_only_its_begin_line() {
        String text = "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7bodyline1\nbodyline2XYZ==\n"
                + "-----END RSA PRIVATE KEY-----\nafter";
        assertThat(Secrets.scrubText(text)).isEqualTo("key:\n" + M + "\nafter");
        // folded onto one line (a prompt excerpt), and cut before its END line
        assertThat(Secrets.scrubText("x -----BEGIN PRIVATE KEY----- MIIEvQIBADANBgkqhkiG9w0 mor…"))
                .isEqualTo("x " + M);
        assertThat(Secrets.scrubText("-----BEGIN CERTIFICATE----- MIIBcert -----END CERTIFICATE-----"))
                .as("a certificate is public").isEqualTo("-----BEGIN CERTIFICATE----- MIIBcert -----END CERTIFICATE-----");
    }

    @Test
    void secret_names_include_dotnet_configuration_keys() {
        assertThat(Secrets.isSecretName("KernelMemory:Services:OpenAI:APIKey")).isTrue();
        assertThat(Secrets.isSecretName("ChatStore:Cosmos:ConnectionString")).isTrue();
        assertThat(Secrets.isSecretName("Logging:LogLevel:Default")).isFalse();
        assertThat(Secrets.isSecretName("Tokenizer:MaxTokens")).as("a word inside a word").isFalse();
    }

    @Test
    void url_user_info_loses_its_password_in_every_form() {
        assertThat(Secrets.scrubText("https://user:pw0Secret@data.example.com/train.jsonl"))
                .isEqualTo("https://user:" + M + "@data.example.com/train.jsonl");
        assertThat(Secrets.scrubText("redis://:RedisPw66@cache:6379/0")).isEqualTo("redis://:" + M + "@cache:6379/0");
        assertThat(Secrets.scrubText("s3://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMIK7MDENG@bucket/train.jsonl"))
                .isEqualTo("s3://" + M + ":" + M + "@bucket/train.jsonl");
        assertThat(Secrets.scrubText("dangling symbolic link: its target https:/lnuser:LinkPass99@example.com/x"))
                .as("a URL that went through a file path").isEqualTo("dangling symbolic link: its target https:/lnuser:" + M + "@example.com/x");
        assertThat(Secrets.scrubText("git clone https://x-access-token:ghs_abc@github.com/o/r and https://a:b@h"))
                .isEqualTo("git clone https://x-access-token:" + M + "@github.com/o/r and https://a:" + M + "@h");
    }

    @Test
    void credential_query_parameters_lose_their_values() {
        assertThat(Secrets.scrubText("https://api.example.com/v1?token=QueryTok22&model=gpt-4o"))
                .isEqualTo("https://api.example.com/v1?token=" + M + "&model=gpt-4o");
        assertThat(Secrets.scrubText("wss://x.example.com/s?a=1&api_key=K3y9 next"))
                .isEqualTo("wss://x.example.com/s?a=1&api_key=" + M + " next");
        assertThat(Secrets.scrubText("https://generativelanguage.googleapis.com/v1?key=abc123"))
                .isEqualTo("https://generativelanguage.googleapis.com/v1?key=" + M);
        assertThat(Secrets.scrubText("https://b.s3.amazonaws.com/t.jsonl?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Signature=deadbeef0123&X-Amz-Date=20240101"))
                .isEqualTo("https://b.s3.amazonaws.com/t.jsonl?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                        + "&X-Amz-Signature=" + M + "&X-Amz-Date=20240101");
        // a dashed name with a secret word reads as a flag as well, whose value runs to the next blank
        assertThat(Secrets.scrubText("https://b.s3.amazonaws.com/t?X-Amz-Credential=ASIAXX%2F2024&X-Amz-Security-Token=Fw55 x"))
                .isEqualTo("https://b.s3.amazonaws.com/t?X-Amz-Credential=" + M + " x");
        assertThat(Secrets.scrubText("https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sig=AbC%2Bd0"))
                .isEqualTo("https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sig=" + M);
    }

    @Test
    void authorization_headers_lose_their_credentials_in_any_carrier() {
        assertThat(Secrets.scrubText("Authorization=Basic%20dXNlcjpPdGVsUHc=,x-team=ml"))
                .isEqualTo("Authorization=" + M + ",x-team=ml");
        assertThat(Secrets.scrubText("curl -H 'Authorization: Bearer abcDEF123456' https://h"))
                .isEqualTo("curl -H 'Authorization: " + M + "' https://h");
        assertThat(Secrets.scrubText("send the header Bearer eyJhbGciOiJIUzI1NiJ9xx to it"))
                .isEqualTo("send the header Bearer " + M + " to it");
        assertThat(Secrets.scrubText("headers: {authorization: Basic dXNlcjpwYXNz}"))
                .isEqualTo("headers: {authorization: " + M + "}");
    }

    @Test
    void secret_keys_in_prose_lose_their_values() {
        assertThat(Secrets.scrubText("Connect with api_key=ProseKey44 and password: ProsePw33."))
                .isEqualTo("Connect with api_key=" + M + " and password: " + M);
        assertThat(Secrets.scrubText("config {\"client_secret\": \"s3cr3t value\", \"name\": \"x\"}"))
                .isEqualTo("config {\"client_secret\": \"" + M + "\", \"name\": \"x\"}");
        assertThat(Secrets.scrubText("set OPENAI_API_KEY = 'abc def' first")).isEqualTo("set OPENAI_API_KEY = '" + M + "' first");
        assertThat(Secrets.scrubText("password: *Hunter2")).isEqualTo("password: " + M);
    }

    @Test
    void flags_keep_their_name_and_lose_their_value() {
        assertThat(Secrets.scrubText("vllm serve m --api-key seeded-1 --port 8000"))
                .isEqualTo("vllm serve m --api-key " + M + " --port 8000");
        assertThat(Secrets.scrubText("run --hf-token=\"a b\" --tokenizer t")).isEqualTo("run --hf-token=" + M + " --tokenizer t");
        assertThat(Secrets.scrubArgs(java.util.List.of("--api-key", "k", "--secret=s", "--tokenizer", "t")))
                .containsExactly("--api-key", M, "--secret=" + M, "--tokenizer", "t");
    }

    @Test
    void vendor_keys_and_jwts_are_found_by_their_shape() {
        assertThat(Secrets.scrubText("k=sk-proj-abcdefghijklmnop1234 and AKIAIOSFODNN7EXAMPLE."))
                .isEqualTo("k=" + M + " and " + M + ".");
        assertThat(Secrets.scrubText("t eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig_nature end"))
                .isEqualTo("t " + M + " end");
    }

    /** Texts that look a little like secrets but are not: they must come out as they went in. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Answer in 3 sentences. Use the tokenizer: cl100k_base, max_tokens=512.",
        "Basic authentication is off; bearer tokens are used.",
        "https://huggingface.co/meta-llama/Llama-3.1-8B?revision=main#readme",
        "postgres://app@db:5432/app and git@github.com:o/r.git",
        "api_key=${OPENAI_API_KEY} token: {{token}} password=<redacted>",
        "-------------------- a rule --------------------",
        "OTEL_EXPORTER_OTLP_ENDPOINT=https://otel.example.com:4318",
        "--tokenizer-mode auto --max-num-seqs 8"})
    void text_without_secrets_is_unchanged(String text) {
        assertThat(Secrets.scrubText(text)).isEqualTo(text);
    }

    @Test
    void redacting_twice_is_redacting_once() {
        String text = "api_key=a b; https://u:p@h?token=t Authorization: Bearer abcDEF123456 --secret s "
                + "-----BEGIN EC PRIVATE KEY----- x";
        String once = Secrets.scrubText(text);
        assertThat(Secrets.scrubText(once)).isEqualTo(once);
    }
}
