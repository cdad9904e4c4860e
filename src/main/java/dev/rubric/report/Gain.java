package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What fixing one shortfall would earn, on the scores as the report shows them (one decimal). For a
 * finding group ({@code message} set) the fix is every subject of {@code criterion} with that message
 * reaching 1; for a criterion ({@code message} null) every one of its findings. {@code places}: how
 * many findings the fix covers. {@code points}: what the dimension's score gains; {@code meanPoints}:
 * what the overall weighted mean gains; {@code scorePoints}: what the overall score (the minimum over
 * dimensions) gains, often 0 when another dimension is lower. {@code levelAfter}: the dimension's level
 * after the fix, only when it would rise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Gain(String criterion, String dimension, String message, int places, double points, double meanPoints,
                   double scorePoints, Integer levelAfter) {
}
