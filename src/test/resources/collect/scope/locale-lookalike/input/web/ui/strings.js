// 中文界面 (OpenAI / Anthropic 设置)
module.exports = {
  model: "模型",
  system_prompt: "你是一个乐于助人的助手，请用中文回答用户的问题。",
};
