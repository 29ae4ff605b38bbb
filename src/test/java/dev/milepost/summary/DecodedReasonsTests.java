package dev.milepost.summary;

import java.time.LocalDate;
import java.util.List;

import dev.milepost.health.Health;
import dev.milepost.health.HealthRule;
import dev.milepost.health.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecodedReasonsTests {

	static final List<Reason> REASONS = List.of(
			Reason.of(Health.RED, HealthRule.OVERDUE, "health.reason.overdue", 3, 12L, LocalDate.of(2026, 12, 4))
				.from("CORE"),
			Reason.of(Health.AMBER, HealthRule.RISK, "health.reason.risk",
					new Reason.Phrase("health.phrase.top", List.of("Vendor slips", 20)),
					new Reason.Names(List.of("Alice", "Bob"), 2)));

	@Test
	void aStoredTextDecodesToTheReasonsWrittenWithEveryKindOfArgument() {
		DecodedReasons decoded = new DecodedReasons();
		assertThat(decoded.of(ReasonCodec.write(REASONS))).isEqualTo(REASONS);
		assertThat(decoded.of(ReasonCodec.write(List.of()))).isEmpty();
	}

	@Test
	void theSameTextIsDecodedOnceAndAnotherTextAfresh() {
		DecodedReasons decoded = new DecodedReasons();
		String text = ReasonCodec.write(REASONS);
		List<Reason> first = decoded.of(text);
		// a row read again brings an equal text in a new String
		assertThat(decoded.of(new String(text.toCharArray()))).isSameAs(first);
		List<Reason> other = decoded.of(ReasonCodec.write(REASONS.subList(1, 2)));
		assertThat(other).isNotSameAs(first).containsExactly(REASONS.get(1));
		assertThat(decoded.size()).isEqualTo(2);
	}

	@Test
	void theKeptTextsStayWithinTheLimitAndStillDecodeRight() {
		DecodedReasons decoded = new DecodedReasons(2);
		for (int i = 0; i < 5; i++) {
			Reason reason = Reason.of(Health.AMBER, HealthRule.SLIP, "health.reason.slip", i);
			assertThat(decoded.of(ReasonCodec.write(List.of(reason)))).containsExactly(reason);
			assertThat(decoded.size()).isLessThanOrEqualTo(2);
		}
	}

}
