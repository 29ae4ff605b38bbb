package dev.milepost;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Real PostgreSQL for every test that touches SQL: a Testcontainers PostgreSQL 17 where a
 * Docker engine runs, otherwise a fresh database on an existing server
 * ({@code TEST_DATABASE_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/postgres},
 * user {@code postgres}), created once per test JVM and dropped when it ends.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	JdbcConnectionDetails localPostgres() {
		LocalDatabase database = LocalDatabase.INSTANCE;
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return database.username;
			}

			@Override
			public String getPassword() {
				return database.password;
			}

			@Override
			public String getJdbcUrl() {
				return database.url;
			}
		};
	}

	static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static final class DockerAvailable implements org.springframework.context.annotation.Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DOCKER;
		}

	}

	static final class DockerUnavailable implements org.springframework.context.annotation.Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !DOCKER;
		}

	}

	private static final boolean DOCKER = dockerAvailable();

	/** One throw-away database per test JVM on the local server. */
	static final class LocalDatabase {

		static final LocalDatabase INSTANCE = new LocalDatabase();

		final String url;

		final String username;

		final String password;

		private LocalDatabase() {
			String serverUrl = env("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
			this.username = env("TEST_DATABASE_USERNAME", "postgres");
			this.password = env("TEST_DATABASE_PASSWORD", "");
			String name = "milepost_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			execute(serverUrl, "create database " + name);
			int slash = serverUrl.lastIndexOf('/');
			int query = serverUrl.indexOf('?', slash);
			this.url = serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
			Runtime.getRuntime()
				.addShutdownHook(
						new Thread(() -> execute(serverUrl, "drop database if exists " + name + " with (force)")));
		}

		private void execute(String url, String sql) {
			try (Connection connection = DriverManager.getConnection(url, this.username, this.password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot reach the test PostgreSQL at " + url
						+ " (set TEST_DATABASE_URL, or start the server): " + ex.getMessage(), ex);
			}
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return (value == null || value.isBlank()) ? fallback : value;
		}

	}

}
