package dev.milepost.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Amounts as text, with their currency, for templates ({@code @money}): "12,500.00 EUR",
 * or "12,500 EUR" where whole units are enough (reports, charts). The currency is the one
 * given (a program's budget currency) or else the setting {@code milepost.currency} (an
 * ISO 4217 code such as {@code EUR}; unset, amounts are shown without a currency). Digits
 * grouped with commas and a decimal point, the same in every locale, like the dates
 * (YYYY-MM-DD).
 */
@Component("money")
public class Money {

	private final @Nullable String currency;

	public Money(@Value("${milepost.currency:}") String currency) {
		this.currency = (currency == null || currency.isBlank()) ? null : currency.trim().toUpperCase(Locale.ROOT);
	}

	/** The configured currency code, or {@code null} when none is set. */
	public @Nullable String currency() {
		return this.currency;
	}

	/** The amount with two decimals and the configured currency; "" for {@code null}. */
	public String format(@Nullable BigDecimal amount) {
		return format(amount, null);
	}

	/**
	 * The amount with two decimals and {@code currency}, or the configured one when it is
	 * blank.
	 */
	public String format(@Nullable BigDecimal amount, @Nullable String currency) {
		return text(amount, currency, 2);
	}

	/** The amount in whole units (rounded half up) and the configured currency. */
	public String whole(@Nullable BigDecimal amount) {
		return text(amount, null, 0);
	}

	/**
	 * The amount in whole units with a sign (+1,200 EUR / -300 EUR) and the configured
	 * currency.
	 */
	public String signedWhole(@Nullable BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		return text(amount, null, 0, true);
	}

	private String text(@Nullable BigDecimal amount, @Nullable String currency, int decimals) {
		return text(amount, currency, decimals, false);
	}

	private String text(@Nullable BigDecimal amount, @Nullable String currency, int decimals, boolean signed) {
		if (amount == null) {
			return "";
		}
		BigDecimal rounded = amount.setScale(decimals, RoundingMode.HALF_UP);
		String pattern = (decimals == 0) ? "#,##0" : "#,##0.00";
		DecimalFormat format = new DecimalFormat(
				(signed && rounded.signum() != 0) ? "+" + pattern + ";-" + pattern : pattern,
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		String digits = format.format(rounded);
		String code = (currency == null || currency.isBlank()) ? this.currency : currency.trim();
		return (code == null) ? digits : digits + " " + code;
	}

}
