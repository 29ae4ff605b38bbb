package dev.milepost.shared.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amounts with their currency: the program's, else {@code milepost.currency}, else none;
 * grouped with commas whatever the locale.
 */
class MoneyTests {

	@Test
	void showsTheConfiguredCurrencyAfterTheAmount() {
		Money money = new Money("eur");

		assertThat(money.currency()).isEqualTo("EUR");
		assertThat(money.format(new BigDecimal("1250000.5"))).isEqualTo("1,250,000.50 EUR");
		assertThat(money.whole(new BigDecimal("1250000.5"))).isEqualTo("1,250,001 EUR");
		assertThat(money.signedWhole(new BigDecimal("1200"))).isEqualTo("+1,200 EUR");
		assertThat(money.signedWhole(new BigDecimal("-300.4"))).isEqualTo("-300 EUR");
		assertThat(money.signedWhole(BigDecimal.ZERO)).isEqualTo("0 EUR");
	}

	@Test
	void aProgramsOwnCurrencyWinsOverTheSetting() {
		Money money = new Money("EUR");

		assertThat(money.format(new BigDecimal("99.999"), "USD")).isEqualTo("100.00 USD");
		assertThat(money.format(new BigDecimal("99.999"), " ")).isEqualTo("100.00 EUR");
	}

	@Test
	void withoutASettingAmountsStandAlone() {
		Money money = new Money("");

		assertThat(money.currency()).isNull();
		assertThat(money.format(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
		assertThat(money.whole(new BigDecimal("1234.5"))).isEqualTo("1,235");
		assertThat(money.format(new BigDecimal("1234.5"), "CHF")).isEqualTo("1,234.50 CHF");
	}

	@Test
	void nothingForNoAmount() {
		Money money = new Money("EUR");

		assertThat(money.format(null)).isEmpty();
		assertThat(money.whole(null)).isEmpty();
		assertThat(money.signedWhole(null)).isEmpty();
	}

}
