package dev.skillpulse.core;

import java.math.BigDecimal;

/** A pay range as posted: {@code unit} is YEAR, MONTH, WEEK, DAY or HOUR; either bound may be null. */
public record Salary(BigDecimal min, BigDecimal max, String currency, String unit) {
}
