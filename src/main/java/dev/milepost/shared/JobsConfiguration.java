package dev.milepost.shared;

import java.time.Clock;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The locks of {@link Jobs}: ShedLock's JDBC provider on table {@code shedlock}, timed by
 * the database's clock ({@code usingDbTime}), so that the instances' clocks (and a test's
 * shifted clock) do not matter.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Bean
	Jobs jobs(LockProvider lockProvider, MeterRegistry meters, Clock clock) {
		return new Jobs(new DefaultLockingTaskExecutor(lockProvider), meters, clock);
	}

}
