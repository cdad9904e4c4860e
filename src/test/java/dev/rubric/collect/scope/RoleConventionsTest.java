package dev.rubric.collect.scope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleConventionsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            app/main.py                                      | production
            src/main/java/com/acme/Triage.java               | production
            # package folders below a JVM source root are not conventions (spring-ai-examples' apps)
            app/src/main/java/com/example/agentic/Chain.java | production
            agents/src/main/java/org/acme/samples/Agent.java | production
            rag/src/main/kotlin/com/example/docs/Rag.kt      | production
            src/test/java/com/example/ChainTest.java         | test
            examples/app/src/main/java/com/acme/Main.java    | example
            prompts/system.md                                | production
            .github/workflows/test.yml                       | production
            .github/README.md                                | production
            # tests, by folder and by each ecosystem's file names
            tests/test_triage.py                             | test
            app/tests/helpers.py                             | test
            app/test_triage.py                               | test
            app/triage_test.py                               | test
            conftest.py                                      | test
            app/tests.py                                     | test
            pkg/router/router_test.go                        | test
            pkg/router/testdata/prompt.txt                   | test
            src/test/java/com/acme/TriageTest.java           | test
            src/test/resources/application.yaml              | test
            src/it/java/com/acme/TriageIT.java               | test
            src/integrationTest/kotlin/Triage.kt             | test
            src/testFixtures/java/Fakes.java                 | test
            web/src/__tests__/chat.tsx                       | test
            web/src/chat.test.ts                             | test
            web/src/chat.spec.jsx                            | test
            web/cypress/e2e/login.cy.js                      | test
            e2e/login.ts                                     | test
            Acme.Chat.Tests/ChatServiceTests.cs              | test
            Acme.Chat.UnitTests/Fakes.cs                     | test
            spec/models/invoice_spec.rb                      | test
            app/fixtures/openai_response.json                | test
            app/__mocks__/openai.ts                          | test
            # examples, docs
            examples/rag/app.py                              | example
            samples/chat/prompt.prompty                      | example
            workshop/lab1/main.py                            | example
            notebooks/explore.py                             | example
            cookbook/agents/agent.py                         | example
            demos/chat/index.ts                              | example
            docs/getting-started.md                          | docs
            docs/examples/snippet.py                         | example
            website/docs/intro.md                            | docs
            README.md                                        | docs
            services/api/README.rst                          | docs
            CHANGELOG.md                                     | docs
            SECURITY.md                                      | docs
            # vendored and generated
            vendor/github.com/x/y/client.go                  | vendored
            third_party/llama/examples/tests/x_test.py       | vendored
            web/node_modules/openai/index.js                 | vendored
            api/v1/service.pb.go                             | generated
            api/service_pb2.py                               | generated
            web/static/app.min.js                            | generated
            src/generated/client.ts                          | generated
            src/Client.generated.cs                          | generated
            # locale
            src/i18n/fr.json                                 | locale
            public/locales/de/translation.json               | locale
            config/locales/de.yml                            | locale
            web/lang/zh-CN.js                                | locale
            src/assets/pt-BR.json                            | locale
            app/src/main/res/values-fr/strings.xml           | locale
            po/fr.po                                         | locale
            src/main/resources/messages_fr.properties        | locale
            src/main/resources/messages_pt_BR.properties     | locale
            ios/fr.lproj/Localizable.strings                 | locale
            # configuration files named as examples of one
            helm/values-example.yaml                         | example
            config/settings.example.yaml                     | example
            deploy/example-values.yaml                       | example
            conf/app.sample.toml                             | example
            # precedence: the file name, then the innermost folder
            examples/app/test_demo.py                        | test
            examples/app/tests/helpers.py                    | test
            tests/examples/request.json                      | example
            examples/docs/guide.md                           | docs
            tests/README.md                                  | docs
            examples/i18n/fr.json                            | locale
            """)
    void conventions(String path, String role) {
        assertThat(RoleConventions.role(path)).isEqualTo(role);
    }

    /** Names that contain a convention's word without being one: production. */
    @ParameterizedTest(name = "{0} is production")
    @CsvSource(textBlock = """
            src/testing_utils.py
            contest/solve.py
            latest/config.yaml
            app/docs_api.py
            examples_loader/load.py
            app/test.py
            src/main/java/com/acme/AbTest.java
            src/main/resources/messages.properties
            src/main/resources/application_dev.properties
            config/security.yaml
            infra/ai.yaml
            app/history.py
            app/readme_builder.py
            web/src/testimonials.ts
            web/src/spectrum.ts
            src/main/java/com/acme/Tests.java
            deploy/values-prod/values.yaml
            models/en/model.safetensors.index.json
            helm/values.yaml
            config/sampler.yaml
            config/sample-rate.yaml
            config/example.yaml
            config/counterexample.yaml
            src/main/java/rag/Naive_RAG_Example.java
            app/sample_data.py
            .env.example
            app/.env.sample
            """)
    void lookAlikes(String path) {
        assertThat(RoleConventions.role(path)).isEqualTo("production");
    }
}
