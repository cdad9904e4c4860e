variable "chat_model_version" {
  type    = string
  default = "2024-07-18"
}

variable "embedding_deployment" {
  type = string
}

resource "azurerm_cognitive_account" "openai" {
  name                = "oai-support"
  location            = "swedencentral"
  resource_group_name = "rg-support"
  kind                = "OpenAI"
  sku_name            = "S0"
}

# the chat model, pinned
resource "azurerm_cognitive_deployment" "chat" {
  name                   = "support-chat"
  cognitive_account_id   = azurerm_cognitive_account.openai.id
  version_upgrade_option = "NoAutoUpgrade"

  model {
    format  = "OpenAI"
    name    = "gpt-4o-mini"
    version = var.chat_model_version
  }

  sku {
    name     = "GlobalStandard"
    capacity = 30
  }
}

resource "azurerm_cognitive_deployment" "embedding" {
  name                 = var.embedding_deployment
  cognitive_account_id = azurerm_cognitive_account.openai.id

  model {
    format = "OpenAI"
    name   = "text-embedding-3-small"
  }

  scale {
    type = "Standard"
  }
}

resource "azurerm_cognitive_deployment" "per_model" {
  for_each             = var.models
  name                 = each.key
  cognitive_account_id = azurerm_cognitive_account.openai.id

  model {
    format  = "OpenAI"
    name    = each.value.name
    version = each.value.version
  }

  sku {
    name = "Standard"
  }
}

resource "azurerm_linux_web_app" "api" {
  name = "support-api"
  app_settings = {
    AZURE_OPENAI_DEPLOYMENT = azurerm_cognitive_deployment.chat.name
    GREETING                = <<-EOT
      model { name = "not-a-model" }
    EOT
  }
}
