resource "aws_cloudwatch_log_group" "llm" {
  name              = "/ecs/llm-gateway"
  retention_in_days = 400
}
