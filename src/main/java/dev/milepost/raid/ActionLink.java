package dev.milepost.raid;

/**
 * What an action is linked to: one issue, decision, risk or weekly report.
 */
public record ActionLink(Kind kind, Long id) {

	public enum Kind {

		ISSUE, DECISION, RISK, REPORT

	}

}
