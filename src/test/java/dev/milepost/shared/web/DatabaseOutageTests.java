package dev.milepost.shared.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures are a database that cannot be reached (answered 503), however they are
 * wrapped, and which are not (they keep their own answer).
 */
class DatabaseOutageTests {

	@Test
	void noConnectionInTimeIsAnOutageWhereverItIsWrapped() {
		SQLTransientConnectionException timeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 2000ms");
		assertThat(DatabaseOutage.causedBy(timeout)).isTrue();
		assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("no connection", timeout))).isTrue();
		// Spring Session's repository, in a transaction of its own, and the servlet
		// exception around it
		Exception session = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
				new JDBCConnectionException("Unable to acquire JDBC Connection", timeout));
		assertThat(DatabaseOutage.causedBy(new ServletException("Request processing failed", session))).isTrue();
	}

	@Test
	void aConnectionRefusedLostOrShutDownIsAnOutage() {
		assertThat(DatabaseOutage.causedBy(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))).isTrue();
		assertThat(DatabaseOutage.causedBy(new SQLException("An I/O error occurred while sending", "08006"))).isTrue();
		assertThat(DatabaseOutage
			.causedBy(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
		assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
	}

	@Test
	void aRollbackOnAConnectionThePoolHadEvictedIsAnOutage() {
		// the transaction's rollback fails on HikariCP's closed stand-in (no SQLState)
		// and
		// replaces the application's own connection failure (seen under load in
		// PostgresOutageTests)
		Exception rollback = new JpaSystemException(new TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		assertThat(DatabaseOutage.causedBy(rollback)).isTrue();
		assertThat(DatabaseOutage.causedBy(new SQLException("Connection is closed", "23505"))).isFalse();
		assertThat(DatabaseOutage.causedBy(new SQLException("Statement is closed"))).isFalse();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(DatabaseOutage.causedBy(null)).isFalse();
		assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseOutage.causedBy(new IOException("client went away"))).isFalse();
		assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseOutage.causedBy(new ObjectOptimisticLockingFailureException("Program", 42L))).isFalse();
		assertThat(DatabaseOutage.causedBy(new SQLException("canceling statement due to user request", "57014")))
			.isFalse();
	}

	@Test
	void aCauseThatPointsBackToItselfEnds() {
		IllegalStateException first = new IllegalStateException("first");
		IllegalStateException second = new IllegalStateException("second", first);
		first.initCause(second);
		assertThat(DatabaseOutage.causedBy(second)).isFalse();
	}

}
