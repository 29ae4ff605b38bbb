package dev.milepost.summary;

import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The last consistency check of the program summaries as gauges:
 * {@code milepost.summary.differences} (Prometheus {@code milepost_summary_differences}:
 * rows that differed from a fresh computation; anything above 0 is worth an alert) and
 * {@code milepost.summary.checked} (programs checked). Both read NaN until this instance
 * has run a check (the hourly job, or an admin's button). A check recomputes the whole
 * portfolio, so a scrape only reads its last result.
 */
@Component
class SummaryMetrics implements MeterBinder {

	private final AtomicReference<ProgramSummaries.@Nullable Check> last = new AtomicReference<>();

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("milepost.summary.differences", this, SummaryMetrics::differences)
			.description("Program summaries that differed from a fresh computation at the last check")
			.register(registry);
		Gauge.builder("milepost.summary.checked", this, SummaryMetrics::checked)
			.description("Programs compared at the last check of the program summaries")
			.register(registry);
	}

	void checked(ProgramSummaries.Check check) {
		this.last.set(check);
	}

	ProgramSummaries.@Nullable Check last() {
		return this.last.get();
	}

	double differences() {
		ProgramSummaries.Check check = this.last.get();
		return (check != null) ? check.differing() : Double.NaN;
	}

	double checked() {
		ProgramSummaries.Check check = this.last.get();
		return (check != null) ? check.programs() : Double.NaN;
	}

}
