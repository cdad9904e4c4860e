package com.acme.prompts

const val ROUTING_INSTRUCTIONS = """Route each invoice to the right approver based on cost centre and amount."""
val greeting = "hello"
