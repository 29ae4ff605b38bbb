package dev.milepost.dashboard;

/**
 * Text and numbers in server-drawn SVG (roadmap, trend charts): the one escaping and the
 * one coordinate format they share.
 */
public final class SvgText {

	private SvgText() {
	}

	/**
	 * {@code text} safe in SVG element content and attribute values; control characters
	 * become spaces.
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ? ' ' : c);
			}
		}
		return out.toString();
	}

	/**
	 * A coordinate with one decimal, as {@code String.format(Locale.ROOT, "%.1f", value)}
	 * writes it (but "0.0" for a tiny negative), without the cost of a formatter on every
	 * point of a chart.
	 */
	public static String number(double value) {
		long tenths = Math.round(value * 10);
		String sign = (tenths < 0) ? "-" : "";
		tenths = Math.abs(tenths);
		return sign + (tenths / 10) + "." + (tenths % 10);
	}

}
