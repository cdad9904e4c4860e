resource "aws_bedrock_provisioned_model_throughput" "claude" {
  provisioned_model_name = "claude-prod"
  model_arn              = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0"
  model_units            = 1
  commitment_duration    = "OneMonth"
}

resource "aws_bedrockagent_agent" "support" {
  agent_name       = "support-agent"
  foundation_model = "us.anthropic.claude-3-haiku-20240307-v1:0"
  instruction      = "Answer support questions about invoices."
}

resource "aws_lambda_function" "embedder" {
  function_name = "embedder"
  environment {
    variables = {
      EMBEDDING_MODEL_ID = "amazon.titan-embed-text-v2:0"
      LOG_LEVEL          = "info"
    }
  }
}

resource "google_cloud_run_v2_service" "api" {
  name = "answers"
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/answers/api:1.4.2"
      env {
        name  = "VERTEX_MODEL"
        value = "gemini-1.5-pro-002"
      }
      env {
        name  = "VERTEX_EMBEDDING_MODEL"
        value = "publishers/google/models/text-embedding-004"
      }
    }
  }
}
