package dev.milepost.shared.web;

/**
 * One choice of a select box: the submitted value and the text shown.
 */
public record Option(String value, String label) {

	public static Option of(Long id, String label) {
		return new Option(String.valueOf(id), label);
	}

}
