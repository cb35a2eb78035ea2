package org.husnu.symposium.platform;

import java.time.Clock;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigureOrder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.Ordered;

/**
 * What every service of the system runs with: reference data, problem details, the shared
 * page layout, security, mail. An auto-configuration (listed in
 * {@code META-INF/spring/…AutoConfiguration.imports}), so a service gets it by having
 * this module on its class path; slices such as {@code @WebMvcTest} leave it out. It
 * comes before Boot's own auto-configurations, as the services' configuration did when
 * they imported it, so that Boot's defaults back off where the platform decides (the
 * security filter chain, the catcher's mail sender in default mode); a service's own
 * beans still come first ({@code @ConditionalOnMissingBean} on the clock). The scan
 * leaves out what a {@code @SpringBootApplication} leaves out, and test applications: one
 * found while the auto-configurations are being processed would start another round of
 * them before the platform's own beans are registered.
 */
@AutoConfiguration
@AutoConfigureOrder(Ordered.HIGHEST_PRECEDENCE)
@ComponentScan(excludeFilters = { @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class) })
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
