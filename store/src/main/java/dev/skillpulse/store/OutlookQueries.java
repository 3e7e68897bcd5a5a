package dev.skillpulse.store;

import dev.skillpulse.contract.Dimensions;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.Term;
import dev.skillpulse.store.Outlook.Claim;
import dev.skillpulse.store.Outlook.CloudPoint;
import dev.skillpulse.store.Outlook.MlopsPoint;
import dev.skillpulse.store.Outlook.TermSlope;
import dev.skillpulse.store.Outlook.VolumePoint;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Computes the guide's outlook from the counted postings: volume with year-over-year growth, the share asking for
 * MLOps and production engineering against model-only postings, cloud adoption and its split, and terms rising or
 * declining by a least-squares slope of their monthly share with a 95 % interval. The groups of terms come from the
 * taxonomy file ({@code mlops-production}, {@code model-building}, {@code cloud-providers}).
 */
public final class OutlookQueries {
    public static final String MLOPS = TermGroups.MLOPS;
    public static final String MODEL = TermGroups.MODEL;
    public static final String CLOUD = TermGroups.CLOUD;
    /** Months fitted for slopes: the guide speaks of a trend, two years of months give one with an interval. */
    public static final int WINDOW_MONTHS = 24;
    /** Fewer months than this give intervals too wide to say anything. */
    public static final int MIN_MONTHS = 6;
    /** A term mentioned by fewer postings in the window has shares too noisy to rank. */
    public static final int MIN_SUPPORT = 20;
    private static final int LIST_LIMIT = 10;

    private final ShareQueries shares;
    private final Taxonomy taxonomy;

    public OutlookQueries(ShareQueries shares, Taxonomy taxonomy) {
        this.shares = shares;
        this.taxonomy = taxonomy;
    }

    public Outlook outlook(Period period, PostingSlice slice) {
        List<String> mlopsTerms = taxonomy.group(MLOPS);
        List<String> modelTerms = taxonomy.group(MODEL);
        List<String> cloudTerms = taxonomy.group(CLOUD);
        List<TermGroup> groups = new ArrayList<>();
        if (!mlopsTerms.isEmpty()) {
            groups.add(TermGroup.any(MLOPS, mlopsTerms));
        }
        if (!modelTerms.isEmpty()) {
            groups.add(new TermGroup(TermGroups.MODEL_ONLY, modelTerms, mlopsTerms));
        }
        if (!cloudTerms.isEmpty()) {
            groups.add(TermGroup.any(CLOUD, cloudTerms));
            cloudTerms.forEach(id -> groups.add(new TermGroup("cloud:" + id, List.of(id), List.of())));
        }
        List<GroupMonth> months = shares.groupsByMonth(period, slice, groups);
        List<GroupMonth> window = lastMonths(months);

        Map<LocalDate, Long> byMonth = new HashMap<>();
        months.forEach(m -> byMonth.put(m.month(), m.postings()));
        List<VolumePoint> volume = months.stream().map(m -> {
            Long yearBefore = byMonth.get(m.month().minusYears(1));
            return new VolumePoint(m.month(), m.postings(),
                    yearBefore == null || yearBefore == 0 ? null : (double) m.postings() / yearBefore - 1);
        }).toList();
        List<MlopsPoint> mlops = months.stream().map(m -> new MlopsPoint(m.month(), m.postings(),
                ShareQueries.share(m.of(MLOPS), m.postings()), ShareQueries.share(m.of(TermGroups.MODEL_ONLY), m.postings())))
                .toList();
        List<CloudPoint> cloud = months.stream().map(m -> {
            long any = m.of(CLOUD);
            return new CloudPoint(m.month(), m.postings(), ShareQueries.share(any, m.postings()),
                    ShareQueries.share(m.of("cloud:aws"), any), ShareQueries.share(m.of("cloud:gcp"), any),
                    ShareQueries.share(m.of("cloud:azure"), any));
        }).toList();

        List<TermSlope> slopes = termSlopes(period, slice, window);
        List<Claim> claims = List.of(
                claim("growth", "Demand for Machine Learning Engineers is projected to grow strongly over the next "
                        + "decade as businesses adopt AI-driven products.", window, m -> m.postings(),
                        "monthly postings", "postings per month", false),
                claim("drivers", "Growth will be driven by cloud adoption, automation, and AI integration across "
                        + "industries.", window, m -> ShareQueries.share(m.of(CLOUD), m.postings()),
                        "the share of postings mentioning " + String.join("/", cloudTerms), "share points per month",
                        true),
                claim("mlops", "Roles will expand but will increasingly require MLOps and production engineering "
                        + "skills alongside model expertise.", window,
                        m -> ShareQueries.share(m.of(MLOPS), m.postings()),
                        "the share of postings mentioning any MLOps or production-engineering term",
                        "share points per month", true));
        return new Outlook(claims,
                new Outlook.Volume("Counted postings per calendar month (reposts once, deleted postings gone); "
                        + "yoyGrowth = postings / postings in the same month a year before - 1, null when that month "
                        + "had none.", volume),
                new Outlook.Mlops("share = postings mentioning any term of the taxonomy group '" + MLOPS
                        + "' / postings of the month; modelOnlyShare = postings mentioning a term of '" + MODEL
                        + "' and none of '" + MLOPS + "' / postings of the month. A posting counts once per group.",
                        mlopsTerms, mlops),
                new Outlook.Cloud("share = postings mentioning any of " + cloudTerms + " (taxonomy group '" + CLOUD
                        + "') / postings of the month; aws, gcp, azure = postings mentioning each / postings "
                        + "mentioning any (they may add up to more than 1: a posting can name several).", cloud),
                new Outlook.Industries("Per month, postings per industry (schema.org JobPosting industry as the "
                        + "source gives it; unknown when it does not) / postings of the month.",
                        industries(period, slice)),
                slopes.stream().filter(s -> s.low() > 0)
                        .sorted(Comparator.comparingDouble(TermSlope::slope).reversed()).limit(LIST_LIMIT).toList(),
                slopes.stream().filter(s -> s.high() < 0)
                        .sorted(Comparator.comparingDouble(TermSlope::slope)).limit(LIST_LIMIT).toList(),
                risingMethod());
    }

