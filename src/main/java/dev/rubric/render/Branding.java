package dev.rubric.render;

import java.util.Base64;

/**
 * A consultant's cover for the human-readable reports: a title (null: the rubric's title), the
 * client the report is for (null: none shown) and a logo (null: none). The logo's bytes were read
 * and checked by the engine; renderers only embed them, as a data: URI, so the file stays
 * self-contained.
 */
public record Branding(String title, String client, Logo logo) {
    public static final Branding NONE = new Branding(null, null, null);

    /** An image checked to be of {@code mediaType} (image/png, image/jpeg, image/gif, image/webp, image/svg+xml). */
    public record Logo(String mediaType, byte[] bytes) {
        public Logo {
            bytes = bytes.clone();
        }

        public String dataUri() {
            return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
        }
    }
}
