package dev.milepost.summary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The heat map cells kept in a summary row: stored as text, read back, added up. */
class RiskCellsTests {

	@Test
	void storedTextReadsBackTheSameCells() {
		RiskCells cells = RiskCells.of((probability, impact) -> probability * 100 + impact);

		RiskCells read = RiskCells.parse(cells.text());

		assertThat(read).isEqualTo(cells).hasSameHashCodeAs(cells);
		assertThat(read.count(4, 5)).isEqualTo(405);
		assertThat(read.count(1, 1)).isEqualTo(101);
		assertThat(cells.text()).startsWith("101,102,103,104,105,201,").endsWith(",505");
	}

	@Test
	void aRowWithoutCellsReadsAsNoRisk() {
		assertThat(RiskCells.parse(null)).isEqualTo(RiskCells.NONE);
		assertThat(RiskCells.NONE.total()).isZero();
	}

	@Test
	void cellsDifferWhenOneCountDiffers() {
		RiskCells one = RiskCells.of((probability, impact) -> (probability == 3 && impact == 2) ? 1 : 0);

		assertThat(one).isNotEqualTo(RiskCells.NONE);
		assertThat(one.total()).isEqualTo(1);
		assertThat(one.count(3, 2)).isEqualTo(1);
		assertThat(one.count(2, 3)).isZero();
	}

	@Test
	void textOfTheWrongLengthAndRatingsOutsideOneToFiveAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RiskCells.parse("1,2,3"));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskCells.NONE.count(0, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskCells.NONE.count(3, 6));
	}

}
