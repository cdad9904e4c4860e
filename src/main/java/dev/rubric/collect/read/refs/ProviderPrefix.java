package dev.rubric.collect.read.refs;

import java.util.Locale;

/**
 * A model reference split into the serving provider and the model name. Only known provider
 * names count as a prefix: {@code meta-llama/Llama-3.2-1B} is a hub id whose first part is an
 * organisation, and {@code qwen3:1.7b} is an Ollama name with a tag, not a provider. The
 * prefixes are listed in {@code models/identity.yaml}.
 */
public record ProviderPrefix(String provider, String name) {
    public static ProviderPrefix split(String reference) {
        int slash = reference.indexOf('/');
        if (slash > 0 && !reference.startsWith("/", slash + 1)) {
            String head = reference.substring(0, slash).toLowerCase(Locale.ROOT);
            if (ModelIdentity.table().slashProviders.contains(head) && slash + 1 < reference.length()) {
                return new ProviderPrefix(head, reference.substring(slash + 1));
            }
        }
        int colon = reference.indexOf(':');
        if (colon > 0 && (slash < 0 || colon < slash) && !reference.startsWith("//", colon + 1)) {
            String head = reference.substring(0, colon).toLowerCase(Locale.ROOT);
            if (ModelIdentity.table().colonProviders.contains(head) && colon + 1 < reference.length()) {
                return new ProviderPrefix(head, withoutApiKind(reference.substring(colon + 1)));
            }
        }
        return new ProviderPrefix(null, reference);
    }

    private static String withoutApiKind(String rest) {
        int colon = rest.indexOf(':');
        while (colon > 0 && colon + 1 < rest.length()
                && ModelIdentity.table().apiKinds.contains(rest.substring(0, colon).toLowerCase(Locale.ROOT))) {
            rest = rest.substring(colon + 1);
            colon = rest.indexOf(':');
        }
        return rest;
    }
}
