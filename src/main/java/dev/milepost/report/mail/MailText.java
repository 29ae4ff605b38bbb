package dev.milepost.report.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * The written sections of a report (plain text typed by the TPM) as blocks for a mail:
 * one block per non-empty line; a line starting with {@code -}, {@code *} or {@code •} is
 * a bullet. The text stays text: templates print it escaped, so no HTML typed by a user
 * reaches a mail.
 */
final class MailText {

	private MailText() {
	}

	static List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		if (text == null) {
			return blocks;
		}
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (trimmed.length() > 1 && "-*•".indexOf(trimmed.charAt(0)) >= 0
					&& Character.isWhitespace(trimmed.charAt(1))) {
				blocks.add(new Block(true, trimmed.substring(2).strip()));
			}
			else {
				blocks.add(new Block(false, trimmed));
			}
		}
		return blocks;
	}

	/**
	 * @param bullet whether the line is a list item
	 */
	record Block(boolean bullet, String text) {
	}

}
