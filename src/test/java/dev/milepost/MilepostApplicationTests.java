package dev.milepost;

import org.junit.jupiter.api.Test;

@IntegrationTest
class MilepostApplicationTests {

	@Test
	void contextLoadsAgainstPostgres() {
	}

}
