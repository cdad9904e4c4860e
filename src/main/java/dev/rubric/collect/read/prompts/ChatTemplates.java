package dev.rubric.collect.read.prompts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a tokenizer chat template from a prompt. A chat template (the Jinja in a
 * {@code tokenizer_config.json}, a {@code chat_template.jinja}, a vLLM {@code --chat-template}
 * file) renders whatever conversation it is given into the model's token format: it loops over
 * the messages and switches on their roles, where a prompt is text written for one task. Both
 * often carry {@code <|im_start|>} and "You are a helpful assistant", so only the loop decides.
 */
public final class ChatTemplates {
    private static final Pattern MESSAGE_LOOP = Pattern.compile(
            "\\{%-?\\s*for\\s+(\\w+)\\s+in\\s+(?:messages|loop_messages|conversation|chat_history)\\b");
    /** LLaMA-Factory-style registries: {@code register_template(name=…, format_user=StringFormatter(…))}. */
    private static final Pattern REGISTRY = Pattern.compile("\\bregister_template\\s*\\(");

    private ChatTemplates() {
    }

    /** True when {@code text} is (or holds) a Jinja chat template. */
    public static boolean isChatTemplate(String text) {
        if (text == null || !text.contains("{%")) {
            return false;
        }
        Matcher loop = MESSAGE_LOOP.matcher(text);
        while (loop.find()) {
            String item = loop.group(1);
            if (text.contains("add_generation_prompt") || text.contains(item + "['role']") || text.contains(item + "[\"role\"]")
                    || text.contains(item + ".role") || text.contains(item + "[\\\"role\\\"]")) {
                return true;
            }
        }
        return false;
    }

    /** True for a source file that registers chat templates in code (LLaMA-Factory's data/template.py). */
    public static boolean isTemplateRegistry(String text) {
        return text != null && text.contains("register_template") && REGISTRY.matcher(text).find()
                && (text.contains("format_user") || text.contains("format_assistant"));
    }

    /** The SHA-256 of a template's text, as prompts are fingerprinted. */
    public static String sha256(String template) {
        return PromptText.sha256(template);
    }

    /** Whether the template opens an assistant turn when asked to ({@code add_generation_prompt}). */
    public static boolean addsGenerationPrompt(String template) {
        return template.contains("add_generation_prompt");
    }
}
