package dev.skillpulse.dashboard;

import dev.skillpulse.core.text.Sha256;
import dev.skillpulse.store.AppliedPosition;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Answers a repeated question without SQL until new counts land: successful answers are kept per request (path,
 * query string, Accept) together with the projector's applied position read <em>before</em> the answer was
 * computed, and served only while that position is still current. An answer is therefore never older than what
 * was applied when the request arrived. Every answer carries a strong ETag (a digest of its bytes, so it changes
 * exactly when the answer does), {@code If-None-Match} gets a 304, and {@code Cache-Control: no-cache} lets
 * browsers keep answers but revalidate each time: a live dashboard sees new counts on its next request.
 */
public final class ResponseCache {
    static final String CACHE_CONTROL = "no-cache";
    /** Answers kept at most, and their bytes: the page asks some dozens of distinct questions per period. */
    private static final int MAX_ENTRIES = 5_000;
    private static final long MAX_BYTES = 64L << 20;

    private record Entry(long version, String contentType, String disposition, byte[] body, String etag) {
    }

    private final LongSupplier position;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Entry>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public ResponseCache(AppliedPosition position) {
        this(position::version);
    }

    /**
     * {@code version}: what the answers depend on, as a number that changes whenever any of it does (e.g. the sum of
     * two projectors' applied positions, each only ever growing).
     */
    public ResponseCache(LongSupplier version) {
        this.position = version;
    }

    /**
     * {@code handler} behind the cache. Concurrent misses of one request at one position compute it once: when new
     * counts land, every open dashboard asks again at about the same time, and without this each of them would run
     * the same queries (seen in the API benchmark as a p99 of a second at 16 connections on the first requests).
     */
    public Handler wrap(Handler handler) {
        return ctx -> {
            String key = key(ctx);
            long version = position.getAsLong();
            Entry entry = entries.get(key);
            if (entry != null && entry.version() == version) {
                hits.incrementAndGet();
                answer(ctx, entry);
                return;
            }
            String flightKey = version + "#" + key;
            CompletableFuture<Entry> flight = new CompletableFuture<>();
            CompletableFuture<Entry> leader = inFlight.putIfAbsent(flightKey, flight);
            if (leader != null) {
                entry = leader.get();
                if (entry != null) {
                    hits.incrementAndGet();
                    answer(ctx, entry);
                    return;
                }
                // The leader's answer was an error: this request gets its own, uncached.
                handler.handle(ctx);
                return;
            }
            misses.incrementAndGet();
            entry = null;
            try {
                handler.handle(ctx);
                if (ctx.status() == HttpStatus.OK) {
                    String result = ctx.result();
                    byte[] body = result == null ? new byte[0] : result.getBytes(ctx.responseCharset());
                    entry = new Entry(version, ctx.res().getContentType(),
                            ctx.res().getHeader("Content-Disposition"), body, etag(body));
                    keep(key, entry);
                }
            } finally {
                flight.complete(entry);
                inFlight.remove(flightKey);
            }
            if (entry != null) {
                answer(ctx, entry);
            }
        };
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    private void keep(String key, Entry entry) {
        if (entries.size() >= MAX_ENTRIES || bytes.get() > MAX_BYTES) {
            // Entries of older positions are useless anyway; dropping all is simpler than LRU and rarely needed.
            entries.clear();
            bytes.set(0);
        }
        Entry old = entries.put(key, entry);
        bytes.addAndGet(entry.body().length - (old == null ? 0 : old.body().length));
    }

    private static void answer(Context ctx, Entry entry) {
        ctx.header("ETag", entry.etag());
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("Vary", "Accept");
        if (entry.disposition() != null) {
            ctx.header("Content-Disposition", entry.disposition());
        }
        if (entry.contentType() != null) {
            ctx.contentType(entry.contentType());
        }
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, entry.etag())) {
            ctx.status(HttpStatus.NOT_MODIFIED).result(new byte[0]);
            return;
        }
        ctx.status(HttpStatus.OK).result(entry.body());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String key(Context ctx) {
        String query = ctx.queryString();
        String accept = ctx.header("Accept");
        return ctx.path() + '?' + (query == null ? "" : query) + '|' + (accept == null ? "" : accept);
    }

    private static String etag(byte[] body) {
        byte[] digest = Sha256.newDigest().digest(body);
        return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
    }
}