    private List<Outlook.IndustryPoint> industries(Period period, PostingSlice slice) {
        return shares.byDimensionPerMonth(Dimensions.INDUSTRY, period, slice).entrySet().stream().map(e -> {
            long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            Map<String, Double> spread = new java.util.TreeMap<>();
            e.getValue().forEach((industry, n) -> spread.put(industry, ShareQueries.share(n, total)));
            return new Outlook.IndustryPoint(e.getKey(), spread);
        }).toList();
    }

    static String risingMethod() {
        return "Ordinary least squares of each term's monthly share of postings (postings mentioning it / postings of "
                + "the month) on the month, over the last " + WINDOW_MONTHS + " months with postings up to the end "
                + "of the period; slope in share per month with its 95 % confidence interval (Student's t, n - 2 "
                + "degrees of freedom). Terms need at least " + MIN_SUPPORT + " postings and " + MIN_MONTHS
                + " months in the window. Rising: the interval lies above 0; declining: below 0. share is the "
                + "term's share over the whole window.";
    }

    /** The months of the last {@link #WINDOW_MONTHS} calendar months up to the last month with postings. */
    private static List<GroupMonth> lastMonths(List<GroupMonth> months) {
        if (months.isEmpty()) {
            return months;
        }
        LocalDate first = months.get(months.size() - 1).month().minusMonths(WINDOW_MONTHS - 1L);
        return months.stream().filter(m -> !m.month().isBefore(first)).toList();
    }

    private List<TermSlope> termSlopes(Period period, PostingSlice slice, List<GroupMonth> window) {
        if (window.size() < MIN_MONTHS) {
            return List.of();
        }
        LocalDate first = window.get(0).month();
        Period fitted = new Period(first, window.get(window.size() - 1).month());
        long total = window.stream().mapToLong(GroupMonth::postings).sum();
        List<TermSlope> slopes = new ArrayList<>();
        for (Map.Entry<String, Map<LocalDate, Long>> e : shares.termsByMonth(fitted, slice).entrySet()) {
            long support = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            if (support < MIN_SUPPORT || e.getValue().size() < MIN_MONTHS) {
                continue;
            }
            LinearFit fit = fit(window, first, m -> ShareQueries.share(e.getValue().getOrDefault(m.month(), 0L),
                    m.postings()));
            String label = taxonomy.term(e.getKey()).map(Term::label).orElse(e.getKey());
            slopes.add(new TermSlope(e.getKey(), label, fit.slope(), fit.low(), fit.high(),
                    ShareQueries.share(support, total)));
        }
        return slopes;
    }

    private static LinearFit fit(List<GroupMonth> window, LocalDate first, ToDoubleFunction<GroupMonth> y) {
        double[] xs = new double[window.size()];
        double[] ys = new double[window.size()];
        for (int i = 0; i < window.size(); i++) {
            xs[i] = ChronoUnit.MONTHS.between(first, window.get(i).month());
            ys[i] = y.applyAsDouble(window.get(i));
        }
        return LinearFit.of(xs, ys);
    }

    private static Claim claim(String id, String words, List<GroupMonth> window, ToDoubleFunction<GroupMonth> y,
            String what, String unit, boolean percent) {
        String method = "Least-squares slope of " + what + " on the month over the last " + WINDOW_MONTHS
                + " months with postings (at least " + MIN_MONTHS + "), with its 95 % interval: supported when the "
                + "interval lies above 0, not supported otherwise.";
        if (window.size() < MIN_MONTHS) {
            return new Claim(id, words, Claim.NOT_ENOUGH_DATA, "Only " + window.size() + " month(s) with postings; "
                    + MIN_MONTHS + " are needed for a slope.", method);
        }
        LinearFit fit = fit(window, window.get(0).month(), y);
        double scale = percent ? 100 : 1;
        String sentence = String.format(Locale.ROOT, "Over the %d months from %s to %s, %s changed by %+.2f %s "
                + "(95%% interval %+.2f to %+.2f).", fit.points(), window.get(0).month(),
                window.get(window.size() - 1).month(), what, fit.slope() * scale, unit, fit.low() * scale,
                fit.high() * scale);
        return new Claim(id, words, fit.rising() ? Claim.SUPPORTED : Claim.NOT_SUPPORTED, sentence, method);
    }
}
