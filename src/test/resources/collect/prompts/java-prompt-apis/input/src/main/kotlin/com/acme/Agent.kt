package com.acme

import org.springframework.ai.chat.client.ChatClient

class Agent(private val builder: ChatClient.Builder) {
    fun client(): ChatClient = builder.defaultSystem("You route support tickets to the right team.").build()
}
