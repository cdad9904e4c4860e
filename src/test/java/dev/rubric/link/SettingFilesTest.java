package dev.rubric.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which files set variables for which environment: only settings of one environment must agree. */
class SettingFilesTest {
    @Test
    void environments_come_from_file_names_and_folders() {
        assertThat(SettingFiles.environment(".env")).isEqualTo(SettingFiles.DEFAULT_ENVIRONMENT);
        assertThat(SettingFiles.environment("deploy/api.yaml")).isEqualTo(SettingFiles.DEFAULT_ENVIRONMENT);
        assertThat(SettingFiles.environment(".env.production")).isEqualTo("prod");
        assertThat(SettingFiles.environment("prod.env")).isEqualTo("prod");
        assertThat(SettingFiles.environment("charts/api/values-staging.yaml")).isEqualTo("stage");
        assertThat(SettingFiles.environment("k8s/overlays/eu-west/deployment.yaml")).isEqualTo("eu-west");
        assertThat(SettingFiles.environment("deploy/dev/api.yaml")).isEqualTo("dev");
        assertThat(SettingFiles.environment(".env.local")).isEqualTo("local");
    }

    @Test
    void templates_and_dotenv_files_are_told_apart() {
        assertThat(SettingFiles.isTemplate(".env.example")).isTrue();
        assertThat(SettingFiles.isTemplate("sample.env")).isTrue();
        assertThat(SettingFiles.isTemplate(".env")).isFalse();
        assertThat(SettingFiles.isDotenv("services/a/.env.local")).isTrue();
        assertThat(SettingFiles.isDotenv("environment.yaml")).isFalse();
    }
}
