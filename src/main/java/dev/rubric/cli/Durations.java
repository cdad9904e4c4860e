package dev.rubric.cli;

import dev.rubric.engine.UserError;
import java.time.Duration;

/** Durations written as kubectl writes them: a number and a unit (500ms, 30s, 2m, 1h). */
final class Durations {
    private Durations() {
    }

    static Duration parse(String option, String text) {
        String value = text.strip();
        String[] units = {"ms", "s", "m", "h"};
        for (String unit : units) {
            if (value.endsWith(unit) && value.length() > unit.length()) {
                String number = value.substring(0, value.length() - unit.length());
                try {
                    long amount = Long.parseLong(number);
                    Duration duration = switch (unit) {
                        case "ms" -> Duration.ofMillis(amount);
                        case "s" -> Duration.ofSeconds(amount);
                        case "m" -> Duration.ofMinutes(amount);
                        default -> Duration.ofHours(amount);
                    };
                    if (!duration.isNegative() && !duration.isZero()) {
                        return duration;
                    }
                } catch (NumberFormatException e) {
                    break;
                }
            }
        }
        throw new UserError(option + " takes a duration such as 500ms, 30s or 2m, not '" + text + "'");
    }
}
