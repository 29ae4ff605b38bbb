package dev.milepost.outage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of its own, made with {@code initdb} in a temporary directory and
 * run on a free port of 127.0.0.1, which a test can stop and start like an operator (and
 * so take away from the application using it) without touching the machine's shared
 * server. The newest version under {@code /usr/lib/postgresql} is used; as root (our
 * machines and CI) every command runs as the {@code postgres} user, since PostgreSQL
 * refuses to run as root. {@link #close()} stops it and deletes the directory.
 */
final class ThrowAwayPostgres implements AutoCloseable {

	private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");

	private static final String SERVER_USER = "postgres";

	private final Path bin;

	private final Path directory;

	private final Path data;

	private final int port;

	private boolean running;

	private ThrowAwayPostgres(Path bin, Path directory, int port) {
		this.bin = bin;
		this.directory = directory;
		this.data = directory.resolve("data");
		this.port = port;
	}

	/**
	 * Whether PostgreSQL's server programs ({@code initdb}, {@code pg_ctl}) are
	 * installed.
	 */
	static boolean isInstalled() {
		return findBin() != null;
	}

	/** Creates the cluster and starts it. */
	static ThrowAwayPostgres create() {
		Path bin = findBin();
		if (bin == null) {
			throw new IllegalStateException("No PostgreSQL server programs under " + INSTALLATIONS);
		}
		try {
			Path directory = Files.createTempDirectory("milepost-outage-");
			if (isRoot()) {
				UserPrincipal owner = directory.getFileSystem()
					.getUserPrincipalLookupService()
					.lookupPrincipalByName(SERVER_USER);
				Files.setOwner(directory, owner);
			}
			ThrowAwayPostgres postgres = new ThrowAwayPostgres(bin, directory, freePort());
			postgres.run("initdb", "-D", postgres.data.toString(), "-A", "trust", "-U", SERVER_USER, "-E", "UTF8",
					"--no-locale", "--no-sync");
			postgres.start();
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The JDBC URL of the cluster's {@code postgres} database (user {@code postgres}, no
	 * password).
	 */
	String url() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	String username() {
		return SERVER_USER;
	}

	boolean isRunning() {
		return this.running;
	}

	/** Starts the server and returns once it accepts connections. */
	void start() {
		run("pg_ctl", "-D", this.data.toString(), "-l", this.directory.resolve("server.log").toString(), "-w", "-t",
				"60", "-o", "-p " + this.port + " -k " + this.directory + " -c listen_addresses=127.0.0.1", "start");
		this.running = true;
	}

	/**
	 * Stops the server the quick way an operator would: open connections are ended at
	 * once.
	 */
	void stop() {
		run("pg_ctl", "-D", this.data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
		this.running = false;
	}

	@Override
	public void close() {
		try {
			if (this.running) {
				stop();
			}
		}
		finally {
			delete(this.directory);
		}
	}

	private void run(String program, String... arguments) {
		List<String> command = new ArrayList<>();
		if (isRoot()) {
			command.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
		}
		command.add(this.bin.resolve(program).toString());
		command.addAll(List.of(arguments));
		try {
			Path output = Files.createTempFile("milepost-outage-pg-", ".log");
			try {
				Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(output.toFile())
					.start();
				if (!process.waitFor(90, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new IllegalStateException(program + " did not finish in 90 s: " + Files.readString(output));
				}
				if (process.exitValue() != 0) {
					throw new IllegalStateException(
							program + " failed (exit " + process.exitValue() + "): " + Files.readString(output));
				}
			}
			finally {
				Files.deleteIfExists(output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(program + " interrupted", ex);
		}
	}

	/**
	 * The {@code bin} directory of the newest installed version, {@code null} for none.
	 */
	private static Path findBin() {
		if (!Files.isDirectory(INSTALLATIONS)) {
			return null;
		}
		try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
				.max(Comparator.comparing((Path bin) -> versionOf(bin)))
				.orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static int versionOf(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
