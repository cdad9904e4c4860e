package dev.rubric.collect.files.finetune;

import java.util.Locale;

/** File-name tests shared by the fine-tuning parsers; names only ever give a hint. */
final class FileNames {
    private FileNames() {
    }

    static boolean isYaml(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    static boolean isJson(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
