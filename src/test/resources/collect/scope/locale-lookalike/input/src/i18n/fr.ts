// Interface en français : libellés de la page des réglages OpenAI.
export default {
  provider: "Fournisseur (OpenAI, Anthropic)",
  model: "Modèle",
  model_name: "Nom du modèle",
  systemPrompt: "Saisissez votre prompt système, par exemple : Tu es un assistant qui vérifie les factures.",
};
