package dev.milepost.security;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A brand-new, empty PostgreSQL database on the test server ({@code TEST_DATABASE_URL},
 * default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code postgres}), for
 * tests that must start from nothing (first start, migrations, several application
 * instances) without touching the shared test database. Dropped on {@link #close()}.
 */
final class FreshDatabase implements AutoCloseable {

	private final JdbcClient server;

	private final String name;

	private final String url;

	private final String username;

	private final String password;

	private FreshDatabase(String prefix) {
		String serverUrl = env("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		this.username = env("TEST_DATABASE_USERNAME", "postgres");
		this.password = env("TEST_DATABASE_PASSWORD", "");
		this.server = JdbcClient.create(dataSource(serverUrl, this.username, this.password));
		this.name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.server.sql("create database " + this.name).update();
		int slash = serverUrl.lastIndexOf('/');
		int query = serverUrl.indexOf('?', slash);
		this.url = serverUrl.substring(0, slash + 1) + this.name + ((query < 0) ? "" : serverUrl.substring(query));
	}

	static FreshDatabase create(String prefix) {
		return new FreshDatabase(prefix);
	}

	String url() {
		return this.url;
	}

	String username() {
		return this.username;
	}

	String password() {
		return this.password;
	}

	/** Statements against this database. */
	JdbcClient jdbc() {
		return JdbcClient.create(dataSource(this.url, this.username, this.password));
	}

	/** Command-line arguments that point an application at this database. */
	String[] datasourceArguments() {
		return new String[] { "--spring.datasource.url=" + this.url, "--spring.datasource.username=" + this.username,
				"--spring.datasource.password=" + this.password };
	}

	@Override
	public void close() {
		this.server.sql("drop database if exists " + this.name + " with (force)").update();
	}

	private static DataSource dataSource(String url, String username, String password) {
		return new SimpleDriverDataSource(new org.postgresql.Driver(), url, username, password);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
