package dev.milepost.security;

import javax.sql.DataSource;

import dev.milepost.shared.DatabaseProduct;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The shared session store (Spring Session JDBC) writes a new session attribute as an
 * upsert. Its plain insert failed when two requests of one session added the same
 * attribute at the same time: right after signing in, every page opened at once creates
 * the session's CSRF token, each request inserts it, and all but the first answered 500
 * (a duplicate key in {@code spring_session_attributes}). With the upsert the last
 * writer's value stands, as it does for attributes that already exist.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/** H2's upsert (the embedded default); PostgreSQL's comes with Spring Session. */
	static final String H2_CREATE_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpserts(DataSource dataSource) {
		String product = DatabaseProduct.of(dataSource);
		return (repository) -> {
			if (DatabaseProduct.POSTGRESQL.equals(product)) {
				new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
			}
			else if (DatabaseProduct.H2.equals(product)) {
				repository.setCreateSessionAttributeQuery(H2_CREATE_ATTRIBUTE);
			}
		};
	}

}
