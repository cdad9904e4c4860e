package com.acme;

import dev.langchain4j.model.azure.AzureOpenAiChatModel;

class AzureChat {
    AzureOpenAiChatModel model() {
        return AzureOpenAiChatModel.builder()
                .endpoint(System.getenv("AZURE_OPENAI_ENDPOINT"))
                .deploymentName(System.getenv("AZURE_OPENAI_DEPLOYMENT_NAME"))
                .build();
    }
}
