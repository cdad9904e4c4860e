package com.acme.cli

import org.springframework.ai.chat.client.ChatClient

class Banner(private val client: ChatClient) {
    fun show() {
        val banner = """
            Welcome to the adoption desk. Type a question and press return to send it.
        """.trimIndent()
        println(banner)
    }
}
