export declare class Jobs {
    /**
     * @example
     * const job = await client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: 'file-abc123' });
     */
    create(body: JobCreateParams): Promise<FineTuningJob>;
}
export interface JobCreateParams {
    model: (string & {}) | 'babbage-002' | 'davinci-002' | 'gpt-3.5-turbo' | 'gpt-4o-mini';
    training_file: string;
}
