package dev.skillpulse.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The guide's job outlook as numbers: each part with the method that computed it, and the guide's claims judged. */
public record Outlook(List<Claim> claims, Volume volume, Mlops mlops, Cloud cloud, Industries industries,
        List<TermSlope> rising, List<TermSlope> declining, String risingMethod) {

    /** A sentence of the guide, and what the data says about it. */
    public record Claim(String id, String claim, String verdict, String sentence, String method) {
        public static final String SUPPORTED = "supported";
        public static final String NOT_SUPPORTED = "not supported";
        public static final String NOT_ENOUGH_DATA = "not enough data";
    }

    public record Volume(String method, List<VolumePoint> points) {
    }

    /** Postings of a month; growth against the same month a year before (null when it had none). */
    public record VolumePoint(LocalDate period, long postings, Double yoyGrowth) {
    }

    public record Mlops(String method, List<String> terms, List<MlopsPoint> points) {
    }

    public record MlopsPoint(LocalDate period, long postings, double share, double modelOnlyShare) {
    }

    public record Cloud(String method, List<CloudPoint> points) {
    }

    public record CloudPoint(LocalDate period, long postings, double share, double aws, double gcp, double azure) {
    }

    public record Industries(String method, List<IndustryPoint> points) {
    }

    public record IndustryPoint(LocalDate period, Map<String, Double> industries) {
    }

    /** A term's monthly share fitted over the window: slope per month with its 95 % interval, and its share then. */
    public record TermSlope(String id, String label, double slope, double low, double high, double share) {
    }
}
