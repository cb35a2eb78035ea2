package org.husnu.symposium.submission;

import org.husnu.symposium.platform.PlatformConfiguration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Entry point of submission-service.
 */
@SpringBootApplication
@Import(PlatformConfiguration.class)
public class SubmissionServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(SubmissionServiceApplication.class, args);
	}

}
