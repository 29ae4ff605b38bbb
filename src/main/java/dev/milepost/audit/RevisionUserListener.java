package dev.milepost.audit;

import dev.milepost.shared.CurrentActor;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the name of the signed-in user ({@code anonymous} for changes made
 * without one, such as the demo loader or the first-admin bootstrap).
 */
public class RevisionUserListener implements RevisionListener {

	/** Longest name the {@code revisions.username} column holds. */
	static final int MAX_USERNAME = 120;

	@Override
	public void newRevision(Object revisionEntity) {
		String name = CurrentActor.name();
		if (name.length() > MAX_USERNAME) {
			name = name.substring(0, MAX_USERNAME);
		}
		((Revision) revisionEntity).setUsername(name);
	}

}
