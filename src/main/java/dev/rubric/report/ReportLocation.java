package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a finding or a problem was found, as the report states it. It mirrors the evidence's
 * location field for field, so the JSON is the same, but belongs to the report: renderers must not
 * depend on how evidence is modelled. {@code role} is the role of the file when it is not production.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportLocation(String source, String path, Integer line, Integer column,
                             String cluster, String namespace, String kind, String name, String fieldPath,
                             String image, String digest, String role, String variant) {

    /** "path:line:column" (or as much of it as is known), for messages. */
    public String display() {
        StringBuilder out = new StringBuilder();
        if (path != null) {
            out.append(path);
            if (line != null) {
                out.append(':').append(line);
                if (column != null) {
                    out.append(':').append(column);
                }
            }
        } else if (kind != null) {
            out.append(kind).append('/');
            if (namespace != null) {
                out.append(namespace).append('/');
            }
            out.append(name);
        } else if (image != null) {
            out.append(image);
        }
        return out.toString();
    }
}
