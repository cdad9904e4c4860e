package com.acme.adopt

import org.springframework.ai.chat.client.ChatClient

class AdoptionAssistant(builder: ChatClient.Builder) {
    private val client: ChatClient

    init {
        val system = """
            You help visitors adopt a cat from the Harbour Street shelter.
            Only recommend cats listed in the context; say so when none fits.
        """.trimIndent()
        client = builder.defaultSystem(system).build()
    }
}
