package dev.skillpulse.contract;


/**
 * How one posting id's contribution to the counts changed: {@code before} is retracted, {@code after} is added
 * (either may be null: a new id, or an id that left). Keyed by posting id on {@link Topics#COUNT_CHANGES}.
 */
public record CountChange(Contribution before, Contribution after) {
}
