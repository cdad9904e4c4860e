dependencies {
    implementation("io.opentelemetry:opentelemetry-exporter-otlp:1.43.0")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
}
