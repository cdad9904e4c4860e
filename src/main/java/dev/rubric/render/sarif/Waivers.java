package dev.rubric.render.sarif;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.report.Waiver;

/**
 * A waiver as a SARIF suppression of the findings it took out of the score: "accepted" and
 * external (it lives in .rubric.yaml, not in the audited code), with the reason, owner and expiry
 * as its justification, so that code scanning shows the alert as dismissed instead of losing it.
 */
final class Waivers {
    private Waivers() {
    }

    static ObjectNode suppression(Waiver w) {
        ObjectNode s = SarifRenderer.NODES.objectNode();
        s.put("kind", "external");
        s.put("status", "accepted");
        StringBuilder why = new StringBuilder(w.reason() == null ? "waived" : w.reason());
        if (w.owner() != null) {
            why.append(" (owner: ").append(w.owner());
            why.append(w.expires() == null ? ")" : ", expires " + w.expires() + ")");
        } else if (w.expires() != null) {
            why.append(" (expires ").append(w.expires()).append(')');
        }
        s.put("justification", why.toString());
        return s;
    }
}
