package dev.rubric.collect.read.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Mark;
import dev.rubric.yaml.SafeYaml;
import dev.rubric.yaml.YamlException;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    private final SafeYaml yaml = new SafeYaml(1_000_000);

    @Test
    void frontMatterAtTheTop() throws YamlException {
        FrontMatter fm = FrontMatter.split("---\nname: a\n---\nHello\n");
        assertThat(fm.present()).isTrue();
        assertThat(fm.unclosed()).isFalse();
        assertThat(fm.openLine()).isEqualTo(1);
        assertThat(fm.yamlLine()).isEqualTo(2);
        assertThat(fm.yaml()).isEqualTo("name: a");
        assertThat(fm.bodyLine()).isEqualTo(4);
        assertThat(fm.body()).isEqualTo("Hello\n");
        MapNode node = (MapNode) fm.read(yaml);
        assertThat(node.text("name")).contains("a");
        assertThat(node.keyMark("name")).as("marks are file positions").isEqualTo(new Mark(2, 1));
    }

    @Test
    void commentsAndBlankLinesMayComeFirst() {
        FrontMatter fm = FrontMatter.split("# Copyright\n#\n\n  # indented\n---\nmodel: x\n---\nbody");
        assertThat(fm.openLine()).isEqualTo(5);
        assertThat(fm.yamlLine()).isEqualTo(6);
        assertThat(fm.bodyLine()).isEqualTo(8);
        assertThat(fm.body()).isEqualTo("body");
    }

    @Test
    void fencesMayHaveTrailingSpaces() {
        FrontMatter fm = FrontMatter.split("---  \nname: a\n--- \t\nbody");
        assertThat(fm.yaml()).isEqualTo("name: a");
        assertThat(fm.body()).isEqualTo("body");
    }

    @Test
    void aLongerDashLineIsNotAFence() {
        FrontMatter fm = FrontMatter.split("---\na: 1\n----\nb: 2\n---\nbody");
        assertThat(fm.yaml()).isEqualTo("a: 1\n----\nb: 2");
        assertThat(fm.bodyLine()).isEqualTo(6);
    }

    @Test
    void textBeforeTheFenceMeansNoFrontMatter() {
        FrontMatter fm = FrontMatter.split("system:\nYou help.\n---\nname: a\n---\n");
        assertThat(fm.present()).isFalse();
        assertThat(fm.yaml()).isNull();
        assertThat(fm.bodyLine()).isEqualTo(1);
        assertThat(fm.body()).startsWith("system:");
    }

    @Test
    void emptyFrontMatterReadsAsNothing() throws YamlException {
        FrontMatter fm = FrontMatter.split("---\n---\nuser:\n{{q}}\n");
        assertThat(fm.present()).isTrue();
        assertThat(fm.yaml()).isEmpty();
        assertThat(fm.read(yaml)).isNull();
        assertThat(fm.bodyLine()).isEqualTo(3);
    }

    @Test
    void closingFenceOnTheLastLineLeavesAnEmptyBody() {
        FrontMatter fm = FrontMatter.split("---\nname: a\n---");
        assertThat(fm.body()).isEmpty();
        assertThat(fm.bodyLine()).isEqualTo(4);
    }

    @Test
    void unclosedFrontMatterReportsTheOpeningLine() {
        FrontMatter fm = FrontMatter.split("\n# note\n---\nname: a\nbody without end\n");
        assertThat(fm.unclosed()).isTrue();
        assertThat(fm.openLine()).isEqualTo(3);
        assertThat(fm.yaml()).isNull();
    }

    @Test
    void yamlErrorsPointAtTheFileLine() {
        FrontMatter fm = FrontMatter.split("# licence\n# text\n---\nname: a\nmodel: [unclosed\n---\nbody\n");
        assertThatThrownBy(() -> fm.read(yaml))
                .isInstanceOfSatisfying(YamlException.class, e -> assertThat(e.mark()).isEqualTo(new Mark(5, 17)));
    }

    @Test
    void duplicateKeyErrorsPointAtTheSecondKey() {
        FrontMatter fm = FrontMatter.split("\n---\nname: a\nversion: 1\nname: b\n---\n");
        assertThatThrownBy(() -> fm.read(yaml))
                .isInstanceOfSatisfying(YamlException.class, e -> {
                    assertThat(e.mark()).isEqualTo(new Mark(5, 1));
                    assertThat(e.getMessage()).isEqualTo("duplicate key 'name' (first at line 3)");
                });
    }
}
