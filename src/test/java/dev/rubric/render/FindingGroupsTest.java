package dev.rubric.render;

import static dev.rubric.render.TestReports.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.report.Finding;
import dev.rubric.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingGroupsTest {

    @Test
    void the_same_finding_at_several_places_is_one_group_and_a_like_message_elsewhere_is_not() throws Exception {
        Report report = TestReports.of(index -> switch (index) {
            case 0 -> List.of(new Finding("a", file("a.yaml", 3), 0, "model x is opaque"),
                    new Finding("b", file("b.yaml", 7), 0.5, "model x is opaque"),
                    new Finding("c", file("c.yaml", 1), 0, "model y is opaque"));
            // the same words under another criterion are another problem
            case 1 -> List.of(new Finding("a", file("a.yaml", 3), 0, "model x is opaque"));
            default -> List.of();
        });
        List<FindingGroups.Group> groups = FindingGroups.of(report);
        assertThat(groups).extracting(g -> g.criterion().id() + ": " + g.message() + " ×" + g.count()).containsExactly(
                report.criteria().get(0).id() + ": model x is opaque ×2",
                report.criteria().get(0).id() + ": model y is opaque ×1",
                report.criteria().get(1).id() + ": model x is opaque ×1");
        FindingGroups.Group x = groups.get(0);
        assertThat(x.score()).as("the worst of its places").isEqualTo(0.0);
        assertThat(x.places()).extracting(l -> l.path() + ":" + l.line()).containsExactly("a.yaml:3", "b.yaml:7");
        assertThat(x.gain()).as("the gain score/ computed for this group").isNotNull();
        assertThat(x.gain().places()).isEqualTo(2);
        assertThat(x.gain().message()).isEqualTo("model x is opaque");
        assertThat(FindingGroups.findings(report)).isEqualTo(4);
    }

    @Test
    void by_gain_puts_the_biggest_fix_first() throws Exception {
        Report report = TestReports.huge(300);
        List<FindingGroups.Group> ranked = FindingGroups.byGain(report);
        assertThat(ranked).hasSize(FindingGroups.of(report).size());
        for (int i = 1; i < ranked.size(); i++) {
            double before = ranked.get(i - 1).gain() == null ? -1 : ranked.get(i - 1).gain().points();
            double after = ranked.get(i).gain() == null ? -1 : ranked.get(i).gain().points();
            assertThat(before).isGreaterThanOrEqualTo(after);
        }
    }
}
