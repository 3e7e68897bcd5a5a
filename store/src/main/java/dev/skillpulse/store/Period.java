package dev.skillpulse.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** An inclusive range of ISO weeks, given by any date in the first and last week; null bounds are open. */
public record Period(LocalDate from, LocalDate to) {
    public static final Period ALL = new Period(null, null);

    /** The period of the same length that ends the day before this one starts; empty when a bound is open. */
    public Optional<Period> before() {
        if (from == null || to == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return Optional.of(new Period(from.minusDays(days), from.minusDays(1)));
    }
}
