package dev.milepost.healthrecord;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import dev.milepost.health.Health;
import dev.milepost.portfolio.PortfolioLookup;
import dev.milepost.portfolio.ProgramNotFoundException;
import dev.milepost.portfolio.ProjectNotFoundException;
import dev.milepost.shared.CurrentActor;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets and clears overrides of a program's or project's health. Authorization is the
 * caller's job (the controller asks {@code Access}); this service checks that the subject
 * exists and that the user edits the override they saw.
 */
@Service
@Transactional
public class HealthOverrideService {

	/**
	 * How far ahead an override may expire: long enough for a quarter, short enough to be
	 * revisited.
	 */
	public static final int MAX_DAYS_AHEAD = 90;

	private final HealthOverrideRepository overrides;

	private final PortfolioLookup portfolio;

	private final Clock clock;

	HealthOverrideService(HealthOverrideRepository overrides, PortfolioLookup portfolio, Clock clock) {
		this.overrides = overrides;
		this.portfolio = portfolio;
		this.clock = clock;
	}

	/** The stored override, active or expired. */
	@Transactional(readOnly = true)
	public Optional<HealthOverrideRecord> find(Subject subject) {
		return (subject.kind() == Subject.Kind.PROGRAM) ? this.overrides.findByProgramId(subject.id())
				: this.overrides.findByProjectId(subject.id());
	}

	/** The override that applies today, if any. */
	@Transactional(readOnly = true)
	public Optional<HealthOverrideRecord> active(Subject subject) {
		LocalDate today = LocalDate.now(this.clock);
		return find(subject).filter((override) -> override.isActiveOn(today));
	}

	/**
	 * Sets the override, replacing any stored one.
	 * @param expectedVersion the version of the active override the user saw, or
	 * {@code null} if they saw none
	 * @throws ObjectOptimisticLockingFailureException when someone else set or cleared
	 * the active override meanwhile
	 * @throws IllegalArgumentException when the expiry date is outside
	 * today..today+{@value #MAX_DAYS_AHEAD} (the form checks this first)
	 */
	public HealthOverrideRecord set(Subject subject, Long expectedVersion, Health health, String rationale,
			LocalDate expiresOn) {
		requireExists(subject);
		LocalDate today = LocalDate.now(this.clock);
		if (expiresOn.isBefore(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
			throw new IllegalArgumentException("Expiry date out of range: " + expiresOn);
		}
		Optional<HealthOverrideRecord> stored = find(subject);
		Optional<HealthOverrideRecord> active = stored.filter((override) -> override.isActiveOn(today));
		Long activeVersion = active.map(HealthOverrideRecord::getVersion).orElse(null);
		if ((activeVersion == null) ? expectedVersion != null : !activeVersion.equals(expectedVersion)) {
			throw new ObjectOptimisticLockingFailureException(HealthOverrideRecord.class, subject);
		}
		HealthOverrideRecord override = stored.orElseGet(() -> new HealthOverrideRecord(subject));
		override.set(health, rationale.strip(), expiresOn, CurrentActor.name(), this.clock.instant());
		return this.overrides.saveAndFlush(override);
	}

	/**
	 * Removes the override; the computed health applies again. Clearing what is already
	 * gone changes nothing.
	 * @return whether there was an override
	 */
	public boolean clear(Subject subject) {
		requireExists(subject);
		Optional<HealthOverrideRecord> stored = find(subject);
		stored.ifPresent(this.overrides::delete);
		return stored.isPresent();
	}

	private void requireExists(Subject subject) {
		if (subject.kind() == Subject.Kind.PROGRAM && !this.portfolio.programExists(subject.id())) {
			throw new ProgramNotFoundException(subject.id());
		}
		if (subject.kind() == Subject.Kind.PROJECT && !this.portfolio.projectExists(subject.id())) {
			throw new ProjectNotFoundException(subject.id());
		}
	}

}
