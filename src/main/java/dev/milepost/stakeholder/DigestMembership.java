package dev.milepost.stakeholder;

/**
 * Whether a stakeholder receives the leadership digest. Implemented by the mail module,
 * which owns the subscriptions; declared here so that the stakeholder page can show it
 * without the stakeholder module depending on mail.
 */
public interface DigestMembership {

	boolean receivesDigest(long stakeholderId);

}
