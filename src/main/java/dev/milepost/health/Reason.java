package dev.milepost.health;

import java.util.Comparator;
import java.util.Objects;

/**
 * Why something is AMBER or RED, as one sentence, e.g. {@code "Risk Vendor exit scores 20"}.
 * Only rules that fire produce reasons, so a reason is AMBER or RED, except the one that reports
 * a project overridden to GREEN on its program.
 *
 * @param health how bad this finding is on its own (AMBER or RED)
 * @param rule the rule that produced it
 * @param sentence the explanation, ready to show (English, no trailing full stop)
 */
public record Reason(Health health, HealthRule rule, String sentence) {

	/**
	 * Worst first; reasons of equal health keep their order (use with a stable sort such as
	 * {@link java.util.List#sort}).
	 */
	public static final Comparator<Reason> WORST_FIRST = Comparator.comparing(Reason::health).reversed();

	public Reason {
		Objects.requireNonNull(health, "health");
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(sentence, "sentence");
	}

	/** The same reason with its sentence prefixed by where it comes from: {@code "KEY: sentence"}. */
	public Reason from(String source) {
		return new Reason(this.health, this.rule, source + ": " + this.sentence);
	}

}
