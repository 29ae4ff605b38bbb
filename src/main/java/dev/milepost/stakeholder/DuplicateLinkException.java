package dev.milepost.stakeholder;

/**
 * The stakeholder is already linked to that program or project; change the existing
 * link's role instead.
 */
public class DuplicateLinkException extends RuntimeException {

	DuplicateLinkException(String what) {
		super("Stakeholder already linked to this " + what);
	}

}
