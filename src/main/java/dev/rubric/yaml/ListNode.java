package dev.rubric.yaml;

import java.util.ArrayList;
import java.util.List;

/** A YAML sequence. */
public record ListNode(List<Node> items, Mark mark) implements Node {
    @Override
    public String describe() {
        return "a list";
    }

    @Override
    public List<Object> toJava() {
        List<Object> out = new ArrayList<>(items.size());
        for (Node item : items) {
            out.add(item.toJava());
        }
        return out;
    }
}
