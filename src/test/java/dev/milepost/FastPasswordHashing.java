package dev.milepost;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoding ({@code {bcrypt}...}, any stored cost understood)
 * at the lowest bcrypt cost: the tests create hundreds of accounts and hashing cost is
 * not what they check, while each hash at the production cost takes about 80 ms on a
 * 2-core machine.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FastPasswordHashing {

	@Bean
	@Primary
	PasswordEncoder fastPasswordEncoder() {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
	}

}
