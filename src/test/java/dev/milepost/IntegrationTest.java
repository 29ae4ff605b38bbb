package dev.milepost;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.milepost.dashboard.DashboardFixtures;
import dev.milepost.report.ReportService;
import dev.milepost.report.digest.DigestEvents;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A full integration test: the whole application on a random port against the shared test
 * PostgreSQL, with MockMvc, the {@link TestClock}, {@link TestData} and the
 * {@link StatementCounter}; {@link ReportService} is a Mockito spy (real behaviour unless
 * a test stubs it; stubs are reset after each test) so that a test can make one report
 * fail to publish. Every class annotated with it shares one cached application context,
 * so a test class must not add configuration of its own (properties, imports, mocks):
 * whatever it needs goes here, for all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, FastPasswordHashing.class, TestData.class,
		StatementCounter.class, PortfolioCleaner.class, DashboardFixtures.class, DigestEvents.class })
@MockitoSpyBean(types = ReportService.class)
@TestExecutionListeners(listeners = TestClockReset.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {

}
