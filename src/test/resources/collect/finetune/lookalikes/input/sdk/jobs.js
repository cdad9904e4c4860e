// Vendored client code: the call below is documentation, never run.
/**
 * Creates a fine-tuning job.
 *
 * @example
 * const job = await client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: 'file-abc123' });
 */
export class Jobs {
  create(body, options) {
    return this._client.post('/fine_tuning/jobs', { body, ...options });
  }
}
