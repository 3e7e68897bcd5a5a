package dev.skillpulse.store;

import java.time.LocalDate;

/** An inclusive range of ISO weeks, given by any date in the first and last week; null bounds are open. */
public record Period(LocalDate from, LocalDate to) {
    public static final Period ALL = new Period(null, null);
}
