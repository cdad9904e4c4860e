package dev.rubric.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Whatever surrounds it, a credential-shaped value planted on its own line or as its own argument
 * never survives scrubbing, and scrubbing terminates. Only the public contract is asserted: the
 * patterns behind it may change. See docs/fuzzing.md.
 */
class SecretsFuzzTest {
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @FuzzTest(maxDuration = "10m")
    void plantedSecretNeverSurvives(FuzzedDataProvider data) {
        String secret = planted(data);
        String around = data.consumeString(4096);
        assertThat(Secrets.scrubText(around + "\n" + secret + "\n" + around)).doesNotContain(secret);
        assertThat(Secrets.looksLikeCredential(secret)).isTrue();

        List<String> args = new ArrayList<>();
        while (data.remainingBytes() > 0 && args.size() < 64) {
            args.add(data.consumeString(256));
        }
        args.add(secret);
        assertThat(Secrets.scrubArgs(args)).doesNotContain(secret);
        // the answers for the fuzzed text itself are not judged, only that they come
        Secrets.isSecretName(around);
        Secrets.keepOrNull(around, around);
    }

    /** One of the vendor shapes the scrubber promises to know, with a body chosen by the fuzzer. */
    private static String planted(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> "sk-" + body(data, 24);
            case 1 -> "ghp_" + body(data, 36);
            case 2 -> "hf_" + body(data, 34);
            default -> "glpat-" + body(data, 20);
        };
    }

    private static String body(FuzzedDataProvider data, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERIC.charAt(data.consumeInt(0, ALPHANUMERIC.length() - 1)));
        }
        return out.toString();
    }
}
