// Deutsche Oberfläche: Einstellungen für OpenAI und Anthropic.
export const de = {
  model: "Modell",
  systemPrompt: "Bitte geben Sie Ihren Systemprompt ein, zum Beispiel: Du bist ein hilfreicher Assistent, der Rechnungen prüft.",
};
