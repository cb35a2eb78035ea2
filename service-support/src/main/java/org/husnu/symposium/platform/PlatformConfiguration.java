package org.husnu.symposium.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * What every service of the system runs with: reference data, problem details, the shared
 * page layout. A service imports this once from its application class.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(SymposiumProperties.class)
public class PlatformConfiguration {

	/**
	 * The clock every rule about time reads, so deadlines are testable.
	 * @return the system clock in UTC
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
