package com.example;

import io.modelcontextprotocol.spec.McpSchema;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.context.annotation.Bean;

class WeatherServerConfig {

    @Bean
    McpSchema.ServerCapabilities capabilities() {
        // an MCP server announcing that it has tools: no agent calls a model here
        return McpSchema.ServerCapabilities.builder().tools(true).logging().build();
    }

    @Bean
    ToolCallbackProvider weatherTools(WeatherService service) {
        return MethodToolCallbackProvider.builder().toolObjects(service).build();
    }
}
