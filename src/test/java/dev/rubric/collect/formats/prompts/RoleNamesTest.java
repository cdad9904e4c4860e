package dev.rubric.collect.formats.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.formats.FixtureCasesAccess;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A role given by a name, not a literal, is no system role, and the rest of the file is still read. */
class RoleNamesTest {
    @Test
    void aRoleHeldInAVariableIsNoSystemRoleAndBreaksNothing(@TempDir Path input) throws IOException {
        // an LLM file: every function of it is read
        Files.writeString(input.resolve("chat.py"), """
                from openai import OpenAI


                def membership(user, role):
                    return {"user_id": user, "role": role}


                def pair(role, text):
                    return (role, text)


                def ask(client, question):
                    return client.chat.completions.create(model="gpt-4o-2024-08-06", messages=[
                        {"role": "system", "content": "You answer questions about tenants and their roles."},
                        {"role": "user", "content": question}])
                """);
        String evidence = Json.pretty(FixtureCasesAccess.collect(input));
        assertThat(evidence).doesNotContain("cannot read").contains("You answer questions about tenants and their roles.");
        assertThat(evidence).doesNotContain("user_id");
    }
}
