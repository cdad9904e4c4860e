from openai import OpenAI

client = OpenAI()
# look at an existing fine_tuning job; this does not create one
job = client.fine_tuning.jobs.retrieve("ftjob-abc123XYZ")
events = client.fine_tuning.jobs.list_events(fine_tuning_job_id=job.id, limit=10)
print(job.status, [e.message for e in events.data])
