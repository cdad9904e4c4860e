// A settings screen with no LLM library: its model names are UI state, and nothing reads the environment.
export const SELECTED_MODEL = 'default';

export function defaults(previewModel = 'compact') {
  return { tableModel: 'rows', previewModel, viewDeployment: 'blue' };
}

export const SYSTEM_MESSAGE = 'Saved.';
const systemTemplateName = 'A plain label for the template chooser, long enough to be a sentence';
