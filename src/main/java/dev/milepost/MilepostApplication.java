package dev.milepost;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MilepostApplication {

	public static void main(String[] args) {
		SpringApplication.run(MilepostApplication.class, args);
	}

}
