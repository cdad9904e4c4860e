package dev.rubric.collect.secrets;

import com.google.re2j.Pattern;

/**
 * Names a secret is kept under: OPENAI_API_KEY, db.password, client-secret, Authorization, and
 * .NET's configuration keys (KernelMemory:Services:OpenAI:APIKey). The word must stand between
 * separators, so max_tokens or tokenizer is no secret. RE2/J, because
 * the names come from the files read: its matching time is linear in the name, whatever it holds.
 */
final class SecretNames {
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(^|[_\\-.:])(api[_\\-.]?key|apikey|secret|secret[_\\-.]?key|token|access[_\\-.]?token|auth[_\\-.]?token"
                    + "|passw(or)?d|pwd|credentials?|private[_\\-.]?key|master[_\\-.]?key|access[_\\-.]?key"
                    + "|client[_\\-.]?secret|session[_\\-.]?key|connection[_\\-.]?string|bearer|authorization)([_\\-.:]|$)");

    private SecretNames() {
    }

    /** Every word the pattern knows contains one of these: most names contain none, and are answered without it. */
    private static final String[] STEMS = {"key", "secret", "token", "pass", "pwd", "credential", "string", "bearer",
        "auth"};

    static boolean isSecretName(String name) {
        return name != null && hasStem(name) && SECRET_NAME.matcher(name).find();
    }

    private static boolean hasStem(String name) {
        for (int i = 0; i < name.length(); i++) {
            for (String stem : STEMS) {
                if (Chars.startsWithIgnoreCase(name, i, stem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
