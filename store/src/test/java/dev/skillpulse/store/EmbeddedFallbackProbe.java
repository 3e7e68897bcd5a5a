package dev.skillpulse.store;

/**
 * Run by {@link TestPostgresTest} in a child JVM (as a user other than root): finds the tests' PostgreSQL with no
 * URL configured and nothing on the port in {@code args[0]}, migrates a scratch database there, and prints
 * {@code embedded=<true|false> up=<true|false> <description>}.
 */
public final class EmbeddedFallbackProbe {
    private EmbeddedFallbackProbe() {
    }

    public static void main(String[] args) throws Exception {
        PostgresServer nothingThere = new PostgresServer("127.0.0.1", Integer.parseInt(args[0]), "postgres");
        try (AvailablePostgres postgres = TestPostgres.find(null, nothingThere, System.getProperty("user.name"));
             ScratchDatabase scratch = ScratchDatabase.create(postgres.server(), "sp_probe");
             Database db = Database.open(scratch.jdbcUrl())) {
            System.out.println("embedded=" + postgres.embedded() + " up=" + db.isUp() + " " + postgres.description());
        }
    }
}
