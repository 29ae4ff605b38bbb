package dev.milepost.audit;

import java.time.Clock;

import dev.milepost.shared.CurrentActor;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the name of the signed-in user ({@code anonymous} for changes
 * made without one, such as the demo loader or the first-admin bootstrap) and the
 * application's {@link Clock} (Envers would take the system time). Hibernate creates it
 * through Spring, which injects the clock.
 */
public class RevisionUserListener implements RevisionListener {

	/** Longest name the {@code revisions.username} column holds. */
	static final int MAX_USERNAME = 120;

	private final Clock clock;

	RevisionUserListener(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void newRevision(Object revisionEntity) {
		String name = CurrentActor.name();
		if (name.length() > MAX_USERNAME) {
			name = name.substring(0, MAX_USERNAME);
		}
		Revision revision = (Revision) revisionEntity;
		revision.setUsername(name);
		revision.setChangedAt(this.clock.instant());
	}

}
