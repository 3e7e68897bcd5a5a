package dev.skillpulse.app;

import dev.skillpulse.store.CountProjector;
import dev.skillpulse.streams.StreamsSettings;
import dev.skillpulse.streams.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Knows when everything produced to the postings topic so far is visible in PostgreSQL. */
final class Readiness {
    private Readiness() {
    }

    /** Waits until the topology has committed every posting and the projector has applied the results. */
    static void awaitVisible(String bootstrap, CountProjector projector, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (!topologyCaughtUp(admin)) {
                checkDeadline(deadline);
                Thread.sleep(200);
            }
        }
        // The projector polls at least every 200 ms: two caught-up readings 500 ms apart include one taken
        // after the topology's last commit.
        int readings = 0;
        while (readings < 2) {
            checkDeadline(deadline);
            readings = projector.isCaughtUp() ? readings + 1 : 0;
            Thread.sleep(500);
        }
    }

    private static boolean topologyCaughtUp(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin
                .listConsumerGroupOffsets(StreamsSettings.APPLICATION_ID).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(Topics.POSTINGS)).allTopicNames().get()
                .get(Topics.POSTINGS).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(Topics.POSTINGS, p.partition()),
                        p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream().allMatch(e -> {
            OffsetAndMetadata c = committed.get(e.getKey());
            return e.getValue().offset() == 0 || c != null && c.offset() >= e.getValue().offset();
        });
    }

    private static void checkDeadline(long deadline) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("loaded data did not become visible in time");
        }
    }
}
