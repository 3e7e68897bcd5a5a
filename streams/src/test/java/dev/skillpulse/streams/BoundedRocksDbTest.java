package dev.skillpulse.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;

/** The stores' shared memory bound, on real RocksDB instances configured as Kafka Streams configures ours. */
class BoundedRocksDbTest {
    private static final int VALUE_BYTES = 1024;
    /** Three quarters of a store's write buffer: written once, below the size at which the store flushes itself. */
    private static final int IDLE_STORE_VALUES = (int) (BoundedRocksDb.WRITE_BUFFER_BYTES * 3 / 4 / VALUE_BYTES);
    private static final int IDLE_STORES = 6;

    @TempDir
    Path dir;

    private final List<Options> options = new ArrayList<>();
    private final List<RocksDB> stores = new ArrayList<>();

    @BeforeEach
    void loadLibrary() {
        RocksDB.loadLibrary();
    }

    @AfterEach
    void close() {
        stores.forEach(RocksDB::close);
        options.forEach(Options::close);
    }

    @Test
    void shouldNotFlushTheActiveStoreWhileIdleStoresHoldTheirMemtables() throws RocksDBException {
        for (int i = 0; i < IDLE_STORES; i++) {
            fill(open("idle-" + i), IDLE_STORE_VALUES);
        }
        RocksDB active = open("active");

        fill(active, IDLE_STORE_VALUES);

        assertThat(active.getLongProperty("rocksdb.total-sst-files-size")).as("bytes flushed to SST files").isZero();
        assertThat(active.getLongProperty("rocksdb.cur-size-active-mem-table"))
                .isGreaterThan((long) IDLE_STORE_VALUES * VALUE_BYTES);
    }

    @Test
    void shouldChargeTheMemtablesToTheSharedCache() throws RocksDBException {
        long before = BoundedRocksDb.cacheUsage();
        for (int i = 0; i < IDLE_STORES; i++) {
            fill(open("store-" + i), IDLE_STORE_VALUES);
        }

        assertThat(BoundedRocksDb.cacheUsage() - before)
                .isGreaterThanOrEqualTo((long) IDLE_STORES * IDLE_STORE_VALUES * VALUE_BYTES);
    }

    private RocksDB open(String name) throws RocksDBException {
        Options storeOptions = new Options().setCreateIfMissing(true).setTableFormatConfig(new BlockBasedTableConfig());
        options.add(storeOptions);
        new BoundedRocksDb().setConfig(name, storeOptions, Map.of());
        RocksDB store = RocksDB.open(storeOptions, dir.resolve(name).toString());
        stores.add(store);
        return store;
    }

    private static void fill(RocksDB store, int values) throws RocksDBException {
        byte[] value = new byte[VALUE_BYTES];
        for (int i = 0; i < values; i++) {
            store.put(("key-" + i).getBytes(), value);
        }
    }
}
