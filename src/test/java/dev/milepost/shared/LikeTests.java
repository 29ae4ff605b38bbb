package dev.milepost.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikeTests {

	@Test
	void wildcardsAndTheEscapeCharacterTypedByTheUserAreLiteral() {
		assertThat(Like.containing("  50%_Off\\Now ")).isEqualTo("%50\\%\\_off\\\\now%");
	}

}
