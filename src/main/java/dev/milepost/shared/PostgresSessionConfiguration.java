package dev.milepost.shared;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the application's PostgreSQL sessions. {@code jit=off}: PostgreSQL compiles
 * a query to machine code when its estimated cost is high, and the estimate of the
 * program summary's query (a dozen grouped joins, each for one program) is high at any
 * size while the query itself takes milliseconds. At {@code xlarge} the compilation took
 * a second of every change saved (bench/RESULTS.md, 2026-12-06: 1,007 ms of JIT for 9 ms
 * of query). The statements of this application are short, index-driven reads and writes;
 * none gains from JIT. A data source URL that sets {@code options} itself keeps them.
 */
@Configuration(proxyBeanMethods = false)
class PostgresSessionConfiguration {

	static final String OPTIONS = "-c jit=off";

	@Bean
	static BeanPostProcessor postgresSessionOptions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
						&& pool.getJdbcUrl().startsWith("jdbc:postgresql:") && !pool.getJdbcUrl().contains("options=")
						&& !pool.getDataSourceProperties().containsKey("options")) {
					pool.addDataSourceProperty("options", OPTIONS);
				}
				return bean;
			}
		};
	}

}
