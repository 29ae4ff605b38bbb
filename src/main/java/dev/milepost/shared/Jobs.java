package dev.milepost.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The one way into a job that must run on one instance at a time (the weekly report job,
 * the weekly health snapshot): every entry point of a job (its schedule, a start-up run,
 * an administrator's button, a direct call) goes through {@link #run} or
 * {@link #runScheduled} with the job's name, and so through the same ShedLock lock, a row
 * of table {@code shedlock} timed by the database's clock. While one instance (or thread)
 * holds it, a second run is refused: {@link #run} throws {@link JobRefusedException} (the
 * 409 page), {@link #runScheduled} logs and returns.
 * <p>
 * A lock is held while the work runs, at most {@link #AT_MOST} (then a crashed instance's
 * lock lapses). A scheduled run holds it at least {@link #SCHEDULED_AT_LEAST} after it
 * ended, so that an instance whose clock is a little behind does not run the same
 * schedule again; a run on demand releases it when it ends.
 * <p>
 * Every run is counted in {@code milepost.job.runs} (Prometheus:
 * {@code milepost_job_runs_total}) with tags {@code job} and {@code outcome}:
 * {@code ran}, {@code refused} or {@code failed}.
 */
public class Jobs {

	/** The longest a job may hold its lock; a run takes seconds to a few minutes. */
	public static final Duration AT_MOST = Duration.ofMinutes(30);

	/** How long a scheduled run keeps its lock after it ended. */
	public static final Duration SCHEDULED_AT_LEAST = Duration.ofMinutes(1);

	static final String METER = "milepost.job.runs";

	private static final Logger logger = LoggerFactory.getLogger(Jobs.class);

	private final LockingTaskExecutor executor;

	private final MeterRegistry meters;

	private final Clock clock;

	public Jobs(LockingTaskExecutor executor, MeterRegistry meters, Clock clock) {
		this.executor = executor;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Runs {@code work} under the lock of {@code job}, released when it ends.
	 * @param job the lock's name, e.g. {@code weekly-reports}; its user-facing name is
	 * the message {@code job.<job>}
	 * @return what {@code work} returned
	 * @throws JobRefusedException when the lock is held elsewhere (another instance or
	 * thread runs the job, or a scheduled run ended less than a minute ago)
	 */
	public <T> T run(String job, Supplier<T> work) {
		TaskResult<T> result = execute(job, Duration.ZERO, work);
		if (!result.wasExecuted()) {
			throw new JobRefusedException(job);
		}
		return result.getResult();
	}

	/**
	 * The scheduler's run of {@code job}: as {@link #run}, but the lock is kept
	 * {@link #SCHEDULED_AT_LEAST} after the work ended, and a refusal is only logged
	 * (another instance has the run).
	 * @return whether this instance ran it
	 */
	public boolean runScheduled(String job, Runnable work) {
		TaskResult<Object> result = execute(job, SCHEDULED_AT_LEAST, () -> {
			work.run();
			return null;
		});
		if (!result.wasExecuted()) {
			logger.info("Job {} not run here: it is running on another instance or has just run there", job);
		}
		return result.wasExecuted();
	}

	private <T> TaskResult<T> execute(String job, Duration atLeast, Supplier<T> work) {
		LockConfiguration lock = new LockConfiguration(this.clock.instant(), job, AT_MOST, atLeast);
		TaskResult<T> result;
		try {
			result = this.executor.executeWithLock(work::get, lock);
		}
		catch (RuntimeException | Error ex) {
			count(job, "failed");
			throw ex;
		}
		catch (Throwable ex) {
			// a Supplier throws no checked exception; the executor's signature does
			count(job, "failed");
			throw new IllegalStateException(ex);
		}
		count(job, result.wasExecuted() ? "ran" : "refused");
		return result;
	}

	private void count(String job, String outcome) {
		Counter.builder(METER)
			.description("Runs of the application's jobs by outcome (ran, refused: locked elsewhere, failed)")
			.tag("job", job)
			.tag("outcome", outcome)
			.register(this.meters)
			.increment();
	}

	/**
	 * A run of a job refused because another instance (or thread) holds its lock: the 409
	 * page with "already running on another instance (or has just run there)".
	 */
	public static class JobRefusedException extends ConflictException {

		private final String job;

		JobRefusedException(String job) {
			super("job.refused", new DefaultMessageSourceResolvable(new String[] { "job." + job }, job));
			this.job = job;
		}

		/** The job's (lock's) name. */
		public String job() {
			return this.job;
		}

	}

}
