package dev.milepost;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the {@link TestClock} back to the run's time after every test method, so that a
 * test that moved it leaves nothing behind for the next one sharing the context.
 */
public class TestClockReset implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
		}
	}

}
