plugins {
    java
}

dependencies {
    implementation(platform("org.springframework.ai:spring-ai-bom:1.0.0-M3"))
    implementation("com.openai:openai-java:0.8.+")
    implementation("com.fasterxml.jackson.core:jackson-databind:2.18.0")
    implementation(libs.guava)
}
