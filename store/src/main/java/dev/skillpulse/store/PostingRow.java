package dev.skillpulse.store;

import java.time.LocalDate;
import java.util.List;

/** A counted posting behind a number: what it is, where and when, its terms and how many ids published it. */
public record PostingRow(String id, String title, String company, String place, LocalDate date, List<String> terms,
        int copies, String url) {
}
