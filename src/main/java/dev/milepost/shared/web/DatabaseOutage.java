package dev.milepost.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A database that cannot be reached, as one request meets it.
 * <p>
 * {@link #causedBy(Throwable)} tells a failure to reach the database (no connection, a
 * connection lost, the server shutting down) from every other failure, wherever it was
 * wrapped: in a Spring Session or remember-me filter, a transaction that could not begin,
 * a servlet exception. An instance records what one request found out, for all its
 * dispatches (the request itself, then the container's error page): whether the database
 * was unreachable, and whether a write transaction had gone to commit before, so that the
 * error page neither asks the database again nor claims that nothing was saved when
 * something may have been.
 */
public final class DatabaseOutage {

	private static final String ATTRIBUTE = DatabaseOutage.class.getName();

	private static final ThreadLocal<DatabaseOutage> current = new ThreadLocal<>();

	/**
	 * SQLState classes of a connection that failed or ended: 08 connection exception, 57P
	 * shutdown.
	 */
	private static final String[] CONNECTION_STATES = { "08", "57P" };

	/** What HikariCP's stand-in for an evicted connection says on every use. */
	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	private volatile boolean unavailable;

	private volatile boolean mayHaveSaved;

	private DatabaseOutage() {
	}

	/**
	 * Whether {@code failure}, or any exception it wraps, says that the database could
	 * not be reached: no connection could be had in time, a connection was refused or
	 * lost, or the server is shutting down or starting up.
	 * @param failure any exception, {@code null} for none
	 * @return {@code true} for a database outage, {@code false} for every other failure
	 */
	public static boolean causedBy(Throwable failure) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
			if (isConnectionFailure(cause)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isConnectionFailure(Throwable failure) {
		if (failure instanceof CannotGetJdbcConnectionException || failure instanceof CannotCreateTransactionException
				|| failure instanceof DataAccessResourceFailureException || failure instanceof JDBCConnectionException
				|| failure instanceof SQLTransientConnectionException
				|| failure instanceof SQLNonTransientConnectionException) {
			return true;
		}
		if (failure instanceof SQLException sql && sql.getSQLState() == null
				&& HIKARI_CLOSED_CONNECTION.equals(sql.getMessage())) {
			// HikariCP's proxy of a connection it has evicted as broken (lost
			// mid-request):
			// it throws without a SQLState, for instance when the transaction's rollback
			// replaces the original connection failure
			return true;
		}
		if (failure instanceof SQLException sql && sql.getSQLState() != null) {
			for (String state : CONNECTION_STATES) {
				if (sql.getSQLState().startsWith(state)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The record of {@code request}, created on first use and kept for its error
	 * dispatch.
	 */
	static DatabaseOutage of(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof DatabaseOutage outage) {
			return outage;
		}
		DatabaseOutage outage = new DatabaseOutage();
		request.setAttribute(ATTRIBUTE, outage);
		return outage;
	}

	/**
	 * The record of the request this thread is serving, {@code null} outside a request.
	 */
	static DatabaseOutage current() {
		return current.get();
	}

	/**
	 * Makes this the record of the thread's current request.
	 * @return the record it replaces (normally {@code null}), to give to {@link #restore}
	 */
	DatabaseOutage bind() {
		DatabaseOutage previous = current.get();
		current.set(this);
		return previous;
	}

	static void restore(DatabaseOutage previous) {
		if (previous != null) {
			current.set(previous);
		}
		else {
			current.remove();
		}
	}

	/** Whether the database could not be reached during this request. */
	boolean isUnavailable() {
		return this.unavailable;
	}

	void markUnavailable() {
		this.unavailable = true;
	}

	/**
	 * Whether a write transaction of this request went to commit: then it may be saved
	 * even if the request failed (when the connection is lost during the commit, nobody
	 * can tell).
	 */
	boolean mayHaveSaved() {
		return this.mayHaveSaved;
	}

	void markCommitting() {
		this.mayHaveSaved = true;
	}

}
