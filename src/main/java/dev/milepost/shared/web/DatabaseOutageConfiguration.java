package dev.milepost.shared.web;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * What makes a database outage a short, honest 503 instead of a hang and the container's
 * error page: the {@link DatabaseOutageFilter} in front of every filter that reads the
 * database, the {@link OutageAwareDataSource} that waits for a connection at most once
 * per request, Hikari's report of connections lost, and a listener that notes when a
 * request's change went to commit before the database went away. The connection timeout
 * itself is {@code spring.datasource.hikari.connection-timeout}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

	/**
	 * Before Spring Session's filter, after Boot's character encoding and observation
	 * filters.
	 */
	static final int FILTER_ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 10;

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter());
		registration.setOrder(FILTER_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * Wraps the data source in an {@link OutageAwareDataSource}; a Hikari pool also
	 * reports to the current request every SQL error that says its connection is gone (a
	 * query cut off by the server's shutdown, say), which the request may only see later,
	 * disguised as a failed rollback.
	 */
	@Bean
	static BeanPostProcessor outageAwareDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getExceptionOverride() == null
						&& pool.getExceptionOverrideClassName() == null) {
					pool.setExceptionOverride(new ConnectionLossReport());
				}
				return bean;
			}

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof OutageAwareDataSource))
						? new OutageAwareDataSource(dataSource) : bean;
			}
		};
	}

	/**
	 * Hikari's default judgement of SQL errors, which it lets the current request know
	 * about.
	 */
	static final class ConnectionLossReport implements SQLExceptionOverride {

		@java.lang.Override
		public SQLExceptionOverride.Override adjudicate(SQLException failure) {
			DatabaseOutage outage = DatabaseOutage.current();
			if (outage != null && DatabaseOutage.causedBy(failure)) {
				outage.markUnavailable();
			}
			return SQLExceptionOverride.Override.CONTINUE_EVICT;
		}

	}

	/**
	 * Notes on the current request that a write transaction of the application (a named,
	 * {@code @Transactional} one; Spring Session's own carry no name) goes to commit.
	 * Noted before the commit, because a connection lost during it leaves the outcome
	 * unknown.
	 */
	@Bean
	TransactionExecutionListener commitListener() {
		return new TransactionExecutionListener() {
			@Override
			public void beforeCommit(TransactionExecution transaction) {
				DatabaseOutage outage = DatabaseOutage.current();
				String name = transaction.getTransactionName();
				if (outage != null && !transaction.isReadOnly() && name != null && !name.isEmpty()) {
					outage.markCommitting();
				}
			}
		};
	}

}
