// the chat component's settings: interface text about prompts, and the one prompt it sends
const globalConfig = {
  IS_DEFAULT_PROMPTS_ENABLED: true,
  DISPLAY_DEFAULT_PROMPTS_BUTTON: 'Not sure what to ask? Try our suggestions!',
  DEFAULT_PROMPTS_HEADING: 'Here are some questions other travellers asked before you',
  promptInputPlaceholder: 'Type your question, for example "How do I book a rental?"',
  SYSTEM_PROMPT_TITLE_TEXT: 'The instructions the assistant follows for every answer',
  SYSTEM_PROMPT: 'You are a support assistant for a holiday rental company. Answer only from the sources given.',
};

export { globalConfig };
