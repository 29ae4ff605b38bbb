package dev.milepost.report.digest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/**
 * Records the digest and weekly-job events of every thread (Spring's
 * {@code ApplicationEvents} sees only the test's own thread), for the race tests.
 */
@TestComponent
public class DigestEvents {

	final List<DigestPublished> published = new CopyOnWriteArrayList<>();

	final List<WeeklyRun> runs = new CopyOnWriteArrayList<>();

	@EventListener
	void on(DigestPublished event) {
		this.published.add(event);
	}

	@EventListener
	void on(WeeklyRun event) {
		this.runs.add(event);
	}

	List<DigestPublished> published(String week) {
		return this.published.stream().filter((e) -> e.week().equals(week)).toList();
	}

	List<WeeklyRun> runs(String week) {
		return this.runs.stream().filter((e) -> e.week().equals(week)).toList();
	}

}
