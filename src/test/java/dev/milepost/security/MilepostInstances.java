package dev.milepost.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.milepost.MilepostApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts complete Milepost applications (web server on a random port) against a given
 * database, the way a deployment would, outside the test framework's cached contexts.
 */
final class MilepostInstances {

	private MilepostInstances() {
	}

	/**
	 * @param database where the instance keeps its data
	 * @param arguments further command-line arguments, e.g.
	 * {@code --milepost.admin.username=x}
	 */
	static ConfigurableApplicationContext start(FreshDatabase database, String... arguments) {
		return start(database.datasourceArguments(), arguments);
	}

	/**
	 * @param datasource the {@code --spring.datasource.*} arguments of the database to
	 * use
	 * @param arguments further command-line arguments
	 */
	static ConfigurableApplicationContext start(String[] datasource, String... arguments) {
		List<String> all = new ArrayList<>(Arrays.asList(datasource));
		all.add("--server.port=0");
		all.add("--milepost.demo-data=false");
		all.add("--spring.main.banner-mode=off");
		// the test server is shared by every test JVM on the machine: keep this
		// instance's share small
		all.add("--spring.datasource.hikari.maximum-pool-size=2");
		all.addAll(Arrays.asList(arguments));
		return new SpringApplicationBuilder(MilepostApplication.class).run(all.toArray(String[]::new));
	}

	static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

}
