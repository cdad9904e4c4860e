package dev.rubric.render.sarif;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.report.Waiver;
import java.util.List;
import java.util.Optional;

/**
 * The report's waivers as SARIF suppressions. A waiver names a criterion and a subject selector:
 * absent or "*" for every subject, a trailing "*" for a prefix, otherwise the subject id itself.
 * A suppression is "accepted" and external (it lives in .rubric.yaml, not in the audited code),
 * with the reason, owner and expiry as its justification.
 */
final class Waivers {
    private final List<Waiver> waivers;

    Waivers(List<Waiver> waivers) {
        this.waivers = waivers == null ? List.of() : waivers;
    }

    Optional<ObjectNode> suppression(String criterion, String subject) {
        return waivers.stream().filter(w -> criterion.equals(w.criterion()) && matches(w.subject(), subject)).findFirst()
                .map(Waivers::suppression);
    }

    static boolean matches(String selector, String subject) {
        if (selector == null || selector.equals("*")) {
            return true;
        }
        if (subject == null) {
            return false;
        }
        if (selector.endsWith("*")) {
            return subject.startsWith(selector.substring(0, selector.length() - 1));
        }
        return selector.equals(subject);
    }

    private static ObjectNode suppression(Waiver w) {
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
