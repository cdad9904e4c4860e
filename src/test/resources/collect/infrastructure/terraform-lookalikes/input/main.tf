# An account without deployments: nothing says which model it serves
resource "azurerm_cognitive_account" "openai" {
  name     = "oai-lookalike"
  kind     = "OpenAI"
  sku_name = "S0"
  # model { name = "gpt-4o" } in a comment
}

resource "aws_lambda_function" "handler" {
  function_name = "chat"
  environment {
    variables = {
      MODEL_ID     = "gpt-4o"
      BEDROCK_NOTE = "use bedrock later"
    }
  }
}
