package dev.skillpulse.dashboard;

import dev.skillpulse.store.AppliedPosition;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * Server-sent events on {@code GET /api/events}: an event {@code counts} with {@code {"version": N}} when a page
 * connects and whenever the projector's applied position moves, so open pages fetch their figures again.
 */
public final class CountEvents implements ApiPart {
    /**
     * Changes within this time go out as one event: a bulk load commits many projector transactions a second, and
     * every event makes each open page ask all its endpoints again.
     */
    private static final long COALESCE_MS = 300;
    /** A comment this often finds closed connections (a write fails) and keeps proxies from timing the stream out. */
    private static final long HEARTBEAT_S = 15;

    private final AppliedPosition position;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile ScheduledExecutorService sender;

    public CountEvents(AppliedPosition position) {
        this.position = position;
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        config.events.serverStarted(this::start);
        config.events.serverStopping(this::stop);
        config.routes.sse("/api/events", this::connect);
    }

    /** Starts the sender thread; called when the server has started. */
    void start() {
        sender = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "count-events");
            thread.setDaemon(true);
            return thread;
        });
        sender.scheduleAtFixedRate(this::heartbeat, HEARTBEAT_S, HEARTBEAT_S, TimeUnit.SECONDS);
        position.onChange(this::changed);
    }

    /** Ends every stream and the sender thread; called while the server stops, before its connections close. */
    void stop() {
        ScheduledExecutorService running = sender;
        if (running != null) {
            running.shutdownNow();
        }
        clients.forEach(SseClient::close);
        clients.clear();
    }

    void connect(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        send(client, position.version());
    }

    int connected() {
        return clients.size();
    }

    /** Runs on the projector's thread: only schedules, never writes to a client there. */
    private void changed() {
        ScheduledExecutorService running = sender;
        if (running != null && pending.compareAndSet(false, true)) {
            try {
                running.schedule(this::broadcast, COALESCE_MS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                pending.set(false);
            }
        }
    }

    private void broadcast() {
        pending.set(false);
        long version = position.version();
        clients.forEach(client -> send(client, version));
    }

    private void heartbeat() {
        clients.forEach(client -> {
            client.sendComment("keep-alive");
            dropIfGone(client);
        });
    }

    private void send(SseClient client, long version) {
        client.sendEvent("counts", "{\"version\":" + version + "}");
        dropIfGone(client);
    }

    private void dropIfGone(SseClient client) {
        if (client.terminated()) {
            clients.remove(client);
        }
    }
}
