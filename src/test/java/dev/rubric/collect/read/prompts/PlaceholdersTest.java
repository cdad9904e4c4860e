package dev.rubric.collect.read.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void rootNamesInOrderOfFirstUse() {
        assertThat(Placeholders.roots("Hi {{ name }}, about {{order.id}} and {{ name }} again; {{{raw}}}"))
                .containsExactly("name", "order", "raw");
    }

    @Test
    void handlebarsHelpersAndBlocksAreNotInputs() {
        String template = """
                {{#role "system"}}You plan trips.{{/role}}
                {{>style tone="warm"}}
                {{! a comment with {{fake}} inside }}
                {{!-- another {{hidden}} --}}
                {{#if premium}}Extra{{else}}Basic{{/if}}
                {{history}}
                {{media url=photoUrl}}
                {{json schema}}
                {{section "output"}}
                Plan a day in {{city}} for {{@root.traveller}}.
                """;
        assertThat(Placeholders.roots(template))
                .containsExactly("premium", "photoUrl", "schema", "city", "traveller");
    }

    @Test
    void namesInsideEachBlocksBelongToTheItem() {
        String template = "{{#each stops}}- {{name}} at {{time}} for {{@root.city}} {{this}}{{/each}} in {{country}}";
        assertThat(Placeholders.roots(template)).containsExactly("stops", "city", "country");
    }

    @Test
    void mustacheSectionsScopeTheirContent() {
        assertThat(Placeholders.roots("{{#items}}{{label}}{{/items}}{{^items}}none for {{user}}{{/items}}"))
                .containsExactly("items", "user");
    }

    @Test
    void jinjaFiltersLoopsAndAssignments() {
        String template = """
                {% set greeting = "hi" %}
                {{ greeting }} {{ customer.first_name | title }}
                {% for item in cart.items %}{{ item.sku }} {{ loop.index }}{% endfor %}
                {% if vip and not banned %}{{ "literal" }}{% endif %}
                {# {{ commented }} #}
                """;
        assertThat(Placeholders.roots(template)).containsExactly("customer", "cart", "vip", "banned");
    }

    @Test
    void noPlaceholders() {
        assertThat(Placeholders.roots("Just text with { braces } and }} stray")).isEmpty();
    }
}
