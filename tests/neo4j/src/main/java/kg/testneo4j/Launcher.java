package kg.testneo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

import picocli.CommandLine;

/**
 * Runs an embedded Neo4j Community DBMS for the kg test suite.
 *
 * <pre>
 *   KG_TEST_NEO4J_PASSWORD=... java -Xmx1g -cp 'target/classes:target/lib/*' kg.testneo4j.Launcher \
 *       --home /tmp/some-empty-dir [--port 0] [--page-cache 512m] [--exit-on-stdin-eof]
 * </pre>
 *
 * <ul>
 *   <li>Bolt only, on 127.0.0.1; HTTP and HTTPS are disabled. {@code --port 0} (the default) lets
 *       the OS choose a free port; the port actually bound is printed in the READY line.</li>
 *   <li>Authentication is enabled. Before the first start of a fresh home directory the initial
 *       password of user {@code neo4j} is set from the environment variable
 *       {@code KG_TEST_NEO4J_PASSWORD} (never from the command line), exactly as
 *       {@code neo4j-admin dbms set-initial-password} does: the same command class is run in-process,
 *       which writes {@code <home>/data/dbms/auth.ini}; the DBMS imports that file into the system
 *       database on its first start.</li>
 *   <li>Prints {@code READY bolt://127.0.0.1:PORT} on stdout once Bolt listens and the default
 *       database is available.</li>
 *   <li>Stops cleanly on SIGTERM/SIGINT, and, with {@code --exit-on-stdin-eof}, when stdin is
 *       closed (so the server dies with the process that started it).</li>
 * </ul>
 *
 * Options may also be given as environment variables: KG_TEST_NEO4J_HOME, KG_TEST_NEO4J_PORT,
 * KG_TEST_NEO4J_PAGE_CACHE.
 */
public final class Launcher {
    static final String PASSWORD_ENV = "KG_TEST_NEO4J_PASSWORD";
    static final String USER = "neo4j";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        String home = System.getenv("KG_TEST_NEO4J_HOME");
        String port = System.getenv().getOrDefault("KG_TEST_NEO4J_PORT", "0");
        String pageCache = System.getenv().getOrDefault("KG_TEST_NEO4J_PAGE_CACHE", "512m");
        boolean exitOnStdinEof = false;

        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = value(args, ++i);
                case "--port" -> port = value(args, ++i);
                case "--page-cache" -> pageCache = value(args, ++i);
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                case "-h", "--help" -> {
                    out.println("usage: Launcher --home DIR [--port N] [--page-cache 512m] [--exit-on-stdin-eof]");
                    out.println("       password of user 'neo4j' is read from $" + PASSWORD_ENV);
                    return;
                }
                default -> fail("unknown argument: " + args[i]);
            }
        }
        if (home == null || home.isBlank()) {
            fail("--home DIR (or KG_TEST_NEO4J_HOME) is required");
        }
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            fail("environment variable " + PASSWORD_ENV + " must hold the password for user 'neo4j'");
        }
        int boltPort = Integer.parseInt(port);
        Path homeDir = Path.of(home).toAbsolutePath();
        Files.createDirectories(homeDir);

        // Must happen before the DBMS first creates its system database; afterwards auth.ini is ignored.
        if (!Files.exists(homeDir.resolve("data").resolve("databases").resolve("system"))) {
            setInitialPassword(homeDir, password);
            out.println("initial password for user '" + USER + "' set (auth.ini)");
        } else {
            out.println("existing database in " + homeDir + ": keeping its users and passwords");
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(homeDir)
                .setUserLogProvider(new Log4jLogProvider(out, Level.INFO))
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // No lock-out after failed logins: tests deliberately try wrong passwords, and the
                // default (3 attempts, then 5 s lock) would make the next correct login fail.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Small, non-preallocated transaction logs: test databases are tiny and throw-away.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                // Bolt's Netty shutdown otherwise waits a 5 s quiet period twice (about 10 s per stop).
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("STOPPING");
            out.flush();
            try {
                dbms.shutdown();
            } finally {
                out.println("STOPPED");
                out.flush();
                stopped.countDown();
            }
        }, "kg-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            fail("default database did not become available");
        }
        HostnamePort bound = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bound == null) {
            fail("Bolt connector did not register a local address");
        }
        out.println("READY bolt://127.0.0.1:" + bound.getPort());
        out.flush();

        if (exitOnStdinEof) {
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    byte[] buf = new byte[256];
                    while (in.read(buf) >= 0) {
                        // discard; we only wait for EOF
                    }
                } catch (IOException ignored) {
                    // treat like EOF
                }
                out.println("stdin closed: shutting down");
                System.exit(0);
            }, "kg-neo4j-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        // Park the main thread; the JVM exits via SIGTERM/SIGINT or System.exit, running the hook.
        while (!stopped.await(1, TimeUnit.HOURS)) {
            // keep waiting
        }
    }

    /** Runs the same command as {@code neo4j-admin dbms set-initial-password}, in-process. */
    private static void setInitialPassword(Path homeDir, String password) throws Exception {
        Path confDir = homeDir.resolve("conf"); // need not exist: the command tolerates a missing neo4j.conf
        SetInitialPasswordCommand command = new SetInitialPasswordCommand(new ExecutionContext(homeDir, confDir));
        // "--" so that a password starting with '-' is not taken for an option.
        new CommandLine(command).parseArgs("--", password);
        Integer rc = command.call();
        if (rc == null || rc != 0) {
            fail("set-initial-password failed with exit code " + rc);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail("missing value for " + args[i - 1]);
        }
        return args[i];
    }

    /** "512m", "1g", "65536k", "1048576" -> bytes. */
    static long parseBytes(String s) {
        String v = s.trim().toLowerCase();
        long mult = 1;
        char last = v.charAt(v.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            mult = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            v = v.substring(0, v.length() - 1);
        }
        return Long.parseLong(v) * mult;
    }

    private static void fail(String message) {
        System.err.println("ERROR: " + message);
        System.exit(2);
    }
}
