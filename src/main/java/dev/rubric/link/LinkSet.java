package dev.rubric.link;

import dev.rubric.evidence.Link;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The links of the evidence plus those a step adds, each id once: a step applied to its own
 * output finds every hop again and must add nothing.
 */
final class LinkSet {
    private final List<Link> links;
    private final Set<String> ids = new HashSet<>();
    private boolean added;

    LinkSet(List<Link> existing) {
        links = new ArrayList<>(existing);
        existing.forEach(link -> ids.add(link.id()));
    }

    void add(Link link) {
        if (ids.add(link.id())) {
            links.add(link);
            added = true;
        }
    }

    boolean added() {
        return added;
    }

    List<Link> list() {
        return List.copyOf(links);
    }
}
